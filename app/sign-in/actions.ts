"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth/credentials";
import { formError, keepValues, safeNextPath, type FormState } from "@/lib/form-state";
import { signInSchema } from "@/lib/validation/account";
import { fieldErrorsOf } from "@/lib/validation/form";

export async function signInAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const values = keepValues(fd);
  const parsed = signInSchema.safeParse({ email: fd.get("email"), password: fd.get("password") });
  if (!parsed.success) return formError("Check the highlighted fields.", fieldErrorsOf(parsed.error), values);
  const result = await signIn(parsed.data.email, parsed.data.password, await headers());
  if (!result.ok) return formError(result.message, undefined, values);
  const fallback = result.role === "sme" ? "/account" : result.role === "university" ? "/dashboard" : "/curate";
  redirect(safeNextPath(fd.get("next"), fallback));
}

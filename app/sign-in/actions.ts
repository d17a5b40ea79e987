"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn, verifySignInCode } from "@/lib/auth/credentials";
import { formError, keepValues, safeNextPath, type FormState } from "@/lib/form-state";
import { signInCodeSchema, signInSchema } from "@/lib/validation/account";
import { fieldErrorsOf } from "@/lib/validation/form";

const homeFor = (role: string) => (role === "sme" ? "/account" : role === "university" ? "/dashboard" : "/curate");

export async function signInAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const values = keepValues(fd);
  const parsed = signInSchema.safeParse({ email: fd.get("email"), password: fd.get("password") });
  if (!parsed.success) return formError("Check the highlighted fields.", fieldErrorsOf(parsed.error), values);
  const result = await signIn(parsed.data.email, parsed.data.password, await headers());
  if (!result.ok) return formError(result.message, undefined, values);
  const next = safeNextPath(fd.get("next"), "");
  if ("twoFactor" in result)
    redirect(next ? `/sign-in/two-factor?next=${encodeURIComponent(next)}` : "/sign-in/two-factor");
  redirect(next || homeFor(result.role));
}

/** The second step: a code from the authenticator app, or a backup code. */
export async function signInCodeAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const parsed = signInCodeSchema.safeParse({ code: fd.get("code") });
  if (!parsed.success) return formError("Check the code.", fieldErrorsOf(parsed.error));
  const result = await verifySignInCode(parsed.data.code.code, parsed.data.code.kind, await headers());
  if (!result.ok) {
    if (result.code === "expired") redirect("/sign-in?expired=1");
    return formError(result.message, result.code === "invalid" ? { code: result.message } : undefined);
  }
  const role = "role" in result ? result.role : "sme";
  redirect(safeNextPath(fd.get("next"), homeFor(role)));
}

"use server";

import { headers } from "next/headers";
import { resendVerification } from "@/lib/auth/credentials";
import { formError, formSuccess, keepValues, type FormState } from "@/lib/form-state";
import { forgotPasswordSchema } from "@/lib/validation/account";
import { fieldErrorsOf } from "@/lib/validation/form";

export async function resendVerificationAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const parsed = forgotPasswordSchema.safeParse({ email: fd.get("email") });
  if (!parsed.success) return formError("Check the e-mail address.", fieldErrorsOf(parsed.error), keepValues(fd));
  const r = await resendVerification(parsed.data.email, await headers());
  if (!r.ok) return formError(r.message, undefined, keepValues(fd));
  return formSuccess("If that address has an account waiting to be confirmed, a new link is on its way.");
}

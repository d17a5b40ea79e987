"use server";

import { headers } from "next/headers";
import { requestPasswordReset, RESET_SENT } from "@/lib/auth/credentials";
import { formError, formSuccess, keepValues, type FormState } from "@/lib/form-state";
import { forgotPasswordSchema } from "@/lib/validation/account";
import { fieldErrorsOf } from "@/lib/validation/form";

export async function forgotPasswordAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const parsed = forgotPasswordSchema.safeParse({ email: fd.get("email") });
  if (!parsed.success) return formError("Check the e-mail address.", fieldErrorsOf(parsed.error), keepValues(fd));
  const r = await requestPasswordReset(parsed.data.email, await headers());
  if (!r.ok) return formError(r.message, undefined, keepValues(fd));
  return formSuccess(RESET_SENT);
}

"use server";

import { headers } from "next/headers";
import { resendVerification } from "@/lib/auth/credentials";
import { defineAction } from "@/lib/actions/define-action";
import { formError, formSuccess } from "@/lib/form-state";
import { forgotPasswordSchema } from "@/lib/validation/account";

export const resendVerificationAction = defineAction({
  auth: "none",
  schema: forgotPasswordSchema,
  input: (fd) => ({ email: fd.get("email") }),
  invalid: "Check the e-mail address.",
  run: async ({ input }) => {
    const r = await resendVerification(input.email, await headers());
    if (!r.ok) return formError(r.message);
    return formSuccess("If that address has an account waiting to be confirmed, a new link is on its way.");
  },
});

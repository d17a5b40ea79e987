"use server";

import { headers } from "next/headers";
import { requestPasswordReset, RESET_SENT } from "@/lib/auth/credentials";
import { defineAction } from "@/lib/actions/define-action";
import { formError, formSuccess } from "@/lib/form-state";
import { forgotPasswordSchema } from "@/lib/validation/account";

export const forgotPasswordAction = defineAction({
  auth: "none",
  schema: forgotPasswordSchema,
  input: (fd) => ({ email: fd.get("email") }),
  invalid: "Check the e-mail address.",
  run: async ({ input }) => {
    const r = await requestPasswordReset(input.email, await headers());
    return r.ok ? formSuccess(RESET_SENT) : formError(r.message);
  },
});

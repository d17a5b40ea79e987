"use server";

import { resetPassword } from "@/lib/auth/credentials";
import { CHECK_FIELDS, defineAction, redirectTo } from "@/lib/actions/define-action";
import { formError } from "@/lib/form-state";
import { resetPasswordSchema } from "@/lib/validation/account";

export const resetPasswordAction = defineAction({
  auth: "none",
  schema: resetPasswordSchema,
  input: (fd) => ({
    token: fd.get("token"),
    password: fd.get("password"),
    confirm: fd.get("confirm"),
  }),
  invalid: (fields) => formError(fields.token ?? CHECK_FIELDS, fields),
  run: async ({ input }) => {
    const r = await resetPassword(input.token, input.password);
    if (!r.ok) return formError(r.message, r.code === "password" ? { password: r.message } : undefined);
    return redirectTo("/sign-in?reset=1");
  },
});

"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { defineAction, fields, redirectTo } from "@/lib/actions/define-action";
import { changeEmail, changePassword, deleteOwnAccount } from "@/lib/auth/account-security";
import { updateProfile } from "@/lib/dal/accounts/profile";
import { formError, formSuccess, type FormState } from "@/lib/form-state";
import { changeEmailSchema, changePasswordSchema, deleteAccountSchema, profileSchema } from "@/lib/validation/account";
import type { FieldErrors } from "@/lib/validation/form";

export const updateProfileAction = defineAction({
  auth: "user",
  schema: profileSchema,
  input: (fd) =>
    Object.fromEntries(
      ["name", "companyName", "companySize", "companyCountry", "companySector"].map((k) => [k, fd.get(k) ?? undefined]),
    ),
  run: ({ ctx, input, values }): FormState => {
    updateProfile(ctx, input);
    revalidatePath("/", "layout");
    // The form shows what was saved (its defaults are from before the save).
    return { ...formSuccess("Your details are saved."), values };
  },
});

// E-mail, password and deletion re-check the password (lib/auth/account-security), which also
// answers a request without a session; so they need no context here.

export const changeEmailAction = defineAction({
  auth: "none",
  schema: changeEmailSchema,
  input: (fd) => ({ newEmail: fd.get("newEmail"), currentPassword: fd.get("currentPassword") }),
  run: async ({ input }) => {
    const r = await changeEmail(input.newEmail, input.currentPassword, await headers());
    if (!r.ok) {
      const fields: FieldErrors | undefined =
        r.code === "same"
          ? { newEmail: r.message }
          : r.code === "wrong_password"
            ? { currentPassword: r.message }
            : undefined;
      return formError(r.message, fields);
    }
    return formSuccess(`We have sent a link to ${input.newEmail}. Your address changes when you open it.`);
  },
});

export const changePasswordAction = defineAction({
  auth: "none",
  schema: changePasswordSchema,
  input: (fd) => fields(fd, ["currentPassword", "newPassword", "confirm"]),
  run: async ({ input }) => {
    const r = await changePassword(input.currentPassword, input.newPassword, await headers());
    if (!r.ok) {
      const fields: FieldErrors | undefined =
        r.code === "wrong_password"
          ? { currentPassword: r.message }
          : r.code === "weak_password"
            ? { newPassword: r.message }
            : undefined;
      return formError(r.message, fields);
    }
    return formSuccess("Your password has been changed. Other devices have been signed out.");
  },
});

export const deleteAccountAction = defineAction({
  auth: "none",
  schema: deleteAccountSchema,
  input: (fd) => ({ password: fd.get("password"), confirm: fd.get("confirm") ?? undefined }),
  run: async ({ input }) => {
    const r = await deleteOwnAccount(input.password, await headers());
    if (!r.ok) return formError(r.message, r.code === "wrong_password" ? { password: r.message } : undefined);
    return redirectTo("/account/deleted");
  },
});

"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { changeEmail, changePassword, deleteOwnAccount } from "@/lib/auth/account-security";
import { updateProfile } from "@/lib/dal/accounts/profile";
import { requestContext } from "@/lib/dal/request-context";
import { formError, formSuccess, keepValues, toFormState, type FormState } from "@/lib/form-state";
import { changeEmailSchema, changePasswordSchema, deleteAccountSchema, profileSchema } from "@/lib/validation/account";
import { fieldErrorsOf, type FieldErrors } from "@/lib/validation/form";

const SIGN_IN_AGAIN = formError("Your session has ended. Please sign in again.");

export async function updateProfileAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const values = keepValues(fd);
  const ctx = await requestContext();
  if (ctx.viewer.kind !== "user") return SIGN_IN_AGAIN;
  const parsed = profileSchema.safeParse(
    Object.fromEntries(
      ["name", "companyName", "companySize", "companyCountry", "companySector"].map((k) => [k, fd.get(k) ?? undefined]),
    ),
  );
  if (!parsed.success) return formError("Check the highlighted fields.", fieldErrorsOf(parsed.error), values);
  try {
    updateProfile(ctx, parsed.data);
  } catch (err) {
    return toFormState(err, values);
  }
  revalidatePath("/", "layout");
  return { ...formSuccess("Your details are saved."), values };
}

export async function changeEmailAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const values = keepValues(fd);
  const parsed = changeEmailSchema.safeParse({
    newEmail: fd.get("newEmail"),
    currentPassword: fd.get("currentPassword"),
  });
  if (!parsed.success) return formError("Check the highlighted fields.", fieldErrorsOf(parsed.error), values);
  const r = await changeEmail(parsed.data.newEmail, parsed.data.currentPassword, await headers());
  if (!r.ok) {
    const fields: FieldErrors | undefined =
      r.code === "same"
        ? { newEmail: r.message }
        : r.code === "wrong_password"
          ? { currentPassword: r.message }
          : undefined;
    return formError(r.message, fields, values);
  }
  return formSuccess(`We have sent a link to ${parsed.data.newEmail}. Your address changes when you open it.`);
}

export async function changePasswordAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const parsed = changePasswordSchema.safeParse({
    currentPassword: fd.get("currentPassword"),
    newPassword: fd.get("newPassword"),
    confirm: fd.get("confirm"),
  });
  if (!parsed.success) return formError("Check the highlighted fields.", fieldErrorsOf(parsed.error));
  const r = await changePassword(parsed.data.currentPassword, parsed.data.newPassword, await headers());
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
}

export async function deleteAccountAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const parsed = deleteAccountSchema.safeParse({
    password: fd.get("password"),
    confirm: fd.get("confirm") ?? undefined,
  });
  if (!parsed.success) return formError("Check the highlighted fields.", fieldErrorsOf(parsed.error));
  const r = await deleteOwnAccount(parsed.data.password, await headers());
  if (!r.ok) return formError(r.message, r.code === "wrong_password" ? { password: r.message } : undefined);
  redirect("/account/deleted");
}

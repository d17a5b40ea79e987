"use server";

import { revalidatePath } from "next/cache";
import { requestContext } from "@/lib/dal/request-context";
import { setUserRole, setUserSuspended } from "@/lib/dal/accounts/users-admin";
import { formError, formSuccess, toFormState, type FormState } from "@/lib/form-state";
import { roleChangeSchema, suspendSchema } from "@/lib/validation/account";
import { formString } from "@/lib/validation/form";

export async function setRoleAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const ctx = await requestContext();
  if (ctx.viewer.kind !== "user") return formError("Your session has ended. Please sign in again.");
  const parsed = roleChangeSchema.safeParse({ userId: formString(fd, "userId"), role: formString(fd, "role") });
  if (!parsed.success) return formError("Choose a role.");
  try {
    setUserRole(ctx, parsed.data.userId, parsed.data.role);
  } catch (err) {
    return toFormState(err);
  }
  revalidatePath("/admin/users");
  return formSuccess("Role saved.");
}

export async function setSuspendedAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const ctx = await requestContext();
  if (ctx.viewer.kind !== "user") return formError("Your session has ended. Please sign in again.");
  const parsed = suspendSchema.safeParse({ userId: formString(fd, "userId"), suspended: formString(fd, "suspended") });
  if (!parsed.success) return formError("This form is out of date. Reload the page.");
  try {
    setUserSuspended(ctx, parsed.data.userId, parsed.data.suspended);
  } catch (err) {
    return toFormState(err);
  }
  revalidatePath("/admin/users");
  return formSuccess(parsed.data.suspended ? "Suspended; their sessions have ended." : "Suspension lifted.");
}

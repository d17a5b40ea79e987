"use server";

import { revalidatePath } from "next/cache";
import { defineAction, fields, OUT_OF_DATE } from "@/lib/actions/define-action";
import { setUserRole, setUserSuspended } from "@/lib/dal/accounts/users-admin";
import { formError, formSuccess } from "@/lib/form-state";
import { roleChangeSchema, suspendSchema } from "@/lib/validation/account";

export const setRoleAction = defineAction({
  auth: "user",
  schema: roleChangeSchema,
  input: (fd) => fields(fd, ["userId", "role"]),
  invalid: () => formError("Choose a role."),
  run: ({ ctx, input }) => {
    setUserRole(ctx, input.userId, input.role);
    revalidatePath("/admin/users");
    return formSuccess("Role saved.");
  },
});

export const setSuspendedAction = defineAction({
  auth: "user",
  schema: suspendSchema,
  input: (fd) => fields(fd, ["userId", "suspended"]),
  invalid: () => formError(OUT_OF_DATE),
  run: ({ ctx, input }) => {
    setUserSuspended(ctx, input.userId, input.suspended);
    revalidatePath("/admin/users");
    return formSuccess(input.suspended ? "Suspended; their sessions have ended." : "Suspension lifted.");
  },
});

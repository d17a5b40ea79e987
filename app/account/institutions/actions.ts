"use server";

import { revalidatePath } from "next/cache";
import { defineAction, fields, redirectTo } from "@/lib/actions/define-action";
import { leaveInstitution, requestMembership } from "@/lib/dal/accounts/membership-claims";
import { confirmClaimEmail } from "@/lib/dal/accounts/membership-email";
import { formError } from "@/lib/form-state";
import { formString } from "@/lib/validation/form";
import { claimTokenSchema, membershipClaimSchema, membershipIdSchema } from "@/lib/validation/membership";

const OUT_OF_DATE = "This form is out of date. Reload the page and try again.";

export const requestMembershipAction = defineAction({
  auth: "user",
  schema: membershipClaimSchema,
  input: (fd) => fields(fd, ["institution", "email", "jobTitle", "note"]),
  idempotent: true,
  run: ({ ctx, input, key }) => {
    const { outcome } = requestMembership(ctx, input, new Date(), key);
    revalidatePath("/dashboard");
    return redirectTo(`/account/institutions?done=${outcome}`);
  },
});

export const leaveInstitutionAction = defineAction({
  auth: "user",
  schema: membershipIdSchema,
  input: (fd) => fields(fd, ["membershipId"]),
  invalid: () => formError(OUT_OF_DATE),
  run: ({ ctx, input }) => {
    const { left } = leaveInstitution(ctx, input.membershipId);
    revalidatePath("/dashboard");
    return redirectTo(`/account/institutions?done=${left === "membership" ? "left" : "withdrawn"}`);
  },
});

export const confirmClaimEmailAction = defineAction({
  auth: "user",
  parse: (fd) => {
    const token = claimTokenSchema.safeParse(formString(fd, "token"));
    if (token.success) return { ok: true, value: token.data };
    return { ok: false, fields: { token: token.error.issues[0]?.message ?? "This link is not valid" } };
  },
  invalid: (fields) => formError(fields.token ?? "This link is not valid"),
  run: ({ ctx, input }) => {
    const { status } = confirmClaimEmail(ctx, input);
    revalidatePath("/dashboard");
    return redirectTo(`/account/institutions?done=${status === "active" ? "joined" : "confirmed"}`);
  },
});

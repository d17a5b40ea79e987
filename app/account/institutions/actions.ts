"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requestContext } from "@/lib/dal/request-context";
import { leaveInstitution, requestMembership } from "@/lib/dal/accounts/membership-claims";
import { confirmClaimEmail } from "@/lib/dal/accounts/membership-email";
import { formError, keepValues, toFormState, type FormState } from "@/lib/form-state";
import { fieldErrorsOf, formString } from "@/lib/validation/form";
import { claimTokenSchema, membershipClaimSchema, membershipIdSchema } from "@/lib/validation/membership";
import { FORM_EXPIRED, idempotencyKeyOf } from "@/lib/validation/idempotency";

const SIGN_IN_AGAIN = formError("Your session has ended. Please sign in again.");
const OUT_OF_DATE = formError("This form is out of date. Reload the page and try again.");

export async function requestMembershipAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const values = keepValues(fd);
  const ctx = await requestContext();
  if (ctx.viewer.kind !== "user") return { ...SIGN_IN_AGAIN, values };
  const parsed = membershipClaimSchema.safeParse({
    institution: formString(fd, "institution"),
    email: formString(fd, "email"),
    jobTitle: formString(fd, "jobTitle"),
    note: formString(fd, "note"),
  });
  if (!parsed.success) return formError("Check the highlighted fields.", fieldErrorsOf(parsed.error), values);
  const key = idempotencyKeyOf(fd);
  if (!key) return formError(FORM_EXPIRED, undefined, values);
  let outcome: string;
  try {
    outcome = requestMembership(ctx, parsed.data, new Date(), key).outcome;
  } catch (err) {
    return toFormState(err, values);
  }
  revalidatePath("/dashboard");
  redirect(`/account/institutions?done=${outcome}`);
}

export async function leaveInstitutionAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const ctx = await requestContext();
  if (ctx.viewer.kind !== "user") return SIGN_IN_AGAIN;
  const parsed = membershipIdSchema.safeParse({ membershipId: formString(fd, "membershipId") });
  if (!parsed.success) return OUT_OF_DATE;
  let left: string;
  try {
    left = leaveInstitution(ctx, parsed.data.membershipId).left;
  } catch (err) {
    return toFormState(err);
  }
  revalidatePath("/dashboard");
  redirect(`/account/institutions?done=${left === "membership" ? "left" : "withdrawn"}`);
}

export async function confirmClaimEmailAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const ctx = await requestContext();
  if (ctx.viewer.kind !== "user") return SIGN_IN_AGAIN;
  const token = claimTokenSchema.safeParse(formString(fd, "token"));
  if (!token.success) return formError(token.error.issues[0]?.message ?? "This link is not valid");
  let status: string;
  try {
    status = confirmClaimEmail(ctx, token.data).status;
  } catch (err) {
    return toFormState(err);
  }
  revalidatePath("/dashboard");
  redirect(`/account/institutions?done=${status === "active" ? "joined" : "confirmed"}`);
}

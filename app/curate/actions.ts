"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requestContext } from "@/lib/dal/request-context";
import { setInstitutionStatus } from "@/lib/dal/institutions/curation";
import { reviewTeam } from "@/lib/dal/teams/lifecycle";
import { decideMembership } from "@/lib/dal/accounts/memberships";
import { formError, formSuccess, keepValues, toFormState, type FormState } from "@/lib/form-state";
import { listingChanged } from "@/lib/listing-changed";
import { membershipDecisionSchema } from "@/lib/validation/account";
import { slugParam } from "@/lib/validation/browse";
import { fieldErrorsOf, formString } from "@/lib/validation/form";
import { reviewDecisionSchema, versionField } from "@/lib/validation/team";

const NOT_SIGNED_IN = formError("Your session has ended. Please sign in again.");

export async function reviewTeamAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const values = keepValues(fd);
  const ctx = await requestContext();
  if (ctx.viewer.kind !== "user") return NOT_SIGNED_IN;
  const ref = z
    .object({ slug: slugParam, version: versionField })
    .safeParse({ slug: formString(fd, "slug"), version: formString(fd, "version") });
  if (!ref.success) return formError("This form is out of date. Reload the page.");
  const parsed = reviewDecisionSchema.safeParse({ decision: formString(fd, "decision"), note: formString(fd, "note") });
  if (!parsed.success) return formError("Check the highlighted fields.", fieldErrorsOf(parsed.error), values);
  try {
    reviewTeam(ctx, ref.data.slug, ref.data.version, parsed.data.decision, parsed.data.note);
  } catch (err) {
    return toFormState(err, values);
  }
  listingChanged(ref.data.slug);
  redirect(`/curate/listings?done=${parsed.data.decision}`);
}

export async function decideMembershipAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const ctx = await requestContext();
  if (ctx.viewer.kind !== "user") return NOT_SIGNED_IN;
  const parsed = membershipDecisionSchema.safeParse({
    membershipId: formString(fd, "membershipId"),
    decision: formString(fd, "decision"),
    note: formString(fd, "note"),
  });
  if (!parsed.success)
    return formError(fieldErrorsOf(parsed.error).note ?? "This form is out of date. Reload the page.");
  try {
    decideMembership(ctx, parsed.data.membershipId, parsed.data.decision, parsed.data.note);
  } catch (err) {
    return toFormState(err);
  }
  revalidatePath("/curate/members");
  return formSuccess(
    parsed.data.decision === "approve"
      ? "Approved. The applicant has been e-mailed."
      : "Rejected. The applicant has been e-mailed your reason.",
  );
}

const statusChange = z.object({
  institutionId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  field: z.enum(["verified", "trusted"]),
  value: z.enum(["true", "false"]).transform((v) => v === "true"),
});

export async function setInstitutionStatusAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const ctx = await requestContext();
  if (ctx.viewer.kind !== "user") return NOT_SIGNED_IN;
  const parsed = statusChange.safeParse({
    institutionId: formString(fd, "institutionId"),
    field: formString(fd, "field"),
    value: formString(fd, "value"),
  });
  if (!parsed.success) return formError("This form is out of date. Reload the page.");
  try {
    setInstitutionStatus(ctx, parsed.data.institutionId, { [parsed.data.field]: parsed.data.value });
  } catch (err) {
    return toFormState(err);
  }
  listingChanged();
  revalidatePath("/curate/institutions");
  return formSuccess("Saved.");
}

"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction, fields, OUT_OF_DATE, redirectTo, type Parsed } from "@/lib/actions/define-action";
import { setInstitutionStatus } from "@/lib/dal/institutions/curation";
import { reviewTeam } from "@/lib/dal/teams/lifecycle";
import { decideMembership } from "@/lib/dal/accounts/memberships";
import { formError, formSuccess } from "@/lib/form-state";
import { listingChanged } from "@/lib/listing-changed";
import { membershipDecisionSchema } from "@/lib/validation/account";
import { slugParam } from "@/lib/validation/browse";
import { fieldErrorsOf } from "@/lib/validation/form";
import { reviewDecisionSchema, versionField } from "@/lib/validation/team";

const teamRef = z.object({ slug: slugParam, version: versionField });

/** Which listing (hidden fields: a broken one is a stale form) and the decision on it. */
function parseReview(fd: FormData): Parsed<z.output<typeof teamRef> & z.output<typeof reviewDecisionSchema>> {
  const ref = teamRef.safeParse(fields(fd, ["slug", "version"]));
  if (!ref.success) return { ok: false, fields: { form: OUT_OF_DATE } };
  const parsed = reviewDecisionSchema.safeParse(fields(fd, ["decision", "note"]));
  if (!parsed.success) return { ok: false, fields: fieldErrorsOf(parsed.error) };
  return { ok: true, value: { ...ref.data, ...parsed.data } };
}

export const reviewTeamAction = defineAction({
  auth: "user",
  parse: parseReview,
  invalid: (fields) =>
    fields.form === OUT_OF_DATE ? formError(OUT_OF_DATE) : formError("Check the highlighted fields.", fields),
  run: ({ ctx, input }) => {
    reviewTeam(ctx, input.slug, input.version, input.decision, input.note);
    listingChanged(input.slug);
    return redirectTo(`/curate/listings?done=${input.decision}`);
  },
});

export const decideMembershipAction = defineAction({
  auth: "user",
  schema: membershipDecisionSchema,
  input: (fd) => fields(fd, ["membershipId", "decision", "note"]),
  invalid: (fields) => formError(fields.note ?? OUT_OF_DATE),
  run: ({ ctx, input }) => {
    decideMembership(ctx, input.membershipId, input.decision, input.note);
    revalidatePath("/curate/members");
    return formSuccess(
      input.decision === "approve"
        ? "Approved. The applicant has been e-mailed."
        : "Rejected. The applicant has been e-mailed your reason.",
    );
  },
});

const statusChange = z.object({
  institutionId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  field: z.enum(["verified", "trusted"]),
  value: z.enum(["true", "false"]).transform((v) => v === "true"),
});

export const setInstitutionStatusAction = defineAction({
  auth: "user",
  schema: statusChange,
  input: (fd) => fields(fd, ["institutionId", "field", "value"]),
  invalid: () => formError(OUT_OF_DATE),
  run: ({ ctx, input }) => {
    setInstitutionStatus(ctx, input.institutionId, { [input.field]: input.value });
    listingChanged();
    revalidatePath("/curate/institutions");
    return formSuccess("Saved.");
  },
});

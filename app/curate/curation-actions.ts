"use server";

import { revalidatePath } from "next/cache";
import { defineAction, fields, OUT_OF_DATE, redirectTo } from "@/lib/actions/define-action";
import { startImportJob } from "@/lib/curation/import-listings";
import { createCommitRun } from "@/lib/dal/curation/import-runs";
import { mergeTeams } from "@/lib/dal/curation/team-merge";
import { formError } from "@/lib/form-state";
import { listingChanged } from "@/lib/listing-changed";
import { mergeFormSchema, runIdParam } from "@/lib/validation/curation";
import { formString } from "@/lib/validation/form";

export const mergeTeamsAction = defineAction({
  auth: "user",
  schema: mergeFormSchema,
  input: (fd) => fields(fd, ["duplicate", "survivor", "duplicateVersion", "survivorVersion", "keep", "reason"]),
  // Only the reason is typed; anything else wrong is a stale page.
  invalid: (fields) =>
    fields.reason ? formError("Check the highlighted field.", { reason: fields.reason }) : formError(OUT_OF_DATE),
  run: ({ ctx, input: m }) => {
    const { survivorSlug } = mergeTeams(ctx, {
      duplicateSlug: m.duplicate,
      survivorSlug: m.survivor,
      duplicateVersion: m.duplicateVersion,
      survivorVersion: m.survivorVersion,
      keep: m.keep,
      reason: m.reason,
    });
    listingChanged(survivorSlug);
    revalidatePath(`/teams/${m.duplicate}`);
    return redirectTo(`/curate/listings/${survivorSlug}?merged=${encodeURIComponent(m.duplicate)}`);
  },
});

export const commitImportAction = defineAction({
  auth: "user",
  schema: runIdParam,
  input: (fd) => formString(fd, "runId"),
  invalid: () => formError(OUT_OF_DATE),
  run: ({ ctx, input }) => {
    const commitId = createCommitRun(ctx, input);
    startImportJob(ctx, commitId);
    return redirectTo(`/curate/import/${commitId}`);
  },
});

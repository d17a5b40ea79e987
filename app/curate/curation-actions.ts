"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { startImportJob } from "@/lib/curation/import-listings";
import { requestContext } from "@/lib/dal/request-context";
import { createCommitRun } from "@/lib/dal/curation/import-runs";
import { mergeTeams } from "@/lib/dal/curation/team-merge";
import { formError, keepValues, toFormState, type FormState } from "@/lib/form-state";
import { listingChanged } from "@/lib/listing-changed";
import { mergeFormSchema, runIdParam } from "@/lib/validation/curation";
import { fieldErrorsOf, formString } from "@/lib/validation/form";

const NOT_SIGNED_IN = formError("Your session has ended. Please sign in again.");

export async function mergeTeamsAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const values = keepValues(fd);
  const ctx = await requestContext();
  if (ctx.viewer.kind !== "user") return NOT_SIGNED_IN;
  const parsed = mergeFormSchema.safeParse(
    Object.fromEntries(
      ["duplicate", "survivor", "duplicateVersion", "survivorVersion", "keep", "reason"].map((k) => [
        k,
        formString(fd, k),
      ]),
    ),
  );
  if (!parsed.success) {
    const fields = fieldErrorsOf(parsed.error);
    return fields.reason
      ? formError("Check the highlighted field.", { reason: fields.reason }, values)
      : formError("This form is out of date. Reload the page.");
  }
  const m = parsed.data;
  let survivorSlug: string;
  try {
    survivorSlug = mergeTeams(ctx, {
      duplicateSlug: m.duplicate,
      survivorSlug: m.survivor,
      duplicateVersion: m.duplicateVersion,
      survivorVersion: m.survivorVersion,
      keep: m.keep,
      reason: m.reason,
    }).survivorSlug;
  } catch (err) {
    return toFormState(err, values);
  }
  listingChanged(survivorSlug);
  revalidatePath(`/teams/${m.duplicate}`);
  redirect(`/curate/listings/${survivorSlug}?merged=${encodeURIComponent(m.duplicate)}`);
}

export async function commitImportAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const ctx = await requestContext();
  if (ctx.viewer.kind !== "user") return NOT_SIGNED_IN;
  const id = runIdParam.safeParse(formString(fd, "runId"));
  if (!id.success) return formError("This form is out of date. Reload the page.");
  let commitId: number;
  try {
    commitId = createCommitRun(ctx, id.data);
  } catch (err) {
    return toFormState(err);
  }
  startImportJob(ctx, commitId);
  redirect(`/curate/import/${commitId}`);
}

"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requestContext } from "@/lib/dal/request-context";
import { archiveTeam, confirmTeam, restoreTeam, submitTeam, type LifecycleResult } from "@/lib/dal/teams/lifecycle";
import { createTeam, updateTeam } from "@/lib/dal/teams/writes";
import type { DalContext } from "@/lib/dal/context";
import { draftFromForm, type TeamFormState } from "@/components/forms/team-draft";
import { formError, toFormState, type FormState } from "@/lib/form-state";
import { listingChanged } from "@/lib/listing-changed";
import { slugParam } from "@/lib/validation/browse";
import { formString } from "@/lib/validation/form";
import { parseTeamForm } from "@/lib/validation/team-form";
import { versionField } from "@/lib/validation/team";
import { FORM_EXPIRED, idempotencyKeyOf } from "@/lib/validation/idempotency";

const NOT_SIGNED_IN = formError(
  "Your session has ended. Sign in again (in another tab, to keep what you typed) and save once more.",
);
const BAD_REQUEST = formError("This form is out of date. Reload the page and try again.");
const refs = z.object({ slug: slugParam, version: versionField });
const institutionIdField = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

async function signedIn(): Promise<DalContext | null> {
  const ctx = await requestContext();
  return ctx.viewer.kind === "user" ? ctx : null;
}

/** An error answer that carries the submitted draft, so the form comes back as it was sent. */
const withDraft = (state: FormState, fd: FormData): TeamFormState => ({ ...state, draft: draftFromForm(fd) });
const NOT_SAVED = "The listing was not saved. Check the highlighted fields.";

export async function createTeamAction(_prev: TeamFormState, fd: FormData): Promise<TeamFormState> {
  const ctx = await signedIn();
  if (!ctx) return withDraft(NOT_SIGNED_IN, fd);
  const institutionId = institutionIdField.safeParse(formString(fd, "institutionId"));
  if (!institutionId.success) return withDraft(BAD_REQUEST, fd);
  // A new listing is a draft: a name is enough to save it.
  const parsed = parseTeamForm(fd, "draft");
  if (!parsed.ok) return withDraft(formError(NOT_SAVED, parsed.errors), fd);
  const key = idempotencyKeyOf(fd);
  if (!key) return withDraft(formError(FORM_EXPIRED), fd);
  let slug: string;
  try {
    slug = createTeam(ctx, institutionId.data, parsed.value, key).slug;
  } catch (err) {
    return withDraft(toFormState(err), fd);
  }
  listingChanged();
  revalidatePath("/dashboard");
  redirect(`/dashboard/teams/${slug}?done=created`);
}

export async function updateTeamAction(_prev: TeamFormState, fd: FormData): Promise<TeamFormState> {
  const ctx = await signedIn();
  if (!ctx) return withDraft(NOT_SIGNED_IN, fd);
  const ref = refs.safeParse({ slug: formString(fd, "slug"), version: formString(fd, "version") });
  if (!ref.success) return withDraft(BAD_REQUEST, fd);
  // Checked as a draft here; the DAL asks for everything when the listing is under review or published.
  const parsed = parseTeamForm(fd, "draft");
  if (!parsed.ok) return withDraft(formError(NOT_SAVED, parsed.errors), fd);
  let done: string;
  try {
    const r = updateTeam(ctx, ref.data.slug, ref.data.version, parsed.value);
    done = r.sentBackToReview ? "review" : r.changed ? "saved" : "unchanged";
  } catch (err) {
    return withDraft(toFormState(err), fd);
  }
  listingChanged(ref.data.slug);
  redirect(`/dashboard/teams/${ref.data.slug}?done=${done}`);
}

function lifecycle(run: (ctx: DalContext, slug: string, version: number) => LifecycleResult, done: string) {
  return async (fd: FormData): Promise<FormState> => {
    const ctx = await signedIn();
    if (!ctx) return NOT_SIGNED_IN;
    const ref = refs.safeParse({ slug: formString(fd, "slug"), version: formString(fd, "version") });
    if (!ref.success) return BAD_REQUEST;
    let result: LifecycleResult;
    try {
      result = run(ctx, ref.data.slug, ref.data.version);
    } catch (err) {
      // The fields are in the editor, not on this page: the message names each of them.
      return { ...toFormState(err), fields: undefined };
    }
    listingChanged(ref.data.slug);
    redirect(
      `/dashboard/teams/${ref.data.slug}?done=${result.status === "published" && done === "submitted" ? "published" : done}`,
    );
  };
}

const submit = lifecycle(submitTeam, "submitted");
const confirm = lifecycle(confirmTeam, "confirmed");
const archive = lifecycle(archiveTeam, "archived");
const restore = lifecycle(restoreTeam, "restored");

export async function submitTeamAction(_prev: FormState, fd: FormData): Promise<FormState> {
  return submit(fd);
}
export async function confirmTeamAction(_prev: FormState, fd: FormData): Promise<FormState> {
  return confirm(fd);
}
export async function archiveTeamAction(_prev: FormState, fd: FormData): Promise<FormState> {
  return archive(fd);
}
export async function restoreTeamAction(_prev: FormState, fd: FormData): Promise<FormState> {
  return restore(fd);
}

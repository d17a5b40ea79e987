"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction, fields, redirectTo, type Parsed } from "@/lib/actions/define-action";
import { archiveTeam, confirmTeam, restoreTeam, submitTeam, type LifecycleResult } from "@/lib/dal/teams/lifecycle";
import { createTeam, updateTeam } from "@/lib/dal/teams/writes";
import type { DalContext } from "@/lib/dal/context";
import { draftFromForm, type TeamFormState } from "@/lib/validation/listing-draft";
import { formError, type FormState } from "@/lib/form-state";
import { listingChanged } from "@/lib/listing-changed";
import { slugParam } from "@/lib/validation/browse";
import { formString } from "@/lib/validation/form";
import { parseTeamForm } from "@/lib/validation/team-form";
import { versionField, type TeamInput } from "@/lib/validation/team";

// The editor holds a lot of typing: a lapsed session must not cost it.
const SESSION_ENDED_KEEP_TYPING =
  "Your session has ended. Sign in again (in another tab, to keep what you typed) and save once more.";
const BAD_REQUEST = "This form is out of date. Reload the page and try again.";
const NOT_SAVED = "The listing was not saved. Check the highlighted fields.";
const STALE = "$stale";
const refs = z.object({ slug: slugParam, version: versionField });
const institutionIdField = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** A hidden reference (stale when broken), then the listing checked as a draft: a name is enough. */
function parseListing<R>(ref: (fd: FormData) => z.ZodSafeParseResult<R>) {
  return (fd: FormData): Parsed<{ ref: R; listing: TeamInput }> => {
    const r = ref(fd);
    if (!r.success) return { ok: false, fields: { [STALE]: BAD_REQUEST } };
    const parsed = parseTeamForm(fd, "draft");
    return parsed.ok
      ? { ok: true, value: { ref: r.data, listing: parsed.value } }
      : { ok: false, fields: parsed.errors };
  };
}

const editorForm = {
  auth: "user",
  notSignedIn: SESSION_ENDED_KEEP_TYPING,
  invalid: (errors: Record<string, string>) => (errors[STALE] ? formError(BAD_REQUEST) : formError(NOT_SAVED, errors)),
  /** Every error answer carries the submitted draft, so the form comes back as it was sent. */
  onError: (state: FormState, fd: FormData): TeamFormState => ({ ...state, draft: draftFromForm(fd) }),
} as const;

const newListing = parseListing((fd) => institutionIdField.safeParse(formString(fd, "institutionId")));
// Checked as a draft here; the DAL asks for everything when the listing is under review or published.
const changedListing = parseListing((fd) => refs.safeParse(fields(fd, ["slug", "version"])));

export const createTeamAction = defineAction({
  ...editorForm,
  parse: newListing,
  idempotent: true,
  run: ({ ctx, input, key }) => {
    const { slug } = createTeam(ctx, input.ref, input.listing, key);
    listingChanged();
    revalidatePath("/dashboard");
    return redirectTo(`/dashboard/teams/${slug}?done=created`);
  },
});

export const updateTeamAction = defineAction({
  ...editorForm,
  parse: changedListing,
  run: ({ ctx, input: { ref, listing } }) => {
    const r = updateTeam(ctx, ref.slug, ref.version, listing);
    listingChanged(ref.slug);
    return redirectTo(
      `/dashboard/teams/${ref.slug}?done=${r.sentBackToReview ? "review" : r.changed ? "saved" : "unchanged"}`,
    );
  },
});

/** A lifecycle button: the listing's reference only, and the page to go back to. */
function lifecycle(run: (ctx: DalContext, slug: string, version: number) => LifecycleResult, done: string) {
  return defineAction({
    auth: "user",
    notSignedIn: SESSION_ENDED_KEEP_TYPING,
    schema: refs,
    input: (fd) => fields(fd, ["slug", "version"]),
    invalid: () => formError(BAD_REQUEST),
    // The fields are in the editor, not on this page: the message names each of them.
    dropErrorFields: true,
    run: ({ ctx, input }) => {
      const result = run(ctx, input.slug, input.version);
      listingChanged(input.slug);
      return redirectTo(
        `/dashboard/teams/${input.slug}?done=${result.status === "published" && done === "submitted" ? "published" : done}`,
      );
    },
  });
}

const submit = lifecycle(submitTeam, "submitted");
const confirm = lifecycle(confirmTeam, "confirmed");
const archive = lifecycle(archiveTeam, "archived");
const restore = lifecycle(restoreTeam, "restored");

export async function submitTeamAction(prev: FormState, fd: FormData): Promise<FormState> {
  return submit(prev, fd);
}
export async function confirmTeamAction(prev: FormState, fd: FormData): Promise<FormState> {
  return confirm(prev, fd);
}
export async function archiveTeamAction(prev: FormState, fd: FormData): Promise<FormState> {
  return archive(prev, fd);
}
export async function restoreTeamAction(prev: FormState, fd: FormData): Promise<FormState> {
  return restore(prev, fd);
}

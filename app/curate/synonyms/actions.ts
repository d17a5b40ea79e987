"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requestContext } from "@/lib/dal/request-context";
import { createSynonymGroup, deleteSynonymGroup, updateSynonymGroup } from "@/lib/dal/curation/synonyms";
import { formError, formSuccess, keepValues, toFormState, type FormState } from "@/lib/form-state";
import { syncSearchIndex } from "@/lib/search/service";
import { fieldErrorsOf, formString } from "@/lib/validation/form";
import { deleteSynonymGroupSchema, synonymGroupInputSchema, updateSynonymGroupSchema } from "@/lib/validation/synonyms";

const NOT_SIGNED_IN = formError("Your session has ended. Please sign in again.");
const OUT_OF_DATE = formError("This form is out of date. Reload the page.");

/** This process's index takes the change at once; the others follow through the outbox. */
function synonymsChanged(id?: number): void {
  try {
    syncSearchIndex();
  } catch (err) {
    console.error("Search index sync after a synonym change failed:", err);
  }
  revalidatePath("/curate/synonyms");
  if (id !== undefined) revalidatePath(`/curate/synonyms/${id}`);
}

async function signedIn() {
  const ctx = await requestContext();
  return ctx.viewer.kind === "user" ? ctx : null;
}

const fields = (fd: FormData, names: readonly string[]) => Object.fromEntries(names.map((n) => [n, formString(fd, n)]));

export async function createSynonymGroupAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const values = keepValues(fd);
  const ctx = await signedIn();
  if (!ctx) return NOT_SIGNED_IN;
  const parsed = synonymGroupInputSchema.safeParse(fields(fd, ["terms", "note"]));
  if (!parsed.success) return formError("The group was not added.", fieldErrorsOf(parsed.error), values);
  let id: number;
  try {
    id = createSynonymGroup(ctx, parsed.data).id;
  } catch (err) {
    return toFormState(err, values);
  }
  synonymsChanged(id);
  return formSuccess(
    `Added: a search for any of ${parsed.data.terms.map((t) => `“${t}”`).join(", ")} finds the others.`,
  );
}

export async function updateSynonymGroupAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const values = keepValues(fd);
  const ctx = await signedIn();
  if (!ctx) return NOT_SIGNED_IN;
  const parsed = updateSynonymGroupSchema.safeParse(fields(fd, ["group", "terms", "note"]));
  if (!parsed.success) {
    const errors = fieldErrorsOf(parsed.error);
    return errors.group ? OUT_OF_DATE : formError("The group was not saved.", errors, values);
  }
  try {
    updateSynonymGroup(ctx, parsed.data.group, parsed.data);
  } catch (err) {
    return toFormState(err, values);
  }
  synonymsChanged(parsed.data.group);
  return formSuccess("Saved. Searches use the changed group from now on.");
}

export async function deleteSynonymGroupAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const ctx = await signedIn();
  if (!ctx) return NOT_SIGNED_IN;
  const parsed = deleteSynonymGroupSchema.safeParse(fields(fd, ["group"]));
  if (!parsed.success) return OUT_OF_DATE;
  let removed: { terms: string[] };
  try {
    removed = deleteSynonymGroup(ctx, parsed.data.group);
  } catch (err) {
    return toFormState(err);
  }
  synonymsChanged(parsed.data.group);
  // The group's page no longer exists, so the list says what happened.
  redirect(`/curate/synonyms?removed=${encodeURIComponent(removed.terms.join(", ").slice(0, 300))}`);
}

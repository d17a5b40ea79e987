"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { requestContext } from "@/lib/dal/request-context";
import {
  addTeamToCollection,
  createCollection,
  deleteCollection,
  moveTeamInCollection,
  removeTeamFromCollection,
  setCollectionPublished,
  setCollectionTeamNote,
  updateCollection,
} from "@/lib/dal/curation/collection-writes";
import { formError, formSuccess, keepValues, toFormState, type FormState } from "@/lib/form-state";
import {
  addTeamSchema,
  collectionInputSchema,
  collectionPublishSchema,
  collectionSlugParam,
  deleteCollectionSchema,
  entryNoteSchema,
  entryRefSchema,
  moveEntrySchema,
} from "@/lib/validation/collection";
import { fieldErrorsOf, formString } from "@/lib/validation/form";
import { FORM_EXPIRED, idempotencyKeyOf } from "@/lib/validation/idempotency";

const NOT_SIGNED_IN = formError("Your session has ended. Please sign in again.");
const OUT_OF_DATE = formError("This form is out of date. Reload the page.");

/** Every page that shows the collection: its editor, its public page, the indexes and home. */
function collectionChanged(slug: string): void {
  revalidatePath(`/curate/collections/${slug}`);
  revalidatePath("/curate/collections");
  revalidatePath(`/collections/${slug}`);
  revalidatePath("/collections");
  revalidatePath("/");
}

async function signedIn() {
  const ctx = await requestContext();
  return ctx.viewer.kind === "user" ? ctx : null;
}

function fields(fd: FormData, names: readonly string[]): Record<string, string | undefined> {
  return Object.fromEntries(names.map((n) => [n, formString(fd, n)]));
}

function details(fd: FormData) {
  return collectionInputSchema.safeParse(fields(fd, ["title", "editorialNote", "published"]));
}

const invalid = (error: z.ZodError, values: Record<string, string>) =>
  formError("Check the highlighted fields.", fieldErrorsOf(error), values);

export async function createCollectionAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const values = keepValues(fd);
  const ctx = await signedIn();
  if (!ctx) return NOT_SIGNED_IN;
  const parsed = details(fd);
  if (!parsed.success) return invalid(parsed.error, values);
  const key = idempotencyKeyOf(fd);
  if (!key) return formError(FORM_EXPIRED, undefined, values);
  let slug: string;
  try {
    slug = createCollection(ctx, parsed.data, key).slug;
  } catch (err) {
    return toFormState(err, values);
  }
  collectionChanged(slug);
  redirect(`/curate/collections/${slug}?created=1`);
}

export async function updateCollectionAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const values = keepValues(fd);
  const ctx = await signedIn();
  if (!ctx) return NOT_SIGNED_IN;
  const slug = collectionSlugParam.safeParse(formString(fd, "collection"));
  if (!slug.success) return OUT_OF_DATE;
  const parsed = details(fd);
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    updateCollection(ctx, slug.data, parsed.data);
  } catch (err) {
    return toFormState(err, values);
  }
  collectionChanged(slug.data);
  return formSuccess("Saved.");
}

/** The collection's one Publish / Unpublish button. */
export async function setCollectionPublishedAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const ctx = await signedIn();
  if (!ctx) return NOT_SIGNED_IN;
  const parsed = collectionPublishSchema.safeParse(fields(fd, ["collection", "publish"]));
  if (!parsed.success) return OUT_OF_DATE;
  try {
    setCollectionPublished(ctx, parsed.data.collection, parsed.data.publish);
  } catch (err) {
    return toFormState(err);
  }
  collectionChanged(parsed.data.collection);
  redirect(`/curate/collections/${parsed.data.collection}?${parsed.data.publish ? "published" : "unpublished"}=1`);
}

export async function deleteCollectionAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const ctx = await signedIn();
  if (!ctx) return NOT_SIGNED_IN;
  const parsed = deleteCollectionSchema.safeParse(fields(fd, ["collection", "confirm"]));
  if (!parsed.success) {
    const errors = fieldErrorsOf(parsed.error);
    return errors.collection ? OUT_OF_DATE : formError("The collection was not deleted.", errors);
  }
  try {
    deleteCollection(ctx, parsed.data.collection);
  } catch (err) {
    return toFormState(err);
  }
  collectionChanged(parsed.data.collection);
  redirect("/curate/collections?deleted=1");
}

export async function addTeamToCollectionAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const values = keepValues(fd);
  const ctx = await signedIn();
  if (!ctx) return NOT_SIGNED_IN;
  const parsed = addTeamSchema.safeParse(fields(fd, ["collection", "team", "note"]));
  if (!parsed.success) {
    const errors = fieldErrorsOf(parsed.error);
    return errors.collection ? OUT_OF_DATE : formError("The team was not added.", errors, values);
  }
  const key = idempotencyKeyOf(fd);
  if (!key) return formError(FORM_EXPIRED, undefined, values);
  let added: { teamName: string; shownPublicly: boolean };
  try {
    added = addTeamToCollection(ctx, parsed.data.collection, parsed.data.team, parsed.data.note, key);
  } catch (err) {
    return toFormState(err, values);
  }
  collectionChanged(parsed.data.collection);
  // From the search picker the pressed button is replaced by "Already in this collection", so
  // the page (kept on the same search) says what happened.
  const find = formString(fd, "find");
  if (find !== undefined) {
    const q = new URLSearchParams({ find: find.slice(0, 200), added: added.teamName.slice(0, 200) });
    redirect(`/curate/collections/${parsed.data.collection}?${q}#add-team`);
  }
  return formSuccess(
    added.shownPublicly
      ? `Added “${added.teamName}”.`
      : `Added “${added.teamName}”. It is not shown publicly until its listing is published.`,
  );
}

export async function setCollectionTeamNoteAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const values = keepValues(fd);
  const ctx = await signedIn();
  if (!ctx) return NOT_SIGNED_IN;
  const parsed = entryNoteSchema.safeParse(fields(fd, ["collection", "team", "note"]));
  if (!parsed.success) {
    const errors = fieldErrorsOf(parsed.error);
    return errors.note ? formError("The note was not saved.", errors, values) : OUT_OF_DATE;
  }
  try {
    setCollectionTeamNote(ctx, parsed.data.collection, parsed.data.team, parsed.data.note);
  } catch (err) {
    return toFormState(err, values);
  }
  collectionChanged(parsed.data.collection);
  return formSuccess("Note saved.");
}

export async function moveCollectionTeamAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const ctx = await signedIn();
  if (!ctx) return NOT_SIGNED_IN;
  const parsed = moveEntrySchema.safeParse(fields(fd, ["collection", "team", "direction"]));
  if (!parsed.success) return OUT_OF_DATE;
  try {
    moveTeamInCollection(ctx, parsed.data.collection, parsed.data.team, parsed.data.direction);
  } catch (err) {
    return toFormState(err);
  }
  collectionChanged(parsed.data.collection);
  return formSuccess(parsed.data.direction === "up" ? "Moved up." : "Moved down.");
}

export async function removeCollectionTeamAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const ctx = await signedIn();
  if (!ctx) return NOT_SIGNED_IN;
  const parsed = entryRefSchema.safeParse(fields(fd, ["collection", "team"]));
  if (!parsed.success) return OUT_OF_DATE;
  let removed: { teamName: string };
  try {
    removed = removeTeamFromCollection(ctx, parsed.data.collection, parsed.data.team);
  } catch (err) {
    return toFormState(err);
  }
  collectionChanged(parsed.data.collection);
  // The entry (and its form) disappears, so the page itself says what happened.
  redirect(
    `/curate/collections/${parsed.data.collection}?removed=${encodeURIComponent(removed.teamName.slice(0, 200))}`,
  );
}

"use server";

import { revalidatePath } from "next/cache";
import { defineAction, fields, OUT_OF_DATE, redirectTo } from "@/lib/actions/define-action";
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
import { formError, formSuccess } from "@/lib/form-state";
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

/** Every page that shows the collection: its editor, its public page, the indexes and home. */
function collectionChanged(slug: string): void {
  revalidatePath(`/curate/collections/${slug}`);
  revalidatePath("/curate/collections");
  revalidatePath(`/collections/${slug}`);
  revalidatePath("/collections");
  revalidatePath("/");
}

const DETAILS = ["title", "editorialNote", "published"] as const;
const outOfDate = () => formError(OUT_OF_DATE);
/** A broken reference to the collection is a stale page; anything else is the person's to fix. */
const unlessStale = (message: string) => (errors: Record<string, string>) =>
  errors.collection ? outOfDate() : formError(message, errors);

export const createCollectionAction = defineAction({
  auth: "user",
  schema: collectionInputSchema,
  input: (fd) => fields(fd, DETAILS),
  idempotent: true,
  run: ({ ctx, input, key }) => {
    const { slug } = createCollection(ctx, input, key);
    collectionChanged(slug);
    return redirectTo(`/curate/collections/${slug}?created=1`);
  },
});

export const updateCollectionAction = defineAction({
  auth: "user",
  parse: (fd) => {
    const slug = collectionSlugParam.safeParse(formString(fd, "collection"));
    if (!slug.success) return { ok: false, fields: { collection: OUT_OF_DATE } };
    const parsed = collectionInputSchema.safeParse(fields(fd, DETAILS));
    if (!parsed.success) return { ok: false, fields: fieldErrorsOf(parsed.error) };
    return { ok: true, value: { slug: slug.data, details: parsed.data } };
  },
  invalid: unlessStale("Check the highlighted fields."),
  run: ({ ctx, input }) => {
    updateCollection(ctx, input.slug, input.details);
    collectionChanged(input.slug);
    return formSuccess("Saved.");
  },
});

/** The collection's one Publish / Unpublish button. */
export const setCollectionPublishedAction = defineAction({
  auth: "user",
  schema: collectionPublishSchema,
  input: (fd) => fields(fd, ["collection", "publish"]),
  invalid: outOfDate,
  run: ({ ctx, input }) => {
    setCollectionPublished(ctx, input.collection, input.publish);
    collectionChanged(input.collection);
    return redirectTo(`/curate/collections/${input.collection}?${input.publish ? "published" : "unpublished"}=1`);
  },
});

export const deleteCollectionAction = defineAction({
  auth: "user",
  schema: deleteCollectionSchema,
  input: (fd) => fields(fd, ["collection", "confirm"]),
  invalid: unlessStale("The collection was not deleted."),
  run: ({ ctx, input }) => {
    deleteCollection(ctx, input.collection);
    collectionChanged(input.collection);
    return redirectTo("/curate/collections?deleted=1");
  },
});

export const addTeamToCollectionAction = defineAction({
  auth: "user",
  schema: addTeamSchema,
  input: (fd) => fields(fd, ["collection", "team", "note"]),
  invalid: unlessStale("The team was not added."),
  idempotent: true,
  run: ({ ctx, input, fd, key }) => {
    const added = addTeamToCollection(ctx, input.collection, input.team, input.note, key);
    collectionChanged(input.collection);
    // From the search picker the pressed button is replaced by "Already in this collection", so
    // the page (kept on the same search) says what happened.
    const find = formString(fd, "find");
    if (find !== undefined) {
      const q = new URLSearchParams({ find: find.slice(0, 200), added: added.teamName.slice(0, 200) });
      return redirectTo(`/curate/collections/${input.collection}?${q}#add-team`);
    }
    return formSuccess(
      added.shownPublicly
        ? `Added “${added.teamName}”.`
        : `Added “${added.teamName}”. It is not shown publicly until its listing is published.`,
    );
  },
});

export const setCollectionTeamNoteAction = defineAction({
  auth: "user",
  schema: entryNoteSchema,
  input: (fd) => fields(fd, ["collection", "team", "note"]),
  invalid: (errors) => (errors.note ? formError("The note was not saved.", errors) : outOfDate()),
  run: ({ ctx, input }) => {
    setCollectionTeamNote(ctx, input.collection, input.team, input.note);
    collectionChanged(input.collection);
    return formSuccess("Note saved.");
  },
});

export const moveCollectionTeamAction = defineAction({
  auth: "user",
  schema: moveEntrySchema,
  input: (fd) => fields(fd, ["collection", "team", "direction"]),
  invalid: outOfDate,
  run: ({ ctx, input }) => {
    moveTeamInCollection(ctx, input.collection, input.team, input.direction);
    collectionChanged(input.collection);
    return formSuccess(input.direction === "up" ? "Moved up." : "Moved down.");
  },
});

export const removeCollectionTeamAction = defineAction({
  auth: "user",
  schema: entryRefSchema,
  input: (fd) => fields(fd, ["collection", "team"]),
  invalid: outOfDate,
  run: ({ ctx, input }) => {
    const removed = removeTeamFromCollection(ctx, input.collection, input.team);
    collectionChanged(input.collection);
    // The entry (and its form) disappears, so the page itself says what happened.
    return redirectTo(
      `/curate/collections/${input.collection}?removed=${encodeURIComponent(removed.teamName.slice(0, 200))}`,
    );
  },
});

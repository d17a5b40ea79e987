// Curated collections: what curators type into the collection forms, checked the same way by
// the server actions and the tests.
import { z } from "zod";
import { isSlug } from "@/lib/slug";
import { cleanText, textField } from "./form";

export const COLLECTION_LIMITS = {
  titleMax: 120,
  editorialNoteMax: 2000,
  entryNoteMax: 280,
  /** More than this stops being a curated list and becomes a search result. */
  teamsMax: 60,
} as const;

/** An HTML checkbox: "on" when ticked, absent when not. */
const checkbox = z
  .string()
  .optional()
  .nullable()
  .transform((v) => v === "on" || v === "true");

export const collectionInputSchema = z.object({
  title: textField("Title", 3, COLLECTION_LIMITS.titleMax),
  editorialNote: z
    .string()
    .optional()
    .nullable()
    .transform((v) => cleanText(v ?? ""))
    .pipe(
      z
        .string()
        .max(
          COLLECTION_LIMITS.editorialNoteMax,
          `Editorial note must be at most ${COLLECTION_LIMITS.editorialNoteMax} characters`,
        ),
    ),
  /** Only when creating; afterwards the Publish / Unpublish action sets it (setCollectionPublished). */
  published: checkbox,
});

export const collectionPublishSchema = z.object({
  collection: z.string().max(120).refine(isSlug, "Not a collection address"),
  publish: z.enum(["1", "0"], { error: "This form is out of date. Reload the page." }).transform((v) => v === "1"),
});

export type CollectionInput = z.output<typeof collectionInputSchema>;

export const collectionSlugParam = z.string().max(120).refine(isSlug, "Not a collection address");

/**
 * A team named by its address: the slug itself, or a pasted profile link
 * ("https://…/teams/<slug>" or "/teams/<slug>"), because that is what a curator has to hand.
 */
export const teamRefField = z
  .string({ error: "Enter the team's address" })
  .transform((v) => {
    const t = cleanText(v);
    const m = /(?:^|\/)teams\/([^/?#\s]+)\/?(?:[?#].*)?$/.exec(t);
    return (m ? decodeURIComponentSafe(m[1]!) : t).toLowerCase();
  })
  .pipe(
    z
      .string()
      .min(1, "Enter the team's address, e.g. manchester-graphene-coatings")
      .max(120, "That is too long for a team address")
      .refine(isSlug, "A team address has only letters, digits and hyphens, e.g. manchester-graphene-coatings"),
  );

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const entryNote = z
  .string()
  .optional()
  .nullable()
  .transform((v) => cleanText(v ?? ""))
  .pipe(
    z
      .string()
      .max(COLLECTION_LIMITS.entryNoteMax, `The note must be at most ${COLLECTION_LIMITS.entryNoteMax} characters`),
  );

export const addTeamSchema = z.object({ collection: collectionSlugParam, team: teamRefField, note: entryNote });
export const entryNoteSchema = z.object({
  collection: collectionSlugParam,
  team: collectionSlugParam,
  note: entryNote,
});
export const entryRefSchema = z.object({ collection: collectionSlugParam, team: collectionSlugParam });
export const moveEntrySchema = entryRefSchema.extend({ direction: z.enum(["up", "down"]) });
export const deleteCollectionSchema = z.object({
  collection: collectionSlugParam,
  confirm: z.literal("on", { error: "Tick the box to confirm that the collection should be deleted" }),
});

export type MoveDirection = z.output<typeof moveEntrySchema>["direction"];

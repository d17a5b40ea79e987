"use server";

import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { addToShortlist, removeFromShortlist, updateShortlistNote } from "@/lib/dal/teams/shortlists";
import { formSuccess, type FormState } from "@/lib/form-state";
import { idempotencyKeyOf } from "@/lib/validation/idempotency";
import { shortlistInputSchema } from "@/lib/validation/introduction";

// The DAL says who may keep a shortlist (and what a guest is told), so these take any viewer.
const shortlistForm = {
  auth: "any",
  schema: shortlistInputSchema,
  input: (fd: FormData) => ({ teamSlug: fd.get("teamSlug"), note: fd.get("note") ?? "" }),
  invalid: "Please check the highlighted fields.",
} as const;

// The /shortlist page's own forms: the page lists what they change, so they re-render it
// (revalidatePath makes the action's answer carry the page). The profile's control below does not.
export const addToShortlistAction = defineAction({
  ...shortlistForm,
  idempotent: true,
  run: ({ ctx, input, key }) => {
    addToShortlist(ctx, input.teamSlug, input.note, key);
    revalidatePath(`/teams/${input.teamSlug}`);
    revalidatePath("/shortlist");
    return formSuccess("Added to your shortlist.");
  },
});

export const removeFromShortlistAction = defineAction({
  ...shortlistForm,
  run: ({ ctx, input }) => {
    removeFromShortlist(ctx, input.teamSlug);
    revalidatePath(`/teams/${input.teamSlug}`);
    revalidatePath("/shortlist");
    return formSuccess("Removed from your shortlist.");
  },
});

export const saveShortlistNoteAction = defineAction({
  ...shortlistForm,
  run: ({ ctx, input }) => {
    updateShortlistNote(ctx, input.teamSlug, input.note);
    revalidatePath("/shortlist");
    return formSuccess("Note saved.");
  },
});

/**
 * The team profile's shortlist control (app/teams/[slug]/shortlist-control.tsx): whether the team
 * is listed, and the idempotency key its next form carries, travel in the answer, so the action
 * revalidates nothing and Next.js does not re-render the profile into it. (Any revalidatePath,
 * revalidateTag or refresh, or a cookie set in the action, would.) Without JavaScript the post
 * re-renders the page anyway, and the page reads the shortlist afresh.
 */
export interface ProfileShortlistState extends FormState {
  listed: boolean;
  /** A new key after every write: a key that already added the team would only replay that add. */
  key: string;
}

const profileShortlistSchema = shortlistInputSchema.extend({ intent: z.enum(["add", "remove"]) });

export const profileShortlistAction = defineAction<
  "any",
  z.infer<typeof profileShortlistSchema>,
  ProfileShortlistState,
  true
>({
  ...shortlistForm,
  schema: profileShortlistSchema,
  input: (fd) => ({ teamSlug: fd.get("teamSlug"), note: "", intent: fd.get("intent") }),
  // Both forms carry a key (the remove form the one it was rendered with); only an add uses it.
  idempotent: true,
  run: ({ ctx, input, key }) => {
    if (input.intent === "add") {
      addToShortlist(ctx, input.teamSlug, input.note, key);
      return { ...formSuccess("Added to your shortlist."), listed: true, key: randomUUID() };
    }
    removeFromShortlist(ctx, input.teamSlug);
    return { ...formSuccess("Removed from your shortlist."), listed: false, key: randomUUID() };
  },
  // Nothing changed: the control stays as it was, and a retried add keeps its key (so it cannot add twice).
  onError: (state, fd) => ({
    ...state,
    listed: fd.get("intent") === "remove",
    key: idempotencyKeyOf(fd) ?? randomUUID(),
  }),
});

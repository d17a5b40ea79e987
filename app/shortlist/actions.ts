"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { addToShortlist, removeFromShortlist, updateShortlistNote } from "@/lib/dal/teams/shortlists";
import { formSuccess } from "@/lib/form-state";
import { shortlistInputSchema } from "@/lib/validation/introduction";

// The DAL says who may keep a shortlist (and what a guest is told), so these take any viewer.
const shortlistForm = {
  auth: "any",
  schema: shortlistInputSchema,
  input: (fd: FormData) => ({ teamSlug: fd.get("teamSlug"), note: fd.get("note") ?? "" }),
  invalid: "Please check the highlighted fields.",
} as const;

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

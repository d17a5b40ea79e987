"use server";

import { revalidatePath } from "next/cache";
import { defineAction, fields, OUT_OF_DATE, redirectTo } from "@/lib/actions/define-action";
import { createSynonymGroup, deleteSynonymGroup, updateSynonymGroup } from "@/lib/dal/curation/synonyms";
import { formError, formSuccess } from "@/lib/form-state";
import { syncSearchIndex } from "@/lib/search/service";
import { deleteSynonymGroupSchema, synonymGroupInputSchema, updateSynonymGroupSchema } from "@/lib/validation/synonyms";

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

export const createSynonymGroupAction = defineAction({
  auth: "user",
  schema: synonymGroupInputSchema,
  input: (fd) => fields(fd, ["terms", "note"]),
  invalid: "The group was not added.",
  run: ({ ctx, input }) => {
    const { id } = createSynonymGroup(ctx, input);
    synonymsChanged(id);
    return formSuccess(`Added: a search for any of ${input.terms.map((t) => `“${t}”`).join(", ")} finds the others.`);
  },
});

export const updateSynonymGroupAction = defineAction({
  auth: "user",
  schema: updateSynonymGroupSchema,
  input: (fd) => fields(fd, ["group", "terms", "note"]),
  invalid: (errors) => (errors.group ? formError(OUT_OF_DATE) : formError("The group was not saved.", errors)),
  run: ({ ctx, input }) => {
    updateSynonymGroup(ctx, input.group, input);
    synonymsChanged(input.group);
    return formSuccess("Saved. Searches use the changed group from now on.");
  },
});

export const deleteSynonymGroupAction = defineAction({
  auth: "user",
  schema: deleteSynonymGroupSchema,
  input: (fd) => fields(fd, ["group"]),
  invalid: () => formError(OUT_OF_DATE),
  run: ({ ctx, input }) => {
    const removed = deleteSynonymGroup(ctx, input.group);
    synonymsChanged(input.group);
    // The group's page no longer exists, so the list says what happened.
    return redirectTo(`/curate/synonyms?removed=${encodeURIComponent(removed.terms.join(", ").slice(0, 300))}`);
  },
});

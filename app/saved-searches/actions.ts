"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { createSavedSearch, deleteSavedSearch, updateSavedSearchFrequency } from "@/lib/dal/search/saved-searches";
import { formSuccess } from "@/lib/form-state";
import { requestIdParam, savedSearchInputSchema, savedSearchUpdateSchema } from "@/lib/validation/introduction";

const CHECK = "Please check the highlighted fields.";

function filtersOf(raw: FormDataEntryValue | null): unknown {
  if (typeof raw !== "string" || raw.length > 4000) return {};
  try {
    return JSON.parse(raw);
  } catch {
    return {};
  }
}

export const createSavedSearchAction = defineAction({
  auth: "any",
  schema: savedSearchInputSchema,
  input: (fd) => ({
    name: fd.get("name"),
    query: fd.get("query") ?? "",
    filters: filtersOf(fd.get("filters")),
    alertFrequency: fd.get("alertFrequency"),
  }),
  invalid: CHECK,
  idempotent: true,
  run: ({ ctx, input, key }) => {
    createSavedSearch(ctx, input, new Date(), key);
    revalidatePath("/saved-searches");
    return formSuccess(`Saved “${input.name}”.`);
  },
});

export const updateSavedSearchAction = defineAction({
  auth: "any",
  schema: savedSearchUpdateSchema,
  input: (fd) => ({ id: fd.get("id"), alertFrequency: fd.get("alertFrequency") }),
  invalid: CHECK,
  run: ({ ctx, input }) => {
    updateSavedSearchFrequency(ctx, input.id, input.alertFrequency);
    revalidatePath("/saved-searches");
    return formSuccess("Alerts updated.");
  },
});

export const deleteSavedSearchAction = defineAction({
  auth: "any",
  schema: z.object({ id: requestIdParam }),
  input: (fd) => ({ id: fd.get("id") }),
  invalid: CHECK,
  run: ({ ctx, input }) => {
    deleteSavedSearch(ctx, input.id);
    revalidatePath("/saved-searches");
    return formSuccess("Deleted.");
  },
});

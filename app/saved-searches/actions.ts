"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requestContext } from "@/lib/dal/request-context";
import { createSavedSearch, deleteSavedSearch, updateSavedSearchFrequency } from "@/lib/dal/search/saved-searches";
import { errorState, formValues, invalidState, okState, type FormState } from "@/lib/introductions/form-state";
import { FORM_EXPIRED, idempotencyKeyOf } from "@/lib/validation/idempotency";
import { requestIdParam, savedSearchInputSchema, savedSearchUpdateSchema } from "@/lib/validation/introduction";

function filtersOf(raw: FormDataEntryValue | null): unknown {
  if (typeof raw !== "string" || raw.length > 4000) return {};
  try {
    return JSON.parse(raw);
  } catch {
    return {};
  }
}

export async function createSavedSearchAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const values = formValues(fd, ["name", "query", "alertFrequency"]);
  const parsed = savedSearchInputSchema.safeParse({
    name: fd.get("name"),
    query: fd.get("query") ?? "",
    filters: filtersOf(fd.get("filters")),
    alertFrequency: fd.get("alertFrequency"),
  });
  if (!parsed.success) return invalidState(parsed.error, values);
  const key = idempotencyKeyOf(fd);
  if (!key) return { status: "error", message: FORM_EXPIRED, values };
  try {
    createSavedSearch(await requestContext(), parsed.data, new Date(), key);
  } catch (err) {
    return errorState(err, values);
  }
  revalidatePath("/saved-searches");
  return okState(`Saved “${parsed.data.name}”.`);
}

export async function updateSavedSearchAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const parsed = savedSearchUpdateSchema.safeParse({ id: fd.get("id"), alertFrequency: fd.get("alertFrequency") });
  if (!parsed.success) return invalidState(parsed.error);
  try {
    updateSavedSearchFrequency(await requestContext(), parsed.data.id, parsed.data.alertFrequency);
  } catch (err) {
    return errorState(err);
  }
  revalidatePath("/saved-searches");
  return okState("Alerts updated.");
}

export async function deleteSavedSearchAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const parsed = z.object({ id: requestIdParam }).safeParse({ id: fd.get("id") });
  if (!parsed.success) return invalidState(parsed.error);
  try {
    deleteSavedSearch(await requestContext(), parsed.data.id);
  } catch (err) {
    return errorState(err);
  }
  revalidatePath("/saved-searches");
  return okState("Deleted.");
}

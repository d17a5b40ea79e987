"use server";

import { revalidatePath } from "next/cache";
import { requestContext } from "@/lib/dal/request-context";
import { addToShortlist, removeFromShortlist, updateShortlistNote } from "@/lib/dal/teams/shortlists";
import { errorState, formValues, invalidState, okState, type FormState } from "@/lib/introductions/form-state";
import { FORM_EXPIRED, idempotencyKeyOf } from "@/lib/validation/idempotency";
import { shortlistInputSchema } from "@/lib/validation/introduction";

function parse(fd: FormData) {
  return shortlistInputSchema.safeParse({ teamSlug: fd.get("teamSlug"), note: fd.get("note") ?? "" });
}

export async function addToShortlistAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const p = parse(fd);
  if (!p.success) return invalidState(p.error);
  const key = idempotencyKeyOf(fd);
  if (!key) return { status: "error", message: FORM_EXPIRED };
  try {
    addToShortlist(await requestContext(), p.data.teamSlug, p.data.note, key);
  } catch (err) {
    return errorState(err);
  }
  revalidatePath(`/teams/${p.data.teamSlug}`);
  revalidatePath("/shortlist");
  return okState("Added to your shortlist.");
}

export async function removeFromShortlistAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const p = parse(fd);
  if (!p.success) return invalidState(p.error);
  try {
    removeFromShortlist(await requestContext(), p.data.teamSlug);
  } catch (err) {
    return errorState(err);
  }
  revalidatePath(`/teams/${p.data.teamSlug}`);
  revalidatePath("/shortlist");
  return okState("Removed from your shortlist.");
}

export async function saveShortlistNoteAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const values = formValues(fd, ["note"]);
  const p = parse(fd);
  if (!p.success) return invalidState(p.error, values);
  try {
    updateShortlistNote(await requestContext(), p.data.teamSlug, p.data.note);
  } catch (err) {
    return errorState(err, values);
  }
  revalidatePath("/shortlist");
  return okState("Note saved.");
}

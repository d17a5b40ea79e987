"use server";

import { redirect } from "next/navigation";
import { formError, type FormState } from "@/lib/form-state";
import { checkChallenge } from "@/lib/validation/challenge";
import { formString } from "@/lib/validation/form";

/**
 * The home page's "Describe your challenge": the text becomes a search. Over the limit, the form
 * comes back with a message and the whole text, never a shortened one.
 */
export async function describeChallengeAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const text = formString(fd, "challenge") ?? "";
  const checked = checkChallenge(text);
  if (!checked.ok)
    return formError("Your challenge was not searched yet.", { challenge: checked.message }, { challenge: text });
  redirect(`/search?${new URLSearchParams({ q: checked.q })}`);
}

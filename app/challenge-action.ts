"use server";

import { defineAction, redirectTo } from "@/lib/actions/define-action";
import { formError } from "@/lib/form-state";
import { checkChallenge } from "@/lib/validation/challenge";
import { formString } from "@/lib/validation/form";

/**
 * The home page's "Describe your challenge": the text becomes a search. Over the limit, the form
 * comes back with a message and the whole text, never a shortened one.
 */
export const describeChallengeAction = defineAction({
  auth: "none",
  parse: (fd) => {
    const checked = checkChallenge(formString(fd, "challenge") ?? "");
    return checked.ok ? { ok: true, value: checked.q } : { ok: false, fields: { challenge: checked.message } };
  },
  invalid: (fields) => formError("Your challenge was not searched yet.", fields),
  run: ({ input }) => redirectTo(`/search?${new URLSearchParams({ q: input })}`),
});

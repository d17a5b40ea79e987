"use client";

// The profile's "Add to shortlist" / "Remove from shortlist": one form whose answer says whether
// the team is now listed (and carries the key of the next add), so the page is not re-rendered
// into the answer. Without JavaScript the form posts and the page is rendered with that answer.
import Link from "next/link";
import { useActionState } from "react";
import { InlineFormMessage } from "@/components/forms/form-message";
import { secondaryButtonClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { profileShortlistAction, type ProfileShortlistState } from "@/app/shortlist/actions";

export function ShortlistControl({ teamSlug, initial }: { teamSlug: string; initial: ProfileShortlistState }) {
  const [answer, formAction] = useActionState(profileShortlistAction, initial);
  // Every answer of the action is a ProfileShortlistState (defineAction's onError completes errors).
  const state =
    "listed" in answer ? (answer as ProfileShortlistState) : { ...answer, listed: initial.listed, key: initial.key };
  const intent = state.listed ? "remove" : "add";
  const label = state.listed ? "Remove from shortlist" : "Add to shortlist";
  const form = (
    <form action={formAction} noValidate aria-label={label} className="space-y-3">
      <input type="hidden" name="teamSlug" value={teamSlug} />
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="idempotencyKey" value={state.key} />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton className={secondaryButtonClass}>{label}</SubmitButton>
        <InlineFormMessage state={state} />
      </div>
    </form>
  );
  // One tree either way, so the button keeps focus when it turns from "Add" to "Remove".
  return (
    <div className={state.listed ? "space-y-1 text-sm" : undefined}>
      {state.listed && (
        <p>
          On your <Link href="/shortlist">shortlist</Link>.
        </p>
      )}
      {form}
    </div>
  );
}

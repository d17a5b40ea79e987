"use client";

// The home page's "Describe your challenge": a large box for a problem statement, an abstract or
// a funding call, with a character counter. Without JavaScript it is a plain form (the limit is
// stated in the hint and checked on the server); with it, the counter follows the typing, and a
// screen reader hears the count once the typing pauses rather than at every key.
import { useActionState, useEffect, useRef, useState } from "react";
import { describedBy, FieldError } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { buttonClass, hintClass, inputClass, labelClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { IDLE, type FormState } from "@/lib/form-state";
import { CHALLENGE_MAX_LENGTH, challengeLength } from "@/lib/validation/challenge";

const n = (x: number) => x.toLocaleString("en-GB");

function countText(length: number): string {
  if (length > CHALLENGE_MAX_LENGTH) return `${n(length - CHALLENGE_MAX_LENGTH)} characters too many`;
  return `${n(length)} of ${n(CHALLENGE_MAX_LENGTH)} characters`;
}

export function ChallengeForm({ action }: { action: (s: FormState, fd: FormData) => Promise<FormState> }) {
  const [state, formAction] = useActionState(action, IDLE);
  const kept = state.values?.challenge ?? "";
  const [length, setLength] = useState(() => challengeLength(kept));
  const [mounted, setMounted] = useState(false);
  const [announced, setAnnounced] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => setMounted(true), []);
  useEffect(() => setLength(challengeLength(kept)), [kept]);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  const id = "challenge";
  const error = state.fields?.challenge;
  const over = length > CHALLENGE_MAX_LENGTH;
  const hint = `A problem statement, an abstract or a funding call, in your own words: up to ${n(CHALLENGE_MAX_LENGTH)} characters. We pick out its most telling terms and show the teams that fit.`;
  const onInput = (value: string) => {
    const len = challengeLength(value);
    setLength(len);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => setAnnounced(countText(len)), 1000);
  };
  return (
    <form action={formAction} noValidate aria-labelledby="challenge-heading" className="space-y-3">
      <FormMessage state={state} />
      <div>
        <label htmlFor={id} className={labelClass}>
          Your challenge
        </label>
        <p id={`${id}-hint`} className={hintClass}>
          {hint}
        </p>
        <textarea
          // A new submission's kept text must replace what React reset the form to.
          key={kept}
          id={id}
          name="challenge"
          rows={7}
          defaultValue={kept}
          onInput={(e) => onInput(e.currentTarget.value)}
          aria-invalid={error || over ? true : undefined}
          aria-describedby={[describedBy(id, hint, error), mounted ? `${id}-count` : null].filter(Boolean).join(" ")}
          className={inputClass}
        />
        {mounted && (
          <p id={`${id}-count`} className={`mt-1 text-sm ${over ? "font-semibold text-red-800" : "text-slate-600"}`}>
            {countText(length)}
          </p>
        )}
        <p aria-live="polite" className="sr-only">
          {announced}
        </p>
        <FieldError id={id} error={error} />
      </div>
      <SubmitButton className={buttonClass} pendingLabel="Finding teams…">
        Find teams for this challenge
      </SubmitButton>
    </form>
  );
}

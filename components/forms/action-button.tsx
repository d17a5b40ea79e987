"use client";

// One button that posts hidden fields to a server action and shows its answer beside it
// (for example "Submit for review", with a conflict message if someone saved in between).
import { useActionState, type ReactNode } from "react";
import { IDLE, type FormState } from "@/lib/form-state";
import { FormMessage } from "./form-message";
import { buttonClass } from "./styles";
import { SubmitButton } from "./submit-button";

export function ActionButton({
  action,
  hidden,
  label,
  className = buttonClass,
  note,
}: {
  action: (state: FormState, fd: FormData) => Promise<FormState>;
  hidden: Record<string, string>;
  /** The button's text; may include visually hidden words that name what it acts on. */
  label: ReactNode;
  className?: string;
  note?: { name: string; label: string; maxLength: number };
}) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-2">
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <FormMessage state={state} />
      {note && (
        <label className="block text-sm">
          {note.label}
          <textarea
            name={note.name}
            maxLength={note.maxLength}
            rows={2}
            className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2"
          />
        </label>
      )}
      <SubmitButton className={className}>{label}</SubmitButton>
    </form>
  );
}

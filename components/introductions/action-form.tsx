"use client";

import { useActionState, useId } from "react";
import { IDLE, type FormState } from "@/lib/introductions/form-state";
import { SubmitButton } from "./submit-button";

export type FormAction = (prev: FormState, fd: FormData) => Promise<FormState>;

/** Visible fields, described as data (a server page cannot hand a client component a function). */
export type FieldSpec =
  | { kind: "textarea"; name: string; label: string; hint?: string; required?: boolean; maxLength: number; rows?: number; defaultValue?: string }
  | { kind: "text"; name: string; label: string; hint?: string; required?: boolean; maxLength: number; defaultValue?: string }
  | { kind: "select"; name: string; label: string; hint?: string; required?: boolean; maxLength?: undefined; defaultValue?: string; options: { value: string; label: string }[] };

/**
 * A small form posting to a server action, with its answer (or error) announced next to the
 * button. Hidden fields say what to act on; `children` are the visible fields.
 */
export function ActionForm({
  action,
  hidden,
  submitLabel,
  pendingLabel,
  variant,
  fields = [],
  label,
  className,
}: {
  action: FormAction;
  hidden: Record<string, string>;
  submitLabel: string;
  pendingLabel?: string;
  variant?: "primary" | "secondary" | "danger";
  fields?: FieldSpec[];
  /** Accessible name of the form. */
  label: string;
  className?: string;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} aria-label={label} className={className ?? "space-y-3"}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((f) => (
        <Field key={f.name} spec={f} state={state} />
      ))}
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel={pendingLabel} variant={variant}>
          {submitLabel}
        </SubmitButton>
        <p role={state.status === "error" ? "alert" : "status"} className={`text-sm ${state.status === "error" ? "text-rose-800" : "text-emerald-800"}`}>
          {state.message}
        </p>
      </div>
    </form>
  );
}

function Field({ spec, state }: { spec: FieldSpec; state: FormState }) {
  const { name, label, hint, required, maxLength } = spec;
  const id = useId();
  const error = state.fields?.[name];
  const common = {
    name,
    required,
    maxLength,
    defaultValue: (state.status === "error" ? state.values?.[name] : undefined) ?? spec.defaultValue,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined,
    className: "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm",
  };
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        {!required && spec.kind !== "select" && <span className="font-normal text-slate-600"> (optional)</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      {spec.kind === "textarea" ? (
        <textarea id={id} rows={spec.rows ?? 3} {...common} />
      ) : spec.kind === "select" ? (
        <select id={id} {...common}>
          {spec.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input id={id} type="text" {...common} />
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-rose-800">
          {error}
        </p>
      )}
    </div>
  );
}

"use client";

// The fields of the introduction form and of the "find me a team" form (/contact). Ids are made
// from the form's prefix and the field's name, so the error summary links to each field, and
// every value comes back after a refused submit (see useKeptState).
import { useActionState, useRef } from "react";
import { CharacterCount } from "@/components/forms/character-count";
import { describedBy, Field, FieldError, FieldSet } from "@/components/forms/field";
import { inputClass } from "@/components/forms/styles";
import { IDLE, type FormState } from "@/lib/form-state";

export interface Option {
  code: string;
  name: string;
}

export type KeptState = FormState & { attempt: number };

/**
 * useActionState, counting the answers. React resets a form after its action; a select's
 * default does not follow new props, so it would fall back to "Choose…". The fields are keyed
 * by the attempt: each answer re-creates them with what was sent as their defaults.
 *
 * The server action is passed to useActionState as it is (not wrapped), so the form still
 * posts without JavaScript; each new state object counts as one more answer.
 */
export function useKeptState(
  action: (prev: FormState, fd: FormData) => Promise<FormState>,
): [KeptState, (fd: FormData) => void] {
  const [state, formAction] = useActionState(action, IDLE);
  const seen = useRef({ state, attempt: 0 });
  // Idempotent for a given state (a repeated render of it counts nothing).
  if (seen.current.state !== state) seen.current = { state, attempt: seen.current.attempt + 1 };
  return [{ ...state, attempt: seen.current.attempt }, formAction];
}

export interface FieldContext {
  prefix: string;
  state: FormState;
  defaults: Record<string, string>;
}

export const fieldId = (ctx: FieldContext, name: string) => `${ctx.prefix}-${name}`;

/** What the field shows: what was sent (after an error), else its default. */
export function valueOf(ctx: FieldContext, name: string): string {
  return (ctx.state.status === "error" ? ctx.state.values?.[name] : undefined) ?? ctx.defaults[name] ?? "";
}

const OptionalMark = () => <span className="font-normal text-slate-600"> (optional)</span>;

function invalid(ctx: FieldContext, name: string) {
  const error = ctx.state.fields?.[name];
  return { error, "aria-invalid": error ? (true as const) : undefined };
}

export function SelectField({
  ctx,
  label,
  name,
  options,
  placeholder,
  optional,
}: {
  ctx: FieldContext;
  label: string;
  name: string;
  options: Option[];
  placeholder: string;
  optional?: boolean;
}) {
  const id = fieldId(ctx, name);
  const { error, ...aria } = invalid(ctx, name);
  return (
    <Field id={id} label={label} error={error} optional={optional}>
      <select
        id={id}
        name={name}
        defaultValue={valueOf(ctx, name)}
        required={!optional}
        {...aria}
        aria-describedby={describedBy(id, undefined, error)}
        className={inputClass}
      >
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.code} value={o.code}>
            {o.name}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function TextField({
  ctx,
  label,
  name,
  type = "text",
  autoComplete,
  max,
  hint,
}: {
  ctx: FieldContext;
  label: string;
  name: string;
  type?: "text" | "email";
  autoComplete?: string;
  max: number;
  hint?: string;
}) {
  const id = fieldId(ctx, name);
  const { error, ...aria } = invalid(ctx, name);
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={name}
        type={type}
        required
        maxLength={max}
        autoComplete={autoComplete}
        defaultValue={valueOf(ctx, name)}
        {...aria}
        aria-describedby={describedBy(id, hint, error)}
        className={inputClass}
      />
    </Field>
  );
}

/** Long text with its limit and a live count; never cut (see CharacterCount). */
export function LongTextField({
  ctx,
  label,
  name,
  max,
  hint,
  rows,
  optional,
}: {
  ctx: FieldContext;
  label: string;
  name: string;
  max: number;
  hint: string;
  rows: number;
  optional?: boolean;
}) {
  const id = fieldId(ctx, name);
  const { error, ...aria } = invalid(ctx, name);
  return (
    <Field id={id} label={label} hint={hint} error={error} optional={optional}>
      <CharacterCount
        id={id}
        name={name}
        max={max}
        rows={rows}
        required={!optional}
        defaultValue={valueOf(ctx, name)}
        hintId={`${id}-hint`}
        errorId={error ? `${id}-error` : undefined}
        {...aria}
      />
    </Field>
  );
}

export function RadioField({
  ctx,
  legend,
  name,
  options,
  optional,
}: {
  ctx: FieldContext;
  legend: string;
  name: string;
  options: (Option & { hint?: string })[];
  optional?: boolean;
}) {
  const id = fieldId(ctx, name);
  const { error } = invalid(ctx, name);
  const value = valueOf(ctx, name);
  return (
    <FieldSet
      id={id}
      legend={
        <>
          {legend}
          {optional && <OptionalMark />}
        </>
      }
      error={error}
    >
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {options.map((k) => (
          <label key={k.code} className="flex gap-2 rounded-md border border-slate-200 p-2 text-sm">
            <input type="radio" name={name} value={k.code} defaultChecked={value === k.code} required={!optional} />
            <span>
              <span className="font-medium">{k.name}</span>
              {k.hint && <span className="block text-xs text-slate-600">{k.hint}</span>}
            </span>
          </label>
        ))}
      </div>
    </FieldSet>
  );
}

export function ConsentField({ ctx, name, children }: { ctx: FieldContext; name: string; children: string }) {
  const id = fieldId(ctx, name);
  const { error, ...aria } = invalid(ctx, name);
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-5">
      <div className="flex gap-3">
        <input
          id={id}
          type="checkbox"
          name={name}
          required
          defaultChecked={valueOf(ctx, name) === "on"}
          {...aria}
          aria-describedby={error ? `${id}-error` : undefined}
          className="mt-1"
        />
        <label htmlFor={id} className="text-sm">
          {children}
        </label>
      </div>
      <FieldError id={id} error={error} />
    </div>
  );
}

/** Robots fill every field; people never see this one. */
export function Honeypot() {
  return (
    <div aria-hidden="true" style={{ position: "absolute", left: "-10000px", width: 1, height: 1, overflow: "hidden" }}>
      <label>
        Leave empty
        <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
      </label>
    </div>
  );
}

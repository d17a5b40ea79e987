"use client";

// Any short form (sign-in, sign-up, account settings, decisions) described by serialisable field
// specs, so server pages can render it. Errors sit next to their fields; what was typed comes
// back after an error (except passwords).
import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/form-state";
import { describedBy, Field, FieldSet } from "./field";
import { FormMessage } from "./form-message";
import { inputClass, buttonClass } from "./styles";
import { SubmitButton } from "./submit-button";

export interface FieldSpec {
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "textarea" | "select" | "checkbox" | "hidden" | "url";
  hint?: string;
  optional?: boolean;
  autoComplete?: string;
  defaultValue?: string;
  maxLength?: number;
  options?: readonly { value: string; label: string }[];
  /** For selects: the first, empty choice. */
  placeholder?: string;
  rows?: number;
}

export type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

export function SimpleForm({
  action,
  fields,
  submitLabel,
  idPrefix,
  submitClassName = buttonClass,
  successReplacesForm = false,
}: {
  action: FormAction;
  fields: readonly FieldSpec[];
  submitLabel: string;
  idPrefix: string;
  submitClassName?: string;
  successReplacesForm?: boolean;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  if (successReplacesForm && state.status === "success") return <FormMessage state={state} />;
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormMessage state={state} />
      {fields.map((f) => (
        <SpecField key={f.name} spec={f} idPrefix={idPrefix} state={state} />
      ))}
      <SubmitButton className={submitClassName}>{submitLabel}</SubmitButton>
    </form>
  );
}

function SpecField({ spec: f, idPrefix, state }: { spec: FieldSpec; idPrefix: string; state: FormState }) {
  const id = `${idPrefix}-${f.name}`;
  const error = state.fields?.[f.name];
  const kept = state.values?.[f.name];
  const value = kept ?? f.defaultValue ?? "";
  const common = {
    id,
    name: f.name,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, f.hint, error),
    className: inputClass,
  };
  if (f.type === "hidden") return <input type="hidden" name={f.name} value={f.defaultValue ?? ""} />;
  if (f.type === "checkbox") {
    // After a submission, what was sent (an unticked box sends nothing); before, the default ("on").
    const checked = state.values ? kept === "on" : f.defaultValue === "on";
    return (
      <FieldSet id={`${id}-group`} legend={f.label} error={error}>
        <label className="mt-1 flex items-start gap-2 text-sm">
          <input
            key={`${f.name}:${checked}`}
            type="checkbox"
            id={id}
            name={f.name}
            defaultChecked={checked}
            className="mt-1"
            aria-invalid={error ? true : undefined}
          />
          <span>{f.hint}</span>
        </label>
      </FieldSet>
    );
  }
  // key: a new submission's kept values must replace what React reset the form to.
  const key = `${f.name}:${value}`;
  return (
    <Field id={id} label={f.label} hint={f.hint} error={error} optional={f.optional}>
      {f.type === "textarea" ? (
        <textarea key={key} {...common} defaultValue={value} rows={f.rows ?? 4} maxLength={f.maxLength} />
      ) : f.type === "select" ? (
        <select key={key} {...common} defaultValue={value}>
          {f.placeholder !== undefined && <option value="">{f.placeholder}</option>}
          {f.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          key={f.type === "password" ? f.name : key}
          {...common}
          type={f.type ?? "text"}
          defaultValue={f.type === "password" ? undefined : value}
          autoComplete={f.autoComplete}
          maxLength={f.maxLength}
        />
      )}
    </Field>
  );
}

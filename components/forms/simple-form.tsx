"use client";

// Any short form (sign-in, sign-up, account settings, decisions, the steps on an introduction
// request) described by serialisable field specs, so server pages can render it. Errors sit next
// to their fields; what was typed comes back after an error (except passwords).
import { useActionState, useId } from "react";
import { IDLE, type FormState } from "@/lib/form-state";
import { describedBy, Field, FieldSet } from "./field";
import { FormMessage, InlineFormMessage } from "./form-message";
import { buttonClass, dangerButtonClass, inputClass, secondaryButtonClass } from "./styles";
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

const VARIANTS = { primary: buttonClass, secondary: secondaryButtonClass, danger: dangerButtonClass } as const;

export function SimpleForm({
  action,
  fields = [],
  submitLabel,
  idPrefix,
  variant = "primary",
  submitClassName,
  pendingLabel,
  successReplacesForm = false,
  hidden,
  label,
  messageBeside = false,
  className,
}: {
  action: FormAction;
  fields?: readonly FieldSpec[];
  submitLabel: string;
  /** Prefix of the fields' ids; one is made up when not given (several forms can share a page). */
  idPrefix?: string;
  variant?: keyof typeof VARIANTS;
  submitClassName?: string;
  pendingLabel?: string;
  successReplacesForm?: boolean;
  /** What the form acts on, sent with it. */
  hidden?: Record<string, string>;
  /** The form's accessible name, for pages with many small forms. */
  label?: string;
  /** Small action forms: the outcome beside the button rather than above the fields. */
  messageBeside?: boolean;
  className?: string;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const autoId = useId();
  const prefix = idPrefix ?? autoId;
  if (successReplacesForm && state.status === "success") return <FormMessage state={state} />;
  const button = (
    <SubmitButton className={submitClassName ?? VARIANTS[variant]} pendingLabel={pendingLabel}>
      {submitLabel}
    </SubmitButton>
  );
  return (
    <form
      action={formAction}
      noValidate
      aria-label={label}
      className={className ?? (messageBeside ? "space-y-3" : "space-y-4")}
    >
      {hidden &&
        Object.entries(hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      {!messageBeside && <FormMessage state={state} idFor={(name) => `${prefix}-${name}`} />}
      {fields.map((f) => (
        <SpecField key={f.name} spec={f} idPrefix={prefix} state={state} />
      ))}
      {messageBeside ? (
        <div className="flex flex-wrap items-center gap-3">
          {button}
          <InlineFormMessage state={state} />
        </div>
      ) : (
        button
      )}
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

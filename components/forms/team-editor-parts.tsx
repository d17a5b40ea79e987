"use client";

// Pieces of the listing editor: pickers that add and remove values (submitted as repeated
// hidden inputs), checkbox grids, engagement modes with their cost and duration. Without
// JavaScript the pickers fall back to plain controls: chosen values are ticked checkboxes (untick
// to remove), the language list is a named select, and every way of working shows its selects.
import { useState } from "react";
import { costBandIn } from "@/lib/reference/currency";
import { COST_BANDS, DURATIONS, ENGAGEMENT_MODES } from "@/lib/reference/engagement";
import type { FieldErrors } from "@/lib/validation/form";
import { describedBy, FieldError, FieldSet } from "./field";
import { inputClass, labelClass, hintClass, secondaryButtonClass } from "./styles";
import { Chips } from "./chips";
import type { TeamDraft } from "@/lib/validation/listing-draft";
import { useEnhanced } from "@/components/hooks/use-enhanced";

/** Free-text keywords with suggestions from keywords already on the register. */
export function KeywordPicker({
  values,
  onChange,
  suggestions,
  error,
  max,
}: {
  values: string[];
  onChange: (v: string[]) => void;
  suggestions: readonly string[];
  error?: string;
  max: number;
}) {
  const [text, setText] = useState("");
  const enhanced = useEnhanced();
  const id = "team-keywords";
  const add = () => {
    const next = text
      .split(/[,;]/)
      .map((k) => k.trim().toLowerCase().replace(/\s+/g, " "))
      .filter((k) => k.length > 0 && !values.includes(k));
    if (next.length) onChange([...values, ...next]);
    setText("");
  };
  const hint = enhanced
    ? `Words an SME might search for, technical and plain (up to ${max}). Press Enter or "Add" after each; suggestions come from other listings.`
    : `Words an SME might search for, technical and plain (up to ${max}), separated by commas.`;
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        Keywords
      </label>
      <p id={`${id}-hint`} className={hintClass}>
        {hint}
      </p>
      <div className="mt-1 flex gap-2">
        <input
          id={id}
          name="keywordsText"
          list="keyword-suggestions"
          value={text}
          maxLength={200}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              add();
            }
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          className={inputClass}
          autoComplete="off"
        />
        {enhanced && (
          <button type="button" className={`${secondaryButtonClass} mt-1 shrink-0`} onClick={add}>
            Add keyword
          </button>
        )}
      </div>
      <datalist id="keyword-suggestions">
        {suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <Chips
        name="keywords"
        values={values}
        labelOf={(v) => v}
        onRemove={(v) => onChange(values.filter((x) => x !== v))}
        what="keywords"
      />
      <FieldError id={id} error={error} />
    </div>
  );
}

/** Choose from a long list (languages) with a select and an Add button. */
export function CodePicker({
  id,
  name,
  label,
  hint,
  options,
  values,
  onChange,
  error,
}: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  options: readonly { code: string; name: string }[];
  values: string[];
  onChange: (v: string[]) => void;
  error?: string;
}) {
  const [choice, setChoice] = useState("");
  const enhanced = useEnhanced();
  const nameOf = (c: string) => options.find((o) => o.code === c)?.name ?? c;
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className={hintClass}>
          {hint}
        </p>
      )}
      <div className="mt-1 flex gap-2">
        <select
          id={id}
          name={enhanced ? undefined : name}
          value={choice}
          onChange={(e) => setChoice(e.target.value)}
          className={inputClass}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
        >
          <option value="">Choose…</option>
          {options
            .filter((o) => !values.includes(o.code))
            .map((o) => (
              <option key={o.code} value={o.code}>
                {o.name}
              </option>
            ))}
        </select>
        {enhanced && (
          <button
            type="button"
            className={`${secondaryButtonClass} mt-1 shrink-0`}
            onClick={() => {
              if (choice && !values.includes(choice)) onChange([...values, choice]);
              setChoice("");
            }}
          >
            Add
          </button>
        )}
      </div>
      <Chips
        name={name}
        values={values}
        labelOf={nameOf}
        onRemove={(v) => onChange(values.filter((x) => x !== v))}
        what={label.toLowerCase()}
      />
      <FieldError id={id} error={error} />
    </div>
  );
}

export function CheckboxGrid({
  id,
  name,
  legend,
  hint,
  options,
  values,
  onChange,
  error,
  columns = "sm:grid-cols-2",
}: {
  id: string;
  name: string;
  legend: string;
  hint?: string;
  options: readonly { code: string; name: string }[];
  values: string[];
  onChange: (v: string[]) => void;
  error?: string;
  columns?: string;
}) {
  return (
    <FieldSet id={id} legend={legend} hint={hint} error={error}>
      <div className={`mt-2 grid gap-x-4 gap-y-1 ${columns}`}>
        {options.map((o) => (
          <label key={o.code} className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              name={name}
              value={o.code}
              checked={values.includes(o.code)}
              onChange={(e) => onChange(e.target.checked ? [...values, o.code] : values.filter((v) => v !== o.code))}
              className="mt-1"
            />
            <span>{o.name}</span>
          </label>
        ))}
      </div>
    </FieldSet>
  );
}

/** Each way of working with its indicative cost band and typical duration. */
export function ModesEditor({
  modes,
  currency,
  onChange,
  errors,
}: {
  modes: TeamDraft["modes"];
  /** The listing's currency: the cost bands are named in it. */
  currency: string;
  onChange: (m: TeamDraft["modes"]) => void;
  errors: FieldErrors;
}) {
  const enhanced = useEnhanced();
  const set = (code: string, patch: Partial<TeamDraft["modes"][string]>) =>
    onChange({ ...modes, [code]: { ...(modes[code] ?? { on: false, costBand: "", duration: "" }), ...patch } });
  return (
    <FieldSet
      id="team-modes"
      legend="Ways to work together"
      hint="Tick each way firms can work with the team, with what it indicatively costs and how long it usually takes."
      error={errors.engagementModes}
    >
      <div className="mt-2 space-y-3">
        {ENGAGEMENT_MODES.map((m) => {
          const v = modes[m.code] ?? { on: false, costBand: "", duration: "" };
          const costId = `mode-${m.code}-cost`;
          const durationId = `mode-${m.code}-duration`;
          const costError = errors[`mode:${m.code}:costBand`];
          const durationError = errors[`mode:${m.code}:duration`];
          return (
            <div key={m.code} className="rounded-md border border-slate-200 p-3">
              <label className="flex items-center gap-2 font-medium">
                <input
                  type="checkbox"
                  name={`mode:${m.code}`}
                  checked={v.on}
                  onChange={(e) => set(m.code, { on: e.target.checked })}
                />
                {m.name}
              </label>
              {(v.on || !enhanced) && (
                <div className="mt-2 grid gap-3 sm:grid-cols-2">
                  <div>
                    <label htmlFor={costId} className="text-sm">
                      Indicative cost for {m.name.toLowerCase()}
                    </label>
                    <select
                      id={costId}
                      name={`mode:${m.code}:costBand`}
                      value={v.costBand}
                      onChange={(e) => set(m.code, { costBand: e.target.value })}
                      className={inputClass}
                      aria-invalid={costError ? true : undefined}
                      aria-describedby={costError ? `${costId}-error` : undefined}
                    >
                      <option value="">Choose…</option>
                      {COST_BANDS.map((c) => (
                        <option key={c.code} value={c.code}>
                          {costBandIn(c.code, currency)}
                        </option>
                      ))}
                    </select>
                    <FieldError id={costId} error={costError} />
                  </div>
                  <div>
                    <label htmlFor={durationId} className="text-sm">
                      Typical duration for {m.name.toLowerCase()}
                    </label>
                    <select
                      id={durationId}
                      name={`mode:${m.code}:duration`}
                      value={v.duration}
                      onChange={(e) => set(m.code, { duration: e.target.value })}
                      className={inputClass}
                      aria-invalid={durationError ? true : undefined}
                      aria-describedby={durationError ? `${durationId}-error` : undefined}
                    >
                      <option value="">Choose…</option>
                      {DURATIONS.map((d) => (
                        <option key={d.code} value={d.code}>
                          {d.name}
                        </option>
                      ))}
                    </select>
                    <FieldError id={durationId} error={durationError} />
                  </div>
                </div>
              )}
            </div>
          );
        })}
      </div>
    </FieldSet>
  );
}

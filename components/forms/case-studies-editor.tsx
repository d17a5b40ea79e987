"use client";

import { COUNTRIES } from "@/lib/reference/countries";
import { PARTNER_KINDS } from "@/lib/reference/engagement";
import type { FieldErrors } from "@/lib/validation/form";
import { NEW_CASE_PREFIX } from "@/lib/validation/team-form";
import { describedBy, Field, FieldError } from "./field";
import { inputClass, secondaryButtonClass } from "./styles";
import { emptyCaseStudy, type CaseStudyDraft } from "@/lib/validation/listing-draft";
import { useEnhanced } from "@/components/hooks/use-enhanced";

type TextKey = "challenge" | "whatWasDone" | "outcome";
const TEXTS: { key: TextKey; label: string }[] = [
  { key: "challenge", label: "The challenge" },
  { key: "whatWasDone", label: "What the team did" },
  { key: "outcome", label: "The outcome" },
];

/**
 * Up to `max` case studies; slots are numbered in order, so errors line up with fields. Without
 * JavaScript there is no "Add" button, so one blank slot is always on offer (ignored if left
 * blank; once submitted it comes back as the next numbered slot).
 */
export function CaseStudiesEditor({
  items,
  onChange,
  errors,
  max,
}: {
  items: CaseStudyDraft[];
  onChange: (v: CaseStudyDraft[]) => void;
  errors: FieldErrors;
  max: number;
}) {
  const enhanced = useEnhanced();
  const update = (i: number, patch: Partial<CaseStudyDraft>) =>
    onChange(items.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  return (
    <section aria-labelledby="case-studies-heading" className="space-y-4">
      <h2 id="case-studies-heading" className="text-lg font-semibold">
        Case studies
      </h2>
      <p className="text-sm text-slate-600">
        Work with firms and others that shows an SME what to expect (up to {max}). Leave out confidential details.
      </p>
      <FieldError id="case-studies" error={errors.caseStudies} />
      {items.map((c, i) => {
        const p = `caseStudies.${i}`;
        const err = (k: string) => errors[`${p}.${k}`];
        const yearId = `cs-${c.key}-year`;
        return (
          <fieldset key={c.key} className="space-y-3 rounded-md border border-slate-200 p-4">
            <legend className="px-1 font-semibold">Case study {i + 1}</legend>
            <div className="grid gap-3 sm:grid-cols-3">
              <Field id={`cs-${c.key}-kind`} label="Partner" error={err("partnerKind")}>
                <select
                  id={`cs-${c.key}-kind`}
                  name={`${p}.partnerKind`}
                  value={c.partnerKind}
                  onChange={(e) => update(i, { partnerKind: e.target.value })}
                  className={inputClass}
                  aria-invalid={err("partnerKind") ? true : undefined}
                  aria-describedby={describedBy(`cs-${c.key}-kind`, undefined, err("partnerKind"))}
                >
                  <CodeOptions items={PARTNER_KINDS} />
                </select>
              </Field>
              <Field id={`cs-${c.key}-country`} label="Partner's country" optional error={err("partnerCountry")}>
                <select
                  id={`cs-${c.key}-country`}
                  name={`${p}.partnerCountry`}
                  value={c.partnerCountry}
                  onChange={(e) => update(i, { partnerCountry: e.target.value })}
                  className={inputClass}
                  aria-invalid={err("partnerCountry") ? true : undefined}
                  aria-describedby={describedBy(`cs-${c.key}-country`, undefined, err("partnerCountry"))}
                >
                  <option value="">Not stated</option>
                  <CodeOptions items={COUNTRIES} />
                </select>
              </Field>
              <Field id={yearId} label="Year" optional error={err("year")}>
                <input
                  id={yearId}
                  name={`${p}.year`}
                  inputMode="numeric"
                  maxLength={4}
                  value={c.year}
                  onChange={(e) => update(i, { year: e.target.value })}
                  className={inputClass}
                  aria-invalid={err("year") ? true : undefined}
                  aria-describedby={describedBy(yearId, undefined, err("year"))}
                />
              </Field>
            </div>
            {TEXTS.map(({ key, label }) => {
              const id = `cs-${c.key}-${key}`;
              return (
                <Field key={key} id={id} label={label} error={err(key)}>
                  <textarea
                    id={id}
                    name={`${p}.${key}`}
                    rows={2}
                    maxLength={1000}
                    value={c[key]}
                    onChange={(e) => update(i, { [key]: e.target.value })}
                    className={inputClass}
                    aria-invalid={err(key) ? true : undefined}
                    aria-describedby={describedBy(id, undefined, err(key))}
                  />
                </Field>
              );
            })}
            <button
              type="button"
              className={secondaryButtonClass}
              onClick={() => onChange(items.filter((_, j) => j !== i))}
            >
              Remove case study {i + 1}
            </button>
          </fieldset>
        );
      })}
      {!enhanced && items.length < max && <BlankCaseStudy number={items.length + 1} />}
      {enhanced && items.length < max && (
        <button
          type="button"
          className={secondaryButtonClass}
          onClick={() => onChange([...items, emptyCaseStudy(Math.max(-1, ...items.map((c) => c.key)) + 1)])}
        >
          Add a case study
        </button>
      )}
    </section>
  );
}

/** A select's choices from a reference list. */
function CodeOptions({ items }: { items: readonly { code: string; name: string }[] }) {
  return items.map((k) => (
    <option key={k.code} value={k.code}>
      {k.name}
    </option>
  ));
}

/** The plain-HTML slot for one more case study (uncontrolled: it only exists without JavaScript). */
function BlankCaseStudy({ number }: { number: number }) {
  const id = (k: string) => `cs-new-${k}`;
  const name = (k: string) => `${NEW_CASE_PREFIX}.${k}`;
  return (
    <fieldset className="space-y-3 rounded-md border border-dashed border-slate-300 p-4">
      <legend className="px-1 font-semibold">Case study {number} (optional)</legend>
      <p className="text-sm text-slate-600">Leave blank if you have no further case study.</p>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id={id("kind")} label="Partner">
          <select id={id("kind")} name={name("partnerKind")} defaultValue="sme" className={inputClass}>
            <CodeOptions items={PARTNER_KINDS} />
          </select>
        </Field>
        <Field id={id("country")} label="Partner's country" optional>
          <select id={id("country")} name={name("partnerCountry")} defaultValue="" className={inputClass}>
            <option value="">Not stated</option>
            <CodeOptions items={COUNTRIES} />
          </select>
        </Field>
        <Field id={id("year")} label="Year" optional>
          <input
            id={id("year")}
            name={name("year")}
            inputMode="numeric"
            maxLength={4}
            defaultValue=""
            className={inputClass}
          />
        </Field>
      </div>
      {TEXTS.map(({ key, label }) => (
        <Field key={key} id={id(key)} label={label}>
          <textarea id={id(key)} name={name(key)} rows={2} maxLength={1000} defaultValue="" className={inputClass} />
        </Field>
      ))}
    </fieldset>
  );
}

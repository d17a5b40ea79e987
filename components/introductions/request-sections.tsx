"use client";

// What the introduction form (a team's page) and the "find me a team" form (/contact) share: the
// form's frame (one send per idempotency key, the error summary, fields re-created with what was
// sent, the honeypot), the "Your need" fieldset and the firm's details.
import type { ReactNode } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import {
  fieldId,
  Honeypot,
  LongTextField,
  RadioField,
  SelectField,
  TextField,
  type FieldContext,
  type KeptState,
  type Option,
} from "./request-fields";

export interface RequestOptions {
  knowledgeTypes: (Option & { hint: string })[];
  budgets: Option[];
  timelines: Option[];
  languages: Option[];
  sizes: Option[];
  countries: Option[];
  sectors: Option[];
}

export function RequestFormFrame({
  label,
  state,
  formAction,
  ctx,
  hidden,
  submitLabel,
  pendingLabel,
  children,
}: {
  label: string;
  state: KeptState;
  formAction: (fd: FormData) => void;
  ctx: FieldContext;
  /** Sent with the form; the idempotency key among them. */
  hidden: Record<string, string>;
  submitLabel: string;
  pendingLabel: string;
  children: ReactNode;
}) {
  return (
    <form action={formAction} aria-label={label} className="space-y-6" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {/* Keyed by the attempt: every answer re-creates the fields with what was sent. */}
      <div key={state.attempt} className="space-y-6">
        <FormMessage state={state} idFor={(name) => fieldId(ctx, name)} />
        {children}
      </div>
      <Honeypot />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingLabel={pendingLabel}>{submitLabel}</SubmitButton>
        <p className="text-sm text-slate-600">It is sent once, even if you press twice.</p>
      </div>
    </form>
  );
}

/** The need in the firm's words and the terms around it. */
export function NeedFieldset({
  ctx,
  options,
  limits,
  hintNote = "",
  optionalTerms = false,
}: {
  ctx: FieldContext;
  options: RequestOptions;
  limits: { needMin: number; needMax: number };
  /** Added to the need's hint. */
  hintNote?: string;
  /** Knowledge type, budget and timeline may be left out. */
  optionalTerms?: boolean;
}) {
  const range = `${limits.needMin.toLocaleString("en-GB")}–${limits.needMax.toLocaleString("en-GB")} characters`;
  return (
    <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      <legend className="px-1 text-lg font-semibold">Your need</legend>
      <LongTextField
        ctx={ctx}
        name="need"
        label="What do you need, in plain words?"
        hint={`${range}. The problem, what you have tried, and what a good outcome looks like.${hintNote}`}
        max={limits.needMax}
        rows={7}
      />
      <RadioField
        ctx={ctx}
        name="knowledgeType"
        legend="What kind of knowledge do you want?"
        options={options.knowledgeTypes}
        optional={optionalTerms}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          ctx={ctx}
          label="Budget band"
          name="budgetBand"
          options={options.budgets}
          placeholder={optionalTerms ? "Not stated" : "Choose a band"}
          optional={optionalTerms}
        />
        <SelectField
          ctx={ctx}
          label="Timeline"
          name="timeline"
          options={options.timelines}
          placeholder={optionalTerms ? "Not stated" : "Choose a timeline"}
          optional={optionalTerms}
        />
        <SelectField
          ctx={ctx}
          label="Preferred language"
          name="preferredLanguage"
          options={options.languages}
          placeholder="Choose a language"
        />
      </div>
    </fieldset>
  );
}

/** Who the firm is: name, size, country and sector. */
export function CompanyFields({ ctx, options }: { ctx: FieldContext; options: RequestOptions }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField ctx={ctx} name="companyName" label="Company name" max={200} autoComplete="organization" />
      <SelectField
        ctx={ctx}
        label="Company size"
        name="companySize"
        options={options.sizes}
        placeholder="Choose a size"
      />
      <SelectField
        ctx={ctx}
        label="Country"
        name="companyCountry"
        options={options.countries}
        placeholder="Choose a country"
      />
      <SelectField
        ctx={ctx}
        label="Sector"
        name="companySector"
        options={options.sectors}
        placeholder="Choose a sector"
      />
    </div>
  );
}

"use client";

import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormState } from "@/lib/form-state";
import {
  ConsentField,
  fieldId,
  Honeypot,
  LongTextField,
  RadioField,
  SelectField,
  TextField,
  useKeptState,
  type FieldContext,
  type Option,
} from "./request-fields";

export type { Option };

export interface RequestFormProps {
  action: (prev: FormState, fd: FormData) => Promise<FormState>;
  teamSlug: string;
  teamName: string;
  idempotencyKey: string;
  defaults: Record<string, string>;
  options: {
    knowledgeTypes: (Option & { hint: string })[];
    budgets: Option[];
    timelines: Option[];
    languages: Option[];
    sizes: Option[];
    countries: Option[];
    sectors: Option[];
  };
  limits: { needMin: number; needMax: number; descriptionMax: number };
}

const PREFIX = "request";

export function RequestForm({
  action,
  teamSlug,
  teamName,
  idempotencyKey,
  defaults,
  options,
  limits,
}: RequestFormProps) {
  const [state, formAction] = useKeptState(action);
  const ctx: FieldContext = { prefix: PREFIX, state, defaults };
  return (
    <form action={formAction} aria-label={`Request an introduction to ${teamName}`} className="space-y-6" noValidate>
      <input type="hidden" name="teamSlug" value={teamSlug} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {/* Keyed by the attempt: every answer re-creates the fields with what was sent. */}
      <div key={state.attempt} className="space-y-6">
        <FormMessage state={state} idFor={(name) => fieldId(ctx, name)} />

        <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
          <legend className="px-1 text-lg font-semibold">Your need</legend>
          <LongTextField
            ctx={ctx}
            name="need"
            label="What do you need, in plain words?"
            hint={`${limits.needMin.toLocaleString("en-GB")}–${limits.needMax.toLocaleString("en-GB")} characters. The problem, what you have tried, and what a good outcome looks like.`}
            max={limits.needMax}
            rows={7}
          />
          <RadioField
            ctx={ctx}
            name="knowledgeType"
            legend="What kind of knowledge do you want?"
            options={options.knowledgeTypes}
          />
          <div className="grid gap-4 sm:grid-cols-3">
            <SelectField
              ctx={ctx}
              label="Budget band"
              name="budgetBand"
              options={options.budgets}
              placeholder="Choose a band"
            />
            <SelectField
              ctx={ctx}
              label="Timeline"
              name="timeline"
              options={options.timelines}
              placeholder="Choose a timeline"
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

        <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
          <legend className="px-1 text-lg font-semibold">Your firm</legend>
          <p className="text-sm text-slate-600">
            Filled in from your profile; changes here apply to this request only.
          </p>
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
          <LongTextField
            ctx={ctx}
            name="companyDescription"
            label="What your firm does"
            hint={`Up to ${limits.descriptionMax.toLocaleString("en-GB")} characters.`}
            max={limits.descriptionMax}
            rows={3}
          />
        </fieldset>

        <ConsentField ctx={ctx} name="consentShareContact">
          I agree that Expertise Atlas shares my name, e-mail address and the firm&apos;s details above with the team
          (and the broker who passes the request on), so they can answer me.
        </ConsentField>
      </div>

      <Honeypot />

      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingLabel="Sending your request…">Send the request</SubmitButton>
        <p className="text-sm text-slate-600">It is sent once, even if you press twice.</p>
      </div>
    </form>
  );
}

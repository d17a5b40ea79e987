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

export interface NeedFormProps {
  action: (prev: FormState, fd: FormData) => Promise<FormState>;
  idempotencyKey: string;
  /** Signed out: the form asks for a name and an e-mail address. */
  guest: boolean;
  /** Signed in: the account's address, shown so the firm knows where we will write. */
  accountEmail: string | null;
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
  limits: { needMin: number; needMax: number };
}

const PREFIX = "contact";

/** "Ask a curator to find a team for this need": the need once, and who the firm is. */
export function NeedForm({ action, idempotencyKey, guest, accountEmail, defaults, options, limits }: NeedFormProps) {
  const [state, formAction] = useKeptState(action);
  const ctx: FieldContext = { prefix: PREFIX, state, defaults };
  return (
    <form action={formAction} aria-label="Ask a curator to find a team" className="space-y-6" noValidate>
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <div key={state.attempt} className="space-y-6">
        <FormMessage state={state} idFor={(name) => fieldId(ctx, name)} />
        <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
          <legend className="px-1 text-lg font-semibold">Your need</legend>
          <LongTextField
            ctx={ctx}
            name="need"
            label="What do you need, in plain words?"
            hint={`${limits.needMin.toLocaleString("en-GB")}–${limits.needMax.toLocaleString("en-GB")} characters. The problem, what you have tried, and what a good outcome looks like. No confidential details: a broker and the teams they suggest will read it.`}
            max={limits.needMax}
            rows={7}
          />
          <RadioField
            ctx={ctx}
            name="knowledgeType"
            legend="What kind of knowledge do you want?"
            options={options.knowledgeTypes}
            optional
          />
          <div className="grid gap-4 sm:grid-cols-3">
            <SelectField
              ctx={ctx}
              label="Budget band"
              name="budgetBand"
              options={options.budgets}
              placeholder="Not stated"
              optional
            />
            <SelectField
              ctx={ctx}
              label="Timeline"
              name="timeline"
              options={options.timelines}
              placeholder="Not stated"
              optional
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
          {guest ? (
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField ctx={ctx} name="contactName" label="Your name" max={200} autoComplete="name" />
              <TextField
                ctx={ctx}
                name="contactEmail"
                label="E-mail address"
                type="email"
                max={254}
                autoComplete="email"
                hint="We send the acknowledgement and the suggested teams here."
              />
            </div>
          ) : (
            <p className="text-sm text-slate-700">
              We will write to {accountEmail ?? "your account's address"}, and you can follow the request in My
              introductions.
            </p>
          )}
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
        </fieldset>

        <ConsentField ctx={ctx} name="consentShareContact">
          I agree that Expertise Atlas shares my name, e-mail address and the firm&apos;s details above with the
          intermediary who looks for teams for me, so they can answer me.
        </ConsentField>
      </div>
      <Honeypot />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingLabel="Sending…">Send to a curator</SubmitButton>
        <p className="text-sm text-slate-600">It is sent once, even if you press twice.</p>
      </div>
    </form>
  );
}

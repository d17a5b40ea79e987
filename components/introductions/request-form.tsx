"use client";

import type { FormState } from "@/lib/form-state";
import { ConsentField, LongTextField, useKeptState, type FieldContext, type Option } from "./request-fields";
import { CompanyFields, NeedFieldset, RequestFormFrame, type RequestOptions } from "./request-sections";

export type { Option };

export interface RequestFormProps {
  action: (prev: FormState, fd: FormData) => Promise<FormState>;
  teamSlug: string;
  teamName: string;
  idempotencyKey: string;
  defaults: Record<string, string>;
  options: RequestOptions;
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
    <RequestFormFrame
      label={`Request an introduction to ${teamName}`}
      state={state}
      formAction={formAction}
      ctx={ctx}
      hidden={{ teamSlug, idempotencyKey }}
      submitLabel="Send the request"
      pendingLabel="Sending your request…"
    >
      <NeedFieldset ctx={ctx} options={options} limits={limits} />
      <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
        <legend className="px-1 text-lg font-semibold">Your firm</legend>
        <p className="text-sm text-slate-600">Filled in from your profile; changes here apply to this request only.</p>
        <CompanyFields ctx={ctx} options={options} />
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
        I agree that Expertise Atlas shares my name, e-mail address and the firm&apos;s details above with the team (and
        the broker who passes the request on), so they can answer me.
      </ConsentField>
    </RequestFormFrame>
  );
}

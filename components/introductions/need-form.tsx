"use client";

import type { FormState } from "@/lib/form-state";
import { ConsentField, TextField, useKeptState, type FieldContext } from "./request-fields";
import { CompanyFields, NeedFieldset, RequestFormFrame, type RequestOptions } from "./request-sections";

export interface NeedFormProps {
  action: (prev: FormState, fd: FormData) => Promise<FormState>;
  idempotencyKey: string;
  /** Signed out: the form asks for a name and an e-mail address. */
  guest: boolean;
  /** Signed in: the account's address, shown so the firm knows where we will write. */
  accountEmail: string | null;
  defaults: Record<string, string>;
  options: RequestOptions;
  limits: { needMin: number; needMax: number };
}

const PREFIX = "contact";

/** "Ask a curator to find a team for this need": the need once, and who the firm is. */
export function NeedForm({ action, idempotencyKey, guest, accountEmail, defaults, options, limits }: NeedFormProps) {
  const [state, formAction] = useKeptState(action);
  const ctx: FieldContext = { prefix: PREFIX, state, defaults };
  return (
    <RequestFormFrame
      label="Ask a curator to find a team"
      state={state}
      formAction={formAction}
      ctx={ctx}
      hidden={{ idempotencyKey }}
      submitLabel="Send to a curator"
      pendingLabel="Sending…"
    >
      <NeedFieldset
        ctx={ctx}
        options={options}
        limits={limits}
        hintNote=" No confidential details: a broker and the teams they suggest will read it."
        optionalTerms
      />
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
        <CompanyFields ctx={ctx} options={options} />
      </fieldset>
      <ConsentField ctx={ctx} name="consentShareContact">
        I agree that Expertise Atlas shares my name, e-mail address and the firm&apos;s details above with the
        intermediary who looks for teams for me, so they can answer me.
      </ConsentField>
    </RequestFormFrame>
  );
}

"use client";

import { useActionState, useId } from "react";
import { IDLE, type FormState } from "@/lib/introductions/form-state";
import { SubmitButton } from "@/components/forms/submit-button";

export interface Option {
  code: string;
  name: string;
}

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

const input = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm";

function useField(state: FormState, defaults: Record<string, string>, name: string) {
  const id = useId();
  const error = state.fields?.[name];
  return {
    id,
    error,
    props: {
      id,
      name,
      defaultValue: (state.status === "error" ? state.values?.[name] : undefined) ?? defaults[name] ?? "",
      "aria-invalid": error ? (true as const) : undefined,
      "aria-describedby": error ? `${id}-error` : undefined,
    },
  };
}

function ErrorText({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={`${id}-error`} className="mt-1 text-sm text-rose-800">
      {error}
    </p>
  ) : null;
}

function Select({
  label,
  name,
  options,
  state,
  defaults,
  placeholder,
}: {
  label: string;
  name: string;
  options: Option[];
  state: FormState;
  defaults: Record<string, string>;
  placeholder: string;
}) {
  const f = useField(state, defaults, name);
  return (
    <div>
      <label htmlFor={f.id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select {...f.props} required className={input}>
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.code} value={o.code}>
            {o.name}
          </option>
        ))}
      </select>
      <ErrorText id={f.id} error={f.error} />
    </div>
  );
}

export function RequestForm({
  action,
  teamSlug,
  teamName,
  idempotencyKey,
  defaults,
  options,
  limits,
}: RequestFormProps) {
  const [state, formAction] = useActionState(action, IDLE);
  const need = useField(state, defaults, "need");
  const description = useField(state, defaults, "companyDescription");
  const company = useField(state, defaults, "companyName");
  const consentId = useId();
  const consentError = state.fields?.consentShareContact;
  const kind = state.status === "error" ? state.values?.knowledgeType : defaults.knowledgeType;
  return (
    <form action={formAction} aria-label={`Request an introduction to ${teamName}`} className="space-y-6" noValidate>
      <input type="hidden" name="teamSlug" value={teamSlug} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {state.status === "error" && (
        <p role="alert" className="rounded-md border border-rose-300 bg-rose-50 px-4 py-3 text-sm text-rose-900">
          {state.message}
        </p>
      )}

      <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
        <legend className="px-1 text-lg font-semibold">Your need</legend>
        <div>
          <label htmlFor={need.id} className="block text-sm font-medium text-slate-800">
            What do you need, in plain words?
          </label>
          <p id={`${need.id}-hint`} className="text-xs text-slate-600">
            {limits.needMin}–{limits.needMax} characters. The problem, what you have tried, and what a good outcome
            looks like.
          </p>
          <textarea
            {...need.props}
            aria-describedby={[`${need.id}-hint`, need.error ? `${need.id}-error` : ""].filter(Boolean).join(" ")}
            rows={7}
            required
            minLength={limits.needMin}
            maxLength={limits.needMax}
            className={input}
          />
          <ErrorText id={need.id} error={need.error} />
        </div>
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">What kind of knowledge do you want?</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {options.knowledgeTypes.map((k) => (
              <label key={k.code} className="flex gap-2 rounded-md border border-slate-200 p-2 text-sm">
                <input type="radio" name="knowledgeType" value={k.code} defaultChecked={kind === k.code} required />
                <span>
                  <span className="font-medium">{k.name}</span>
                  <span className="block text-xs text-slate-600">{k.hint}</span>
                </span>
              </label>
            ))}
          </div>
          {state.fields?.knowledgeType && <p className="mt-1 text-sm text-rose-800">{state.fields.knowledgeType}</p>}
        </fieldset>
        <div className="grid gap-4 sm:grid-cols-3">
          <Select
            label="Budget band"
            name="budgetBand"
            options={options.budgets}
            state={state}
            defaults={defaults}
            placeholder="Choose a band"
          />
          <Select
            label="Timeline"
            name="timeline"
            options={options.timelines}
            state={state}
            defaults={defaults}
            placeholder="Choose a timeline"
          />
          <Select
            label="Preferred language"
            name="preferredLanguage"
            options={options.languages}
            state={state}
            defaults={defaults}
            placeholder="Choose a language"
          />
        </div>
      </fieldset>

      <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
        <legend className="px-1 text-lg font-semibold">Your firm</legend>
        <p className="text-sm text-slate-600">Filled in from your profile; changes here apply to this request only.</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor={company.id} className="block text-sm font-medium text-slate-800">
              Company name
            </label>
            <input
              {...company.props}
              type="text"
              required
              maxLength={200}
              autoComplete="organization"
              className={input}
            />
            <ErrorText id={company.id} error={company.error} />
          </div>
          <Select
            label="Company size"
            name="companySize"
            options={options.sizes}
            state={state}
            defaults={defaults}
            placeholder="Choose a size"
          />
          <Select
            label="Country"
            name="companyCountry"
            options={options.countries}
            state={state}
            defaults={defaults}
            placeholder="Choose a country"
          />
          <Select
            label="Sector"
            name="companySector"
            options={options.sectors}
            state={state}
            defaults={defaults}
            placeholder="Choose a sector"
          />
        </div>
        <div>
          <label htmlFor={description.id} className="block text-sm font-medium text-slate-800">
            What your firm does
          </label>
          <textarea {...description.props} rows={3} required maxLength={limits.descriptionMax} className={input} />
          <ErrorText id={description.id} error={description.error} />
        </div>
      </fieldset>

      <div className="rounded-lg border border-slate-200 bg-white p-5">
        <div className="flex gap-3">
          <input
            id={consentId}
            type="checkbox"
            name="consentShareContact"
            required
            defaultChecked={state.status === "error" && state.values?.consentShareContact === "on"}
            aria-invalid={consentError ? true : undefined}
            aria-describedby={consentError ? `${consentId}-error` : undefined}
            className="mt-1"
          />
          <label htmlFor={consentId} className="text-sm">
            I agree that Expertise Atlas shares my name, e-mail address and the firm's details above with the team (and
            the broker who passes the request on), so they can answer me.
          </label>
        </div>
        <ErrorText id={consentId} error={consentError} />
      </div>

      {/* Robots fill every field; people never see this one. */}
      <div
        aria-hidden="true"
        style={{ position: "absolute", left: "-10000px", width: 1, height: 1, overflow: "hidden" }}
      >
        <label>
          Leave empty
          <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>

      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingLabel="Sending your request…">Send the request</SubmitButton>
        <p className="text-sm text-slate-600">It is sent once, even if you press twice.</p>
      </div>
    </form>
  );
}

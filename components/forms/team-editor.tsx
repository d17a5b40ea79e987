"use client";

// The listing editor: every field of a team listing, errors beside each field, and a live preview
// of the public profile. The form is controlled, so nothing typed is lost when the server says no
// (validation, or someone else saved first). Without JavaScript the form posts as plain HTML and
// the server's answer carries the submitted draft, which the re-rendered form starts from.
import { startTransition, useActionState, useState } from "react";
import { TeamCard } from "@/components/team-card";
import { TeamProfileView } from "@/components/team-profile-view";
import { IDLE } from "@/lib/form-state";
import { LANGUAGES } from "@/lib/reference/countries";
import { CURRENCY_CODES, currencyName, defaultCurrencyFor } from "@/lib/reference/currency";
import { AVAILABILITY, KNOWLEDGE_TYPES } from "@/lib/reference/engagement";
import { FIELDS, MAJOR_FIELDS } from "@/lib/reference/fields";
import { SECTORS } from "@/lib/reference/sectors";
import { TEAM_LIMITS } from "@/lib/validation/team";
import { CaseStudiesEditor } from "./case-studies-editor";
import { describedBy, Field, FieldSet } from "./field";
import { FormMessage } from "./form-message";
import { buttonClass, inputClass } from "./styles";
import { CheckboxGrid, CodePicker, KeywordPicker, ModesEditor } from "./team-editor-parts";
import type { TeamDraft, TeamFormState } from "@/lib/validation/listing-draft";
import { previewProfile, type PreviewInstitution } from "./team-preview";

type Action = (state: TeamFormState, fd: FormData) => Promise<TeamFormState>;

interface Props {
  action: Action;
  initial: TeamDraft;
  institution: PreviewInstitution;
  /** Hidden fields the action needs (slug and version when editing, institution when creating). */
  hidden: Record<string, string>;
  keywordSuggestions: readonly string[];
  submitLabel: string;
  /** Shown above the form, e.g. "Changing the name, summary or keywords sends it back to review". */
  notice?: string;
}

const GROUP_IDS: Record<string, string> = {
  fields: "team-fields",
  knowledgeTypes: "team-knowledge",
  sectors: "team-sectors",
  languages: "team-languages",
  availability: "team-availability",
  engagementModes: "team-modes",
};

/** The id of a field's control (or its group's fieldset), for the error summary's links. */
function teamFieldId(key: string): string {
  const head = key.split(".")[0]!;
  return GROUP_IDS[head] ?? `team-${head}`;
}

export function TeamEditor({ action, initial, institution, hidden, keywordSuggestions, submitLabel, notice }: Props) {
  const [state, formAction, pending] = useActionState<TeamFormState, FormData>(action, IDLE);
  // After a plain-HTML post that failed, the page is new and the answer holds what was sent.
  const [draft, setDraft] = useState(() => state.draft ?? initial);
  const errors = state.fields ?? {};
  const currency = draft.currency || defaultCurrencyFor(institution.countryCode);
  const set =
    <K extends keyof TeamDraft>(key: K) =>
    (value: TeamDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const text = (
    key: "name" | "summary" | "description" | "facilities" | "leadName" | "leadOrcid" | "website" | "contactEmail",
    label: string,
    opts: { hint?: string; optional?: boolean; max: number; area?: number; type?: string; autoComplete?: string },
  ) => {
    const id = `team-${key}`;
    const common = {
      id,
      name: key,
      value: draft[key],
      maxLength: opts.max,
      className: inputClass,
      "aria-invalid": errors[key] ? true : undefined,
      "aria-describedby": describedBy(id, opts.hint, errors[key]),
    };
    return (
      <Field id={id} label={label} hint={opts.hint} error={errors[key]} optional={opts.optional}>
        {opts.area ? (
          <textarea {...common} rows={opts.area} onChange={(e) => set(key)(e.target.value)} />
        ) : (
          <input
            {...common}
            type={opts.type ?? "text"}
            autoComplete={opts.autoComplete ?? "off"}
            onChange={(e) => set(key)(e.target.value)}
          />
        )}
      </Field>
    );
  };

  return (
    <div className="grid gap-8 xl:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <form
        noValidate
        className="space-y-6"
        // Without JavaScript the form still posts to the server action (never a GET with the
        // listing in the URL). With it, onSubmit takes over: React's own form action would reset
        // the form afterwards, while here the draft stays exactly as typed whatever the answer.
        action={formAction}
        onSubmit={(e) => {
          e.preventDefault();
          const fd = new FormData(e.currentTarget);
          startTransition(() => formAction(fd));
        }}
      >
        {Object.entries(hidden).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        {notice && (
          <p className="rounded-md border border-sky-300 bg-sky-50 px-4 py-3 text-sm text-sky-950">{notice}</p>
        )}
        <FormMessage state={state} idFor={teamFieldId} />
        {text("name", "Team name", { max: 150, hint: 'The name SMEs will see, e.g. "Advanced Composites Group".' })}
        {text("summary", "Summary", {
          max: 600,
          area: 4,
          hint: "One paragraph in plain words: what problems you help firms with (30–600 characters).",
        })}
        <p className="-mt-4 text-right text-xs text-slate-600" aria-live="polite">
          {draft.summary.length}/600
        </p>
        {text("description", "Description", {
          max: 5000,
          area: 8,
          optional: true,
          hint: "More detail: methods, typical projects. Separate paragraphs with a blank line.",
        })}
        <KeywordPicker
          values={draft.keywords}
          onChange={set("keywords")}
          suggestions={keywordSuggestions}
          error={errors.keywords}
          max={TEAM_LIMITS.keywords}
        />
        <FieldSet
          id="team-fields"
          legend="Fields of science"
          hint={`OECD Fields of Science; choose up to ${TEAM_LIMITS.fields}.`}
          error={errors.fields}
        >
          <div className="mt-2 space-y-3">
            {MAJOR_FIELDS.map((major) => (
              <div key={major.code}>
                <p className="text-sm font-semibold text-slate-700">{major.name}</p>
                <div className="grid gap-x-4 gap-y-1 sm:grid-cols-2">
                  {FIELDS.filter((f) => f.parent === major.code).map((f) => (
                    <label key={f.code} className="flex items-start gap-2 text-sm">
                      <input
                        type="checkbox"
                        name="fields"
                        value={f.code}
                        className="mt-1"
                        checked={draft.fields.includes(f.code)}
                        onChange={(e) =>
                          set("fields")(
                            e.target.checked ? [...draft.fields, f.code] : draft.fields.filter((x) => x !== f.code),
                          )
                        }
                      />
                      <span>{f.name}</span>
                    </label>
                  ))}
                </div>
              </div>
            ))}
          </div>
        </FieldSet>
        <CheckboxGrid
          id="team-knowledge"
          name="knowledgeTypes"
          legend="Kinds of knowledge you offer"
          options={KNOWLEDGE_TYPES}
          values={draft.knowledgeTypes}
          onChange={set("knowledgeTypes")}
          error={errors.knowledgeTypes}
        />
        <CheckboxGrid
          id="team-sectors"
          name="sectors"
          legend="Sectors you serve"
          hint="UK SIC 2007 sections. Leave empty if you work across all sectors."
          options={SECTORS.map((s) => ({ code: s.code, name: `${s.code} — ${s.name}` }))}
          values={draft.sectors}
          onChange={set("sectors")}
          error={errors.sectors}
          columns=""
        />
        <Field
          id="team-currency"
          label="Currency of the indicative costs"
          hint="The costs below are stated in it; it starts as your institution's country's currency."
          error={errors.currency}
        >
          <select
            id="team-currency"
            name="currency"
            value={currency}
            onChange={(e) => set("currency")(e.target.value)}
            className={inputClass}
            aria-invalid={errors.currency ? true : undefined}
            aria-describedby={describedBy("team-currency", true, errors.currency)}
          >
            {CURRENCY_CODES.map((c) => (
              <option key={c} value={c}>
                {c} — {currencyName(c)}
              </option>
            ))}
          </select>
        </Field>
        <ModesEditor modes={draft.modes} currency={currency} onChange={set("modes")} errors={errors} />
        {text("facilities", "Facilities", {
          max: 5000,
          area: 3,
          optional: true,
          hint: "Named equipment or labs firms can use, one per line.",
        })}
        <CodePicker
          id="team-languages"
          name="languages"
          label="Languages"
          hint="Languages the team can work with a firm in."
          options={LANGUAGES}
          values={draft.languages}
          onChange={set("languages")}
          error={errors.languages}
        />
        <FieldSet id="team-availability" legend="Availability" error={errors.availability}>
          <div className="mt-2 space-y-1">
            {AVAILABILITY.map((a) => (
              <label key={a.code} className="flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name="availability"
                  value={a.code}
                  checked={draft.availability === a.code}
                  onChange={() => set("availability")(a.code)}
                />
                {a.name}
              </label>
            ))}
          </div>
        </FieldSet>
        <div className="grid gap-4 sm:grid-cols-2">
          {text("leadName", "Team lead", { max: 120, optional: true, autoComplete: "off" })}
          {text("leadOrcid", "Lead's ORCID iD", { max: 60, optional: true, hint: "e.g. 0000-0002-1825-0097" })}
        </div>
        {text("website", "Team website", {
          max: 500,
          optional: true,
          type: "url",
          hint: "Starting with https:// or http://",
        })}
        {text("contactEmail", "Contact e-mail", {
          max: 254,
          type: "email",
          hint: "Never shown publicly; used to pass on introductions.",
        })}
        <CaseStudiesEditor
          items={draft.caseStudies}
          onChange={set("caseStudies")}
          errors={errors}
          max={TEAM_LIMITS.caseStudies}
        />
        <div className="flex items-center gap-3">
          <button type="submit" className={buttonClass} disabled={pending} aria-disabled={pending}>
            {pending ? "Saving…" : submitLabel}
          </button>
        </div>
      </form>

      <section
        aria-labelledby="preview-heading"
        className="space-y-4 xl:sticky xl:top-4 xl:max-h-[calc(100vh-2rem)] xl:self-start xl:overflow-y-auto"
      >
        <h2 id="preview-heading" className="text-lg font-semibold">
          Live preview
        </h2>
        <p className="text-sm text-slate-600">As it will appear in search results and on its public page.</p>
        <div className="rounded-lg border-2 border-dashed border-slate-300 bg-slate-50 p-4">
          <TeamCard team={previewProfile(draft, institution)} />
        </div>
        <div className="rounded-lg border-2 border-dashed border-slate-300 bg-slate-50 p-4">
          <TeamProfileView team={previewProfile(draft, institution)} />
        </div>
      </section>
    </div>
  );
}

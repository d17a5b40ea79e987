"use client";

import { useActionState, useId } from "react";
import { IDLE, type FormState } from "@/lib/form-state";
import { InlineFormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";

interface Option {
  code: string;
  name: string;
}

/** Countries (a multiple-choice list) and sectors (checkboxes) an intermediary covers. */
export function CoverageForm({
  action,
  intermediary,
  countries,
  sectors,
}: {
  action: (prev: FormState, fd: FormData) => Promise<FormState>;
  intermediary: { id: number; name: string; regions: string[]; sectors: string[] };
  countries: Option[];
  sectors: Option[];
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const id = useId();
  return (
    <form action={formAction} aria-label={`What ${intermediary.name} covers`} className="space-y-4">
      <input type="hidden" name="intermediaryId" value={intermediary.id} />
      <div>
        <label htmlFor={`${id}-regions`} className="block text-sm font-medium">
          Countries covered
        </label>
        <p id={`${id}-regions-hint`} className="text-xs text-slate-600">
          Requests to teams in these countries, or from firms based in them, come to your queue. Hold Ctrl (or ⌘) to
          choose several.
        </p>
        <select
          id={`${id}-regions`}
          name="regions"
          multiple
          size={10}
          defaultValue={intermediary.regions}
          aria-describedby={`${id}-regions-hint`}
          className="mt-1 block w-full max-w-md rounded-md border border-slate-400 bg-white px-2 py-1 text-sm"
        >
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name} ({c.code})
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend className="text-sm font-medium">Sectors covered (UK SIC 2007 sections)</legend>
        <p className="text-xs text-slate-600">
          Requests from firms in these sectors come to your queue, wherever they are.
        </p>
        <div className="mt-2 grid gap-1 sm:grid-cols-2">
          {sectors.map((s) => (
            <label key={s.code} className="flex gap-2 text-sm">
              <input
                type="checkbox"
                name="sectors"
                value={s.code}
                defaultChecked={intermediary.sectors.includes(s.code)}
              />
              <span>
                {s.code} — {s.name}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel="Saving…">Save coverage</SubmitButton>
        <InlineFormMessage state={state} />
      </div>
    </form>
  );
}

"use client";

// Choosing an institution by typing part of its name, an alias or acronym, its city, its country
// or its ROR id. Without JavaScript it is a GET form: the page lists the matches as links, each
// of which chooses one. With JavaScript the text field becomes an ARIA 1.2 combobox offering
// matches from /api/institutions as you type (arrow keys to move, Enter to choose, Escape to
// close; see components/hooks/use-combobox.ts); choosing follows the same link.
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { useCombobox } from "@/components/hooks/use-combobox";
import { describedBy } from "./field";
import { place, ResultList, type PickerInstitution } from "./institution-results";
import { hintClass, inputClass, labelClass, secondaryButtonClass } from "./styles";

export type { PickerInstitution };

interface Props {
  label: string;
  hint?: string;
  /** The page the GET form and the choice links go to. */
  path: string;
  /** The query parameter that names the chosen institution (its slug). */
  chooseParam: string;
  /** What was searched for (the page's `q`) and what the server found; null before any search. */
  query: string;
  results: readonly PickerInstitution[] | null;
  submitLabel?: string;
  /** Heading level of the server's result list, to fit the page's outline. */
  resultsLevel?: 2 | 3;
  /** More controls for the same GET form (e.g. a filter). */
  children?: ReactNode;
}

export function InstitutionPicker({
  label,
  hint,
  path,
  chooseParam,
  query,
  results,
  submitLabel = "Find",
  resultsLevel = 2,
  children,
}: Props) {
  const router = useRouter();
  const hrefOf = (slug: string) => `${path}?${new URLSearchParams({ [chooseParam]: slug }).toString()}`;
  const combo = useCombobox<PickerInstitution>({
    defaultValue: query,
    delayMs: 150,
    openWhenEmpty: true,
    fetchOptions: async (q, signal) => {
      const res = await fetch(`/api/institutions?q=${encodeURIComponent(q)}`, { signal });
      if (!res.ok) return null;
      const body = (await res.json()) as { institutions?: PickerInstitution[] };
      return body.institutions ?? [];
    },
    onChoose: (i, { setValue }) => {
      setValue(i.name);
      router.push(hrefOf(i.slug));
    },
  });
  const { enhanced, open, active, options: items, inputId } = combo;

  return (
    <div className="space-y-4">
      <form method="get" action={path} role="search" aria-label={`${label}: search`} className="space-y-3">
        <div className="relative">
          <label htmlFor={inputId} className={labelClass}>
            {label}
          </label>
          {hint && (
            <p id={`${inputId}-hint`} className={hintClass}>
              {hint}
            </p>
          )}
          <div className="flex gap-2">
            <input
              name="q"
              type="search"
              maxLength={100}
              aria-describedby={describedBy(inputId, hint)}
              className={inputClass}
              {...combo.inputProps}
            />
            <button type="submit" className={`${secondaryButtonClass} mt-1 shrink-0`}>
              {submitLabel}
            </button>
          </div>
          {enhanced && (
            <ul
              {...combo.listProps}
              aria-label="Matching institutions"
              className="absolute z-10 mt-1 max-h-80 w-full overflow-auto rounded-md border border-slate-300 bg-white py-1 shadow-lg"
            >
              {items.length === 0 ? (
                <li
                  role="option"
                  aria-selected={false}
                  aria-disabled="true"
                  className="px-3 py-2 text-sm text-slate-700"
                >
                  No institution matches
                </li>
              ) : (
                items.map((i, n) => (
                  <li
                    key={i.slug}
                    {...combo.optionProps(n, i)}
                    className={`cursor-pointer px-3 py-2 text-sm ${n === active ? "bg-brand-100" : "hover:bg-slate-100"}`}
                  >
                    <span className="font-medium">{i.name}</span>
                    <span className="block text-slate-700">
                      {place(i)}
                      {i.verified ? " · verified" : ""}
                    </span>
                  </li>
                ))
              )}
            </ul>
          )}
          {enhanced && (
            <p aria-live="polite" className="sr-only">
              {open
                ? items.length === 0
                  ? "No institution matches."
                  : `${items.length} institution${items.length === 1 ? "" : "s"} found; use the up and down arrows to choose.`
                : ""}
            </p>
          )}
        </div>
        {children}
      </form>
      {results && <ResultList query={query} results={results} hrefOf={hrefOf} level={resultsLevel} />}
    </div>
  );
}

"use client";

// Choosing an institution by typing part of its name, an alias or acronym, its city, its country
// or its ROR id. Without JavaScript it is a GET form: the page lists the matches as links, each
// of which chooses one. With JavaScript the text field becomes an ARIA 1.2 combobox offering
// matches from /api/institutions as you type (arrow keys to move, Enter to choose, Escape to
// close); choosing follows the same link.
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
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
  const id = useId();
  const inputId = `${id}-q`;
  const listId = `${id}-options`;
  const router = useRouter();
  const [value, setValue] = useState(query);
  const [items, setItems] = useState<PickerInstitution[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [enhanced, setEnhanced] = useState(false);
  const abortRef = useRef<AbortController | null>(null);
  const timerRef = useRef<number | undefined>(undefined);

  useEffect(() => {
    setEnhanced(true);
    return () => {
      abortRef.current?.abort();
      window.clearTimeout(timerRef.current);
    };
  }, []);

  const hrefOf = (slug: string) => `${path}?${new URLSearchParams({ [chooseParam]: slug }).toString()}`;

  function close() {
    setOpen(false);
    setActive(-1);
  }

  function lookUp(q: string) {
    window.clearTimeout(timerRef.current);
    abortRef.current?.abort();
    if (q.trim().length < 2) {
      setItems([]);
      close();
      return;
    }
    timerRef.current = window.setTimeout(async () => {
      const controller = new AbortController();
      abortRef.current = controller;
      try {
        const res = await fetch(`/api/institutions?q=${encodeURIComponent(q)}`, { signal: controller.signal });
        if (!res.ok) return;
        const body = (await res.json()) as { institutions?: PickerInstitution[] };
        const list = body.institutions ?? [];
        setItems(list);
        setActive(-1);
        setOpen(true);
      } catch {
        // Aborted by newer typing, or offline: the plain form still works.
      }
    }, 150);
  }

  function choose(i: PickerInstitution) {
    close();
    setValue(i.name);
    router.push(hrefOf(i.slug));
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown" && items.length > 0) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a + 1) % items.length);
    } else if (e.key === "ArrowUp" && items.length > 0) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a <= 0 ? items.length - 1 : a - 1));
    } else if (e.key === "Enter" && open && active >= 0 && items[active]) {
      e.preventDefault();
      choose(items[active]);
    } else if (e.key === "Escape" && open) {
      e.preventDefault();
      close();
    } else if (e.key === "Tab") close();
  }

  const combobox = enhanced
    ? {
        role: "combobox" as const,
        "aria-autocomplete": "list" as const,
        "aria-expanded": open,
        "aria-controls": listId,
        "aria-activedescendant": open && active >= 0 ? `${listId}-${active}` : undefined,
      }
    : {};

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
              id={inputId}
              name="q"
              type="search"
              value={value}
              maxLength={100}
              autoComplete="off"
              onChange={(e) => {
                setValue(e.target.value);
                lookUp(e.target.value);
              }}
              onKeyDown={onKeyDown}
              onBlur={close}
              aria-describedby={describedBy(inputId, hint)}
              className={inputClass}
              {...combobox}
            />
            <button type="submit" className={`${secondaryButtonClass} mt-1 shrink-0`}>
              {submitLabel}
            </button>
          </div>
          {enhanced && (
            <ul
              id={listId}
              role="listbox"
              aria-label="Matching institutions"
              hidden={!open}
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
                    id={`${listId}-${n}`}
                    role="option"
                    aria-selected={n === active}
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => choose(i)}
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

"use client";
// The search box. Without JavaScript it is a plain text field in a GET form. With JavaScript it
// becomes an ARIA 1.2 combobox: suggestions from /api/search/suggest as you type, arrow keys to
// move, Enter to choose, Escape to close (components/hooks/use-combobox.ts). Choosing a term
// searches for it; a team opens it.
import { useRef } from "react";
import { useCombobox } from "@/components/hooks/use-combobox";

interface Suggestion {
  kind: "term" | "team";
  text: string;
  slug?: string;
}

export function SearchBox({ defaultValue, label }: { defaultValue: string; label: string }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const combo = useCombobox<Suggestion>({
    defaultValue,
    delayMs: 120,
    clearOnEscape: true,
    listName: "suggestions",
    fetchOptions: async (q, signal) => {
      const res = await fetch(`/api/search/suggest?q=${encodeURIComponent(q)}`, { signal });
      if (!res.ok) return null;
      const body = (await res.json()) as { suggestions?: Suggestion[] };
      return body.suggestions ?? [];
    },
    onChoose: (s, { setValue }) => {
      if (s.kind === "team" && s.slug) {
        window.location.assign(`/teams/${encodeURIComponent(s.slug)}`);
        return;
      }
      setValue(s.text);
      const input = inputRef.current;
      if (!input) return;
      input.value = s.text;
      input.form?.requestSubmit();
    },
  });
  const { enhanced, open, active, options: items, inputId } = combo;

  return (
    <div className="relative">
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      <div className="mt-1 flex gap-2">
        <input
          ref={inputRef}
          type="search"
          name="q"
          placeholder="e.g. make our packaging recyclable"
          className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base"
          {...combo.inputProps}
        />
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          Search
        </button>
      </div>
      {enhanced && (
        <ul
          {...combo.listProps}
          aria-label="Suggestions"
          className="absolute z-10 mt-1 max-h-80 w-full overflow-auto rounded-md border border-slate-300 bg-white py-1 shadow-lg"
        >
          {items.map((s, i) => (
            <li
              key={`${s.kind}:${s.slug ?? s.text}`}
              {...combo.optionProps(i, s)}
              className={`flex cursor-pointer items-center justify-between gap-2 px-3 py-2 text-sm ${i === active ? "bg-brand-100" : "hover:bg-slate-100"}`}
            >
              <span>{s.text}</span>
              {s.kind === "team" && <span className="rounded bg-slate-200 px-1.5 text-xs text-slate-800">Team</span>}
            </li>
          ))}
        </ul>
      )}
      {enhanced && (
        <p aria-live="polite" className="sr-only">
          {open
            ? `${items.length} suggestion${items.length === 1 ? "" : "s"}; use the up and down arrows to choose.`
            : ""}
        </p>
      )}
    </div>
  );
}

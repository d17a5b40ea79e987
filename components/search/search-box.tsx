"use client";
// The search box. Without JavaScript it is a plain text field in a GET form. With JavaScript it
// becomes an ARIA 1.2 combobox: suggestions from /api/search/suggest as you type, arrow keys to
// move, Enter to choose, Escape to close. Choosing a term searches for it; a team opens it.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";

interface Suggestion {
  kind: "term" | "team";
  text: string;
  slug?: string;
}

export function SearchBox({ defaultValue, label }: { defaultValue: string; label: string }) {
  const id = useId();
  const inputId = `${id}-q`;
  const listId = `${id}-suggestions`;
  const [value, setValue] = useState(defaultValue);
  const [items, setItems] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [enhanced, setEnhanced] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const abortRef = useRef<AbortController | null>(null);
  const timerRef = useRef<number | undefined>(undefined);

  useEffect(() => {
    setEnhanced(true);
    return () => {
      abortRef.current?.abort();
      window.clearTimeout(timerRef.current);
    };
  }, []);

  function close() {
    setOpen(false);
    setActive(-1);
  }

  function requestSuggestions(q: string) {
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
        const res = await fetch(`/api/search/suggest?q=${encodeURIComponent(q)}`, { signal: controller.signal });
        if (!res.ok) return;
        const body = (await res.json()) as { suggestions?: Suggestion[] };
        const list = body.suggestions ?? [];
        setItems(list);
        setActive(-1);
        setOpen(list.length > 0);
      } catch {
        // Aborted by newer typing, or offline: the plain search still works.
      }
    }, 120);
  }

  function choose(s: Suggestion) {
    close();
    if (s.kind === "team" && s.slug) {
      window.location.assign(`/teams/${encodeURIComponent(s.slug)}`);
      return;
    }
    setValue(s.text);
    const input = inputRef.current;
    if (!input) return;
    input.value = s.text;
    input.form?.requestSubmit();
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
    } else if (e.key === "Escape") {
      if (open) {
        e.preventDefault();
        close();
      } else setValue("");
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
    <div className="relative">
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id={inputId}
          ref={inputRef}
          type="search"
          name="q"
          value={value}
          autoComplete="off"
          placeholder="e.g. make our packaging recyclable"
          onChange={(e) => {
            setValue(e.target.value);
            requestSuggestions(e.target.value);
          }}
          onKeyDown={onKeyDown}
          onBlur={close}
          className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base"
          {...combobox}
        />
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          Search
        </button>
      </div>
      {enhanced && (
        <ul
          id={listId}
          role="listbox"
          aria-label="Suggestions"
          hidden={!open}
          className="absolute z-10 mt-1 max-h-80 w-full overflow-auto rounded-md border border-slate-300 bg-white py-1 shadow-lg"
        >
          {items.map((s, i) => (
            <li
              key={`${s.kind}:${s.slug ?? s.text}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(s)}
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

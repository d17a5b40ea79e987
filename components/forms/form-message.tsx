"use client";

import { useEffect, useRef, useState, type MouseEvent } from "react";
import type { FormState } from "@/lib/form-state";

/** Where a field's error points: the control with that id, else the form's control of that name. */
function findField(form: HTMLElement | null, key: string, id: string | undefined): HTMLElement | null {
  const byId = id ? document.getElementById(id) : null;
  if (byId) return byId;
  if (!form) return null;
  const names = [key, key.split(".")[0]!];
  for (const n of names) {
    const el = form.querySelector<HTMLElement>(`[name="${CSS.escape(n)}"]:not([type="hidden"])`);
    if (el) return el;
  }
  return null;
}

/** The first control inside (a fieldset) or the element itself, to move the focus to. */
function focusTarget(el: HTMLElement): HTMLElement {
  if (el instanceof HTMLFieldSetElement)
    return el.querySelector<HTMLElement>("input:not([type=hidden]), select, textarea, button") ?? el;
  return el;
}

/**
 * The form-level outcome. A refused submit shows an error summary (the GOV.UK pattern): focus
 * moves to it, it is announced, and each entry links to its field. A success is a status.
 *
 * `idFor` names the id of a field's control (or its fieldset) so the links work without
 * JavaScript too; with JavaScript a link also finds the field by its name.
 */
export function FormMessage({ state, idFor }: { state: FormState; idFor?: (field: string) => string }) {
  const ref = useRef<HTMLDivElement>(null);
  const idForRef = useRef(idFor);
  idForRef.current = idFor;
  const [resolved, setResolved] = useState<Record<string, string>>({});
  useEffect(() => {
    if (state.status !== "error" || !ref.current) return;
    const form = ref.current.closest("form");
    const ids: Record<string, string> = {};
    for (const key of Object.keys(state.fields ?? {})) {
      const el = findField(form, key, idForRef.current?.(key));
      if (el?.id) ids[key] = el.id;
    }
    setResolved(ids);
    ref.current.focus();
    // Each answer is a new state object: focus moves again after every refused submit, and
    // only then (not on other re-renders).
  }, [state]);

  if (state.status === "idle" || !state.message) return null;
  if (state.status === "error") {
    const entries = Object.entries(state.fields ?? {}).filter(([k]) => k !== "form");
    const go = (key: string) => (e: MouseEvent<HTMLAnchorElement>) => {
      const el = findField(ref.current?.closest("form") ?? null, key, resolved[key] ?? idFor?.(key));
      if (!el) return;
      e.preventDefault();
      const target = focusTarget(el);
      target.focus();
      // The label sits above its control: bring both into view.
      (el.closest("div, fieldset") ?? el).scrollIntoView({ block: "center" });
    };
    return (
      <div
        ref={ref}
        tabIndex={-1}
        role="alert"
        className="rounded-md border-2 border-red-700 bg-red-50 px-4 py-3 text-sm text-red-900 focus:outline-none focus-visible:ring-4 focus-visible:ring-amber-400"
      >
        <h2 className="font-semibold">{state.message}</h2>
        {entries.length > 0 && (
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {entries.map(([key, message]) => (
              <li key={key}>
                <a
                  href={`#${resolved[key] ?? idFor?.(key) ?? key}`}
                  onClick={go(key)}
                  className="font-medium text-red-900 underline"
                >
                  {message}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  return (
    <div
      role="status"
      className="rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-950"
    >
      {state.message}
    </div>
  );
}

/**
 * The outcome of a small form, beside its button. The live region is always there (empty until
 * there is news), so screen readers announce the message when it appears.
 */
export function InlineFormMessage({ state }: { state: FormState }) {
  const error = state.status === "error";
  return (
    <p role={error ? "alert" : "status"} className={`text-sm ${error ? "text-red-800" : "text-emerald-800"}`}>
      {state.message}
    </p>
  );
}

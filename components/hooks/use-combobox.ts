"use client";

// One ARIA 1.2 combobox with a listbox popup, for every "suggest as you type" field (the search
// box, the institution picker). Without JavaScript the field is a plain text input in a GET form;
// once enhanced, typing fetches options after a short pause, a newer keystroke aborts the older
// fetch, and the keys follow comboboxKey. The component renders the options; this hook owns the
// state, the ids and the ARIA attributes.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useEnhanced } from "./use-enhanced";
import { comboboxKey } from "./combobox-keys";

export interface ComboboxOptions<T> {
  defaultValue: string;
  /** The options for what was typed; null when the server could not answer (nothing changes). */
  fetchOptions: (query: string, signal: AbortSignal) => Promise<T[] | null>;
  /** Quiet time after the last keystroke before fetching. */
  delayMs: number;
  /** Fewer characters than this fetch nothing and close the popup. */
  minChars?: number;
  /** Opens the popup on an empty answer too (to say that nothing matches). */
  openWhenEmpty?: boolean;
  /** Escape with the popup closed empties the field. */
  clearOnEscape?: boolean;
  /** Suffix of the listbox's id (the options' ids are `<list id>-<n>`). */
  listName?: string;
  /** What choosing an option does; the popup is closed first. */
  onChoose: (option: T, combobox: { setValue: (value: string) => void }) => void;
}

export function useCombobox<T>({
  defaultValue,
  fetchOptions,
  delayMs,
  minChars = 2,
  openWhenEmpty = false,
  clearOnEscape = false,
  listName = "options",
  onChoose,
}: ComboboxOptions<T>) {
  const id = useId();
  const inputId = `${id}-q`;
  const listId = `${id}-${listName}`;
  const enhanced = useEnhanced();
  const [value, setValue] = useState(defaultValue);
  const [options, setOptions] = useState<T[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const abortRef = useRef<AbortController | null>(null);
  const timerRef = useRef<number | undefined>(undefined);

  useEffect(
    () => () => {
      abortRef.current?.abort();
      window.clearTimeout(timerRef.current);
    },
    [],
  );

  function close() {
    setOpen(false);
    setActive(-1);
  }

  function lookUp(q: string) {
    window.clearTimeout(timerRef.current);
    abortRef.current?.abort();
    if (q.trim().length < minChars) {
      setOptions([]);
      close();
      return;
    }
    timerRef.current = window.setTimeout(async () => {
      const controller = new AbortController();
      abortRef.current = controller;
      try {
        const list = await fetchOptions(q, controller.signal);
        // A newer keystroke may have superseded this answer while it was being read.
        if (list === null || controller.signal.aborted) return;
        setOptions(list);
        setActive(-1);
        setOpen(openWhenEmpty || list.length > 0);
      } catch {
        // Aborted by newer typing, or offline: the plain form still works.
      }
    }, delayMs);
  }

  function choose(option: T) {
    close();
    onChoose(option, { setValue });
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const { effect, preventDefault } = comboboxKey(e.key, { open, active, count: options.length }, { clearOnEscape });
    if (preventDefault) e.preventDefault();
    switch (effect.kind) {
      case "move":
        setOpen(true);
        setActive(effect.active);
        break;
      case "choose": {
        const option = options[effect.index];
        if (option !== undefined) choose(option);
        break;
      }
      case "close":
        close();
        break;
      case "clear":
        setValue("");
        break;
      case "none":
        break;
    }
  }

  const optionId = (n: number) => `${listId}-${n}`;

  return {
    enhanced,
    value,
    options,
    open,
    active,
    inputId,
    listId,
    optionId,
    /** Spread on the text input (with its own name, type, label and styling). */
    inputProps: {
      id: inputId,
      value,
      autoComplete: "off",
      onChange: (e: { target: { value: string } }) => {
        setValue(e.target.value);
        lookUp(e.target.value);
      },
      onKeyDown,
      onBlur: close,
      ...(enhanced
        ? {
            role: "combobox" as const,
            "aria-autocomplete": "list" as const,
            "aria-expanded": open,
            "aria-controls": listId,
            "aria-activedescendant": open && active >= 0 ? optionId(active) : undefined,
          }
        : {}),
    },
    /** Spread on the listbox. */
    listProps: { id: listId, role: "listbox" as const, hidden: !open },
    /** Spread on the n-th option. */
    optionProps: (n: number, option: T) => ({
      id: optionId(n),
      role: "option" as const,
      "aria-selected": n === active,
      // Keeps focus (and the popup) on the field until the click chooses.
      onMouseDown: (e: { preventDefault: () => void }) => e.preventDefault(),
      onClick: () => choose(option),
    }),
  };
}

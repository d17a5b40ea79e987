// What a key does in an ARIA 1.2 combobox with a listbox popup, as a pure function of the key and
// the popup's state, so the keyboard contract is tested without a browser. The text field keeps
// DOM focus; the "active" option is the one aria-activedescendant names.

export interface ComboboxView {
  open: boolean;
  /** Index of the active option, -1 for none. */
  active: number;
  /** How many options the popup lists. */
  count: number;
}

export type ComboboxKeyEffect =
  /** Not the combobox's key: the browser does what it always does (type, move the caret, submit). */
  | { kind: "none" }
  | { kind: "move"; active: number }
  | { kind: "choose"; index: number }
  | { kind: "close" }
  /** Escape with the popup closed: empty the field (when the combobox asks for it). */
  | { kind: "clear" };

export interface ComboboxKeyResult {
  effect: ComboboxKeyEffect;
  /** Whether the browser's own handling of the key must be stopped. */
  preventDefault: boolean;
}

const NONE: ComboboxKeyResult = { effect: { kind: "none" }, preventDefault: false };
const handled = (effect: ComboboxKeyEffect): ComboboxKeyResult => ({ effect, preventDefault: true });

export function comboboxKey(
  key: string,
  view: ComboboxView,
  opts: { clearOnEscape?: boolean } = {},
): ComboboxKeyResult {
  const { open, active, count } = view;
  switch (key) {
    case "ArrowDown":
      // Opens the popup too, on the first option when none was active.
      return count > 0 ? handled({ kind: "move", active: (active + 1) % count }) : NONE;
    case "ArrowUp":
      return count > 0 ? handled({ kind: "move", active: active <= 0 ? count - 1 : active - 1 }) : NONE;
    case "Home":
    case "End":
      // While an option is active, Home and End move within the list; otherwise they move the
      // caret in the text, as in any text field.
      return open && active >= 0 && count > 0
        ? handled({ kind: "move", active: key === "Home" ? 0 : count - 1 })
        : NONE;
    case "Enter":
      // Without an active option, Enter submits the form as usual.
      return open && active >= 0 && active < count ? handled({ kind: "choose", index: active }) : NONE;
    case "Escape":
      if (open) return handled({ kind: "close" });
      return opts.clearOnEscape ? { effect: { kind: "clear" }, preventDefault: false } : NONE;
    case "Tab":
      // Focus leaves as usual; the popup must not stay open behind it.
      return { effect: { kind: "close" }, preventDefault: false };
    default:
      return NONE;
  }
}

// The idempotency key a creating form carries (a hidden field made when the form is rendered).
import { idempotencyKeyField } from "./introduction";

export const IDEMPOTENCY_FIELD = "idempotencyKey";
export const FORM_EXPIRED = "This form has expired. Reload the page and try again.";

/** The form's key, or null when it is missing or malformed (the form is out of date). */
export function idempotencyKeyOf(fd: FormData): string | null {
  const parsed = idempotencyKeyField.safeParse(fd.get(IDEMPOTENCY_FIELD));
  return parsed.success ? parsed.data : null;
}

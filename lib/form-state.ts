// What a server action returns to its form (through useActionState): a message for the whole
// form, messages per field, and the values to put back so nothing typed is lost. The one form
// state of the app; server actions build it through lib/actions/define-action.ts.
import { AppError } from "@/lib/errors";
import type { FieldErrors } from "@/lib/validation/form";
import { setOwn } from "@/lib/own";

export interface FormState {
  status: "idle" | "error" | "success";
  message?: string;
  fields?: FieldErrors;
  values?: Record<string, string>;
}

export const IDLE: FormState = { status: "idle" };

/** Shown when something unexpected fails; the details go to the log, never to the page. */
export const UNEXPECTED_ERROR = "Something went wrong on our side. Nothing was saved; please try again.";

export const formError = (message: string, fields?: FieldErrors, values?: Record<string, string>): FormState => ({
  status: "error",
  message,
  fields,
  values,
});

export const formSuccess = (message: string): FormState => ({ status: "success", message });

/** Fields never sent back to the page: secrets and one-time codes. */
export const SECRET_FIELDS: readonly string[] = [
  "password",
  "confirm",
  "currentPassword",
  "newPassword",
  "code",
  "token",
];

/** Longer than anyone types into one field: not echoed back (an over-limit text still is). */
const KEEP_MAX = 100_000;

/** The submitted text fields, minus secrets, to show again after an error. */
export function keepValues(fd: FormData, omit: readonly string[] = SECRET_FIELDS): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of fd.entries()) {
    if (typeof v === "string" && !k.startsWith("$ACTION") && !omit.includes(k) && v.length <= KEEP_MAX)
      setOwn(out, k, v);
  }
  return out;
}

/**
 * A thrown application error as the form's state (its message is written for people); anything
 * else is logged and shown as a generic failure, never with its details.
 */
export function toFormState(err: unknown, values?: Record<string, string>): FormState {
  if (err instanceof AppError) return formError(err.message, err.fields, values);
  console.error(err);
  return formError(UNEXPECTED_ERROR, undefined, values);
}

export { safeNextPath } from "@/lib/http/next-path";

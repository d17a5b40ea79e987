// Helpers for the introductions' server actions. The state itself is the one every form uses
// (lib/form-state.ts), so all forms render through the same components.
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { formError, formSuccess, type FormState } from "@/lib/form-state";
import { fieldErrorsOf } from "@/lib/validation/form";

export { IDLE, type FormState } from "@/lib/form-state";

export function okState(message: string): FormState {
  return formSuccess(message);
}

export function invalidState(error: z.ZodError, values?: Record<string, string>): FormState {
  return formError("Please check the highlighted fields.", fieldErrorsOf(error), values);
}

/** Application errors become a message; anything else is logged and reported without detail. */
export function errorState(err: unknown, values?: Record<string, string>): FormState {
  if (err instanceof AppError) return formError(err.message, err.fields, values);
  console.error(err);
  return formError("Something went wrong on our side. Nothing was changed; please try again.", undefined, values);
}

/** Text fields of a form, to give back after an error (never passwords or files). */
export function formValues(fd: FormData, names: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const n of names) {
    const v = fd.get(n);
    if (typeof v === "string") out[n] = v;
  }
  return out;
}

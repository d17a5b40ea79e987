// What a server action hands back to its form: a message, per-field errors, and the values to
// put back (React resets a form after its action runs).
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation/form";

export interface FormState {
  status: "idle" | "ok" | "error";
  message?: string;
  fields?: Record<string, string>;
  values?: Record<string, string>;
}

export const IDLE: FormState = { status: "idle" };

export function okState(message: string): FormState {
  return { status: "ok", message };
}

export function invalidState(error: z.ZodError, values?: Record<string, string>): FormState {
  const fields = fieldErrorsOf(error);
  return { status: "error", message: "Please check the highlighted fields.", fields, values };
}

/** Application errors become a message; anything else is logged and reported without detail. */
export function errorState(err: unknown, values?: Record<string, string>): FormState {
  if (err instanceof AppError) return { status: "error", message: err.message, fields: err.fields, values };
  console.error(err);
  return { status: "error", message: "Something went wrong on our side. Nothing was changed; please try again.", values };
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

// Helpers shared by every form: plain text clean-up, and zod issues → one message per field.
import { z } from "zod";

/** Removes control characters (keeping tabs and newlines) and trims. */
export function cleanText(value: string): string {
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "").trim();
}

/** A required single-line text field with a length limit. */
export function textField(label: string, min: number, max: number) {
  return z
    .string({ error: `${label} is required` })
    .transform(cleanText)
    .pipe(
      z
        .string()
        .min(min, min <= 1 ? `${label} is required` : `${label} must be at least ${min} characters`)
        .max(max, `${label} must be at most ${max} characters`),
    );
}

/**
 * Long text (a need, a description): like textField, but a refusal for length says how long the
 * text is, so nobody has to guess how much to cut (forms never cut it themselves).
 */
export function longTextField(label: string, min: number, max: number) {
  const n = (x: number) => x.toLocaleString("en-GB");
  return z
    .string({ error: `${label} is required` })
    .transform(cleanText)
    .pipe(
      z
        .string()
        .min(min, min <= 1 ? `${label} is required` : `${label} must be at least ${n(min)} characters`)
        .max(max, {
          error: (iss) =>
            `${label} is ${n(String(iss.input).length)} characters: the limit is ${n(max)}. Shorten it by ${n(String(iss.input).length - max)}.`,
        }),
    );
}

/** An optional text field: empty input becomes null. */
export function optionalText(label: string, max: number, min = 1) {
  return z
    .string()
    .optional()
    .nullable()
    .transform((v) => (v == null ? "" : cleanText(v)))
    .pipe(
      z
        .string()
        .max(max, `${label} must be at most ${max} characters`)
        .refine((v) => v === "" || v.length >= min, `${label} must be at least ${min} characters`),
    )
    .transform((v) => (v === "" ? null : v));
}

export const emailField = z
  .string({ error: "E-mail address is required" })
  .transform((v) => cleanText(v).toLowerCase())
  .pipe(z.email("Enter an e-mail address like name@example.org").max(254, "E-mail address is too long"));

/** Field path → first message, for showing errors next to each field. */
export type FieldErrors = Record<string, string>;

export function fieldErrorsOf(
  error: z.ZodError,
  mapPath: (path: PropertyKey[]) => string = (p) => p.map(String).join("."),
): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = mapPath(issue.path) || "form";
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}

/** The string value of a form field (FormData gives File for uploads; we take text only). */
export function formString(fd: FormData, name: string): string | undefined {
  const v = fd.get(name);
  return typeof v === "string" ? v : undefined;
}

export function formStrings(fd: FormData, name: string): string[] {
  return fd.getAll(name).filter((v): v is string => typeof v === "string");
}

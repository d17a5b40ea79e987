// Curated search synonym groups: what curators type into /curate/synonyms, checked the same way by
// the server actions, the DAL and the tests. A group is a list of words or phrases that mean the
// same thing to someone looking for expertise ("sewage", "wastewater", "effluent").
import { z } from "zod";
import { analyze } from "@/lib/search/text";
import { cleanText } from "./form";

export const SYNONYM_LIMITS = {
  termsMin: 2,
  termsMax: 20,
  termMax: 80,
  /** Words in one phrase: longer "phrases" are sentences, which synonyms cannot match. */
  termWordsMax: 6,
  noteMax: 500,
} as const;

/** One entry per line; commas and semicolons also separate, as curators paste lists either way. */
export function splitSynonymTerms(raw: string): string[] {
  return raw
    .split(/[\n\r,;]+/)
    .map((t) => cleanText(t).replace(/\s+/g, " "))
    .filter((t) => t.length > 0);
}

const quote = (s: string) => `“${s.length > 40 ? `${s.slice(0, 40)}…` : s}”`;

/** Checks a list of entries; returns the first problem in words a curator can act on, or null. */
export function synonymTermsProblem(terms: readonly string[]): string | null {
  const L = SYNONYM_LIMITS;
  if (terms.length < L.termsMin)
    return "Enter at least two words or phrases, one per line: each of them will find the others";
  if (terms.length > L.termsMax)
    return `A group can have at most ${L.termsMax} words or phrases; split it into smaller groups`;
  const seen = new Map<string, string>();
  for (const t of terms) {
    if (t.length > L.termMax) return `${quote(t)} is longer than ${L.termMax} characters`;
    if (t.split(" ").length > L.termWordsMax)
      return `${quote(t)} has more than ${L.termWordsMax} words; synonyms are single words or short phrases`;
    const key = analyze(t).join(" ");
    if (!key) return `${quote(t)} is not searched for (too short or too common a word); leave it out`;
    const prev = seen.get(key);
    if (prev !== undefined)
      return prev.toLowerCase() === t.toLowerCase()
        ? `${quote(t)} is listed twice`
        : `${quote(prev)} and ${quote(t)} are searched as the same word already; keep one of them`;
    seen.set(key, t);
  }
  return null;
}

export const synonymTermsField = z
  .string({ error: "Enter at least two words or phrases, one per line" })
  .max(5_000, "That is far too long for a synonym group")
  .transform(splitSynonymTerms)
  .superRefine((terms, ctx) => {
    const problem = synonymTermsProblem(terms);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

const noteField = z
  .string()
  .optional()
  .nullable()
  .transform((v) => cleanText(v ?? ""))
  .pipe(z.string().max(SYNONYM_LIMITS.noteMax, `The note must be at most ${SYNONYM_LIMITS.noteMax} characters`))
  .transform((v) => (v === "" ? null : v));

export const synonymGroupInputSchema = z.object({ terms: synonymTermsField, note: noteField });
export type SynonymGroupInput = z.output<typeof synonymGroupInputSchema>;

/** A group's id from a form field or the address. */
export const synonymGroupIdParam = z
  .string({ error: "Not a synonym group" })
  .regex(/^[1-9]\d{0,9}$/, "Not a synonym group")
  .transform(Number);

export const updateSynonymGroupSchema = synonymGroupInputSchema.extend({ group: synonymGroupIdParam });
export const deleteSynonymGroupSchema = z.object({ group: synonymGroupIdParam });

// The listing editor's form fields → the one listing input shape (./listing-fields.ts) → the team
// schema, with errors keyed by the form's field names. Field names are flat so the form works
// without JavaScript: `keywords` repeated, `mode:<code>` with `mode:<code>:costBand`,
// `caseStudies.<n>.<field>`, and `newCaseStudy.<field>` (the blank slot the editor offers when
// JavaScript is off, since "Add a case study" needs it; ignored while left blank).
import type { z } from "zod";
import { ENGAGEMENT_MODES } from "@/lib/reference/engagement";
import { formString, formStrings, type FieldErrors, fieldErrorsOf } from "./form";
import { CASE_FIELDS, listingFieldsOf, parseListingFields, type CaseField, type ListingFields } from "./listing-fields";
import type { TeamInput } from "./team";

/** A case-study slot as the form posts it: every part present, "" when left blank. */
type CaseStudySlot = Record<CaseField, string>;
/** Prefix of the no-JavaScript editor's extra, blank case-study slot. */
export const NEW_CASE_PREFIX = "newCaseStudy";
/** What a person typed in that slot that makes it a case study (the partner kind has a default). */
const CASE_CONTENT = ["partnerCountry", "year", "challenge", "whatWasDone", "outcome"] as const;
/** Never read more case-study slots than this, whatever a client sends; the schema's own limit is lower. */
const MAX_CASE_SLOTS = 50;

function lines(value: string | undefined): string[] {
  return (value ?? "")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Keywords come as chips (repeated `keywords`) and/or a comma-separated `keywordsText`. */
function keywordsOf(fd: FormData): string[] {
  const typed = (formString(fd, "keywordsText") ?? "").split(/[,;\n]/);
  return [...formStrings(fd, "keywords"), ...typed].map((k) => k.trim()).filter(Boolean);
}

function caseStudiesOf(fd: FormData): CaseStudySlot[] {
  const slots = new Set<number>();
  for (const key of fd.keys()) {
    const m = /^caseStudies\.(\d{1,3})\./.exec(key);
    if (m) slots.add(Number(m[1]));
  }
  const slot = (prefix: string) =>
    Object.fromEntries(CASE_FIELDS.map((f) => [f, formString(fd, `${prefix}.${f}`) ?? ""])) as CaseStudySlot;
  const listed = [...slots]
    .sort((a, b) => a - b)
    .slice(0, MAX_CASE_SLOTS)
    .map((i) => slot(`caseStudies.${i}`));
  const added = slot(NEW_CASE_PREFIX);
  return CASE_CONTENT.some((f) => added[f].trim() !== "") ? [...listed, added] : listed;
}

/** The editor's form as submitted, as listing fields: nothing validated yet. */
export function listingFieldsFromForm(fd: FormData): ListingFields {
  return {
    name: formString(fd, "name") ?? "",
    summary: formString(fd, "summary") ?? "",
    description: formString(fd, "description") ?? "",
    keywords: keywordsOf(fd),
    fields: formStrings(fd, "fields"),
    sectors: formStrings(fd, "sectors"),
    knowledgeTypes: formStrings(fd, "knowledgeTypes"),
    engagementModes: ENGAGEMENT_MODES.filter((m) => fd.has(`mode:${m.code}`)).map((m) => ({
      mode: m.code,
      costBand: formString(fd, `mode:${m.code}:costBand`) ?? "",
      duration: formString(fd, `mode:${m.code}:duration`) ?? "",
    })),
    facilities: lines(formString(fd, "facilities")),
    // The no-JavaScript language select posts "" when nothing is chosen.
    languages: formStrings(fd, "languages").filter(Boolean),
    availability: formString(fd, "availability") ?? "",
    leadName: formString(fd, "leadName") ?? "",
    leadOrcid: formString(fd, "leadOrcid") ?? "",
    website: formString(fd, "website") ?? "",
    contactEmail: formString(fd, "contactEmail") ?? "",
    caseStudies: caseStudiesOf(fd),
    currency: formString(fd, "currency") ?? "",
  };
}

export type TeamFormResult = { ok: true; value: TeamInput } | { ok: false; errors: FieldErrors };

/**
 * Parses the editor's form. Error keys match the form's field names, so each message is shown
 * next to its field: `name`, `keywords`, `mode:consultancy:costBand`, `caseStudies.0.outcome`.
 */
export function parseTeamForm(fd: FormData, mode: "draft" | "complete" = "complete"): TeamFormResult {
  const fields = listingFieldsFromForm(fd);
  const parsed = parseListingFields(fields, mode);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, errors: teamFieldErrors(parsed.error, fields) };
}

/**
 * What a listing still lacks before it can be reviewed or stay published, as the editor's field
 * errors; null when it is complete.
 */
export function incompleteListing(input: TeamInput): FieldErrors | null {
  const parsed = parseListingFields(listingFieldsOf(input), "complete");
  return parsed.success ? null : teamFieldErrors(parsed.error, input);
}

function teamFieldErrors(error: z.ZodError, raw: { engagementModes: readonly { mode: string }[] }): FieldErrors {
  return fieldErrorsOf(error, (path) => {
    const [head, index, field] = path;
    if (head === "engagementModes" && typeof index === "number") {
      const mode = raw.engagementModes[index]?.mode;
      return field ? `mode:${mode}:${String(field)}` : "engagementModes";
    }
    if (
      (head === "keywords" ||
        head === "facilities" ||
        head === "fields" ||
        head === "sectors" ||
        head === "languages" ||
        head === "knowledgeTypes") &&
      path.length > 1
    ) {
      return String(head);
    }
    return path.map(String).join(".");
  });
}

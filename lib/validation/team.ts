// A team listing as its owners edit it. The same schema checks the editor's form, server actions
// and any API client; limits here are the product's limits.
import { z } from "zod";
import { normaliseOrcid, isValidOrcid } from "@/lib/identifiers";
import { isCountryCode, isLanguageCode } from "@/lib/reference/countries";
import { isCurrencyCode } from "@/lib/reference/currency";
import {
  AVAILABILITY,
  COST_BANDS,
  DURATIONS,
  ENGAGEMENT_MODES,
  KNOWLEDGE_TYPES,
  PARTNER_KINDS,
  codesOf,
} from "@/lib/reference/engagement";
import { isFieldCode } from "@/lib/reference/fields";
import { isSectorCode } from "@/lib/reference/sectors";
import { cleanText, emailField, optionalText, textField } from "./form";
import { noFormula } from "./spreadsheet";

export const TEAM_LIMITS = {
  keywords: 15,
  fields: 8,
  facilities: 20,
  languages: 20,
  caseStudies: 6,
} as const;

const unique = <T>(values: readonly T[]) => [...new Set(values)];

function codeList(label: string, valid: (c: string) => boolean, max: number, min = 0) {
  // Long enough for every code in the vocabularies ("scientific-information" is 22 characters).
  return z
    .array(z.string().max(40))
    .max(60, `Too many ${label}`)
    .transform(unique)
    .pipe(
      z
        .array(z.string().refine(valid, `Unknown ${label} code`))
        .min(min, min === 1 ? `Choose at least one of the ${label}` : `Choose at least ${min} ${label}`)
        .max(max, `Choose at most ${max} ${label}`),
    );
}

export const httpUrl = z
  .string()
  .transform(cleanText)
  .pipe(
    z
      .url({
        protocol: /^https?$/,
        hostname: z.regexes.domain,
        error: "Enter a web address starting with http:// or https://",
      })
      .max(500, "Web address is too long"),
  );

const keyword = z
  .string()
  .transform((v) => cleanText(v).toLowerCase().replace(/\s+/g, " "))
  .pipe(z.string().min(2, "Each keyword needs at least 2 characters").max(50, "Keep each keyword under 50 characters"))
  .refine(...noFormula("A keyword", "names"));

const facility = z
  .string()
  .transform((v) => cleanText(v).replace(/\s+/g, " "))
  .pipe(
    z.string().min(2, "Each facility needs at least 2 characters").max(200, "Keep each facility under 200 characters"),
  )
  .refine(...noFormula("A facility", "text"));

export const engagementModeSchema = z.object({
  mode: z.enum(codesOf(ENGAGEMENT_MODES), { error: "Unknown way of working" }),
  costBand: z.enum(codesOf(COST_BANDS), { error: "Choose an indicative cost" }),
  duration: z.enum(codesOf(DURATIONS), { error: "Choose a typical duration" }),
});

const CURRENT_YEAR = new Date().getUTCFullYear();

export const caseStudySchema = z.object({
  partnerKind: z.enum(codesOf(PARTNER_KINDS), { error: "Choose the kind of partner" }),
  partnerCountry: z
    .string()
    .optional()
    .nullable()
    .transform((v) => (v ? v.trim().toUpperCase() : null))
    .refine((v) => v === null || isCountryCode(v), "Choose a country"),
  year: z
    .union([z.number(), z.string()])
    .optional()
    .nullable()
    .transform((v) => (v === "" || v == null ? null : Number(v)))
    .refine(
      (v) => v === null || (Number.isInteger(v) && v >= 1950 && v <= CURRENT_YEAR + 1),
      `Year must be between 1950 and ${CURRENT_YEAR + 1}`,
    ),
  challenge: textField("The challenge", 10, 1000).refine(...noFormula("The challenge", "text")),
  whatWasDone: textField("What was done", 10, 1000).refine(...noFormula("What was done", "text")),
  outcome: textField("The outcome", 10, 1000).refine(...noFormula("The outcome", "text")),
});

export const teamInputSchema = z.object({
  name: textField("Team name", 3, 150).refine(...noFormula("Team name", "names")),
  summary: textField("Summary", 30, 600).refine(...noFormula("Summary", "text")),
  description: z
    .string()
    .optional()
    .transform((v) => cleanText(v ?? "").replace(/\r\n/g, "\n"))
    .pipe(z.string().max(5000, "Description must be at most 5,000 characters"))
    .refine(...noFormula("Description", "text")),
  keywords: z
    .array(keyword)
    .max(40, "Too many keywords")
    .transform(unique)
    .pipe(
      z
        .array(z.string())
        .min(1, "Add at least one keyword")
        .max(TEAM_LIMITS.keywords, `Add at most ${TEAM_LIMITS.keywords} keywords`),
    ),
  fields: codeList("fields of science", isFieldCode, TEAM_LIMITS.fields, 1),
  sectors: codeList("sectors", isSectorCode, 21),
  knowledgeTypes: codeList(
    "kinds of knowledge",
    (c) => KNOWLEDGE_TYPES.some((k) => k.code === c),
    KNOWLEDGE_TYPES.length,
    1,
  ),
  engagementModes: z
    .array(engagementModeSchema)
    .max(ENGAGEMENT_MODES.length, "Too many ways of working")
    .refine((ms) => new Set(ms.map((m) => m.mode)).size === ms.length, "Each way of working can be listed once"),
  facilities: z
    .array(facility)
    .max(TEAM_LIMITS.facilities, `List at most ${TEAM_LIMITS.facilities} facilities`)
    .transform(unique),
  languages: codeList("languages", isLanguageCode, TEAM_LIMITS.languages, 1),
  availability: z.enum(codesOf(AVAILABILITY), { error: "Choose the team's availability" }),
  leadName: optionalText("Lead's name", 120, 2).refine(...noFormula("Lead's name", "names")),
  leadOrcid: z
    .string()
    .optional()
    .nullable()
    .transform((v) => (v ? v.trim() : ""))
    .refine((v) => v === "" || isValidOrcid(v), "Not a valid ORCID iD (check the last digit), e.g. 0000-0002-1825-0097")
    .transform((v) => (v === "" ? null : normaliseOrcid(v))),
  website: z
    .string()
    .optional()
    .nullable()
    .transform((v) => (v ? cleanText(v) : ""))
    .pipe(
      z
        .literal("")
        .transform(() => null)
        .or(httpUrl),
    ),
  contactEmail: emailField.refine(...noFormula("Contact e-mail", "names")),
  caseStudies: z
    .array(caseStudySchema)
    .max(TEAM_LIMITS.caseStudies, `Add at most ${TEAM_LIMITS.caseStudies} case studies`),
  /** ISO 4217 code the cost bands are stated in; left out, the institution's country's currency. */
  currency: z
    .string()
    .max(10, "Not an ISO 4217 currency code, e.g. GBP, EUR or USD")
    .nullish()
    .transform((v) => (v?.trim() ? v.trim().toUpperCase() : undefined))
    .refine((v) => v === undefined || isCurrencyCode(v), "Not an ISO 4217 currency code, e.g. GBP, EUR or USD")
    .optional(),
});

export type TeamInput = z.output<typeof teamInputSchema>;

/**
 * A draft: saved with a name only. Everything else may still be missing (but what is there must
 * be valid); submitting for review, and any save of a listing under review or published, needs
 * the full teamInputSchema.
 */
export const teamDraftSchema = teamInputSchema.extend({
  summary: z
    .string()
    .optional()
    .transform((v) => cleanText(v ?? ""))
    .pipe(z.string().max(600, "Summary must be at most 600 characters")),
  keywords: z
    .array(keyword)
    .max(40, "Too many keywords")
    .transform(unique)
    .pipe(z.array(z.string()).max(TEAM_LIMITS.keywords, `Add at most ${TEAM_LIMITS.keywords} keywords`)),
  fields: codeList("fields of science", isFieldCode, TEAM_LIMITS.fields),
  knowledgeTypes: codeList(
    "kinds of knowledge",
    (c) => KNOWLEDGE_TYPES.some((k) => k.code === c),
    KNOWLEDGE_TYPES.length,
  ),
  languages: codeList("languages", isLanguageCode, TEAM_LIMITS.languages),
  contactEmail: z
    .string()
    .optional()
    .transform((v) => cleanText(v ?? ""))
    .pipe(z.literal("").or(emailField)),
});
export type TeamInputRaw = z.input<typeof teamInputSchema>;

/** Fields whose change sends a published listing back to review. */
export const MATERIAL_FIELDS = ["name", "summary", "keywords"] as const satisfies readonly (keyof TeamInput)[];

export const versionField = z.coerce.number({ error: "Missing version" }).int().min(1).max(1_000_000_000);

export const reviewDecisionSchema = z
  .object({
    decision: z.enum(["publish", "request_changes", "reject"], { error: "Choose a decision" }),
    note: optionalText("Reason", 2000),
  })
  .refine((v) => v.decision === "publish" || v.note !== null, {
    path: ["note"],
    message: "Tell the team what to change, or why it was rejected",
  });

// A listing as it arrives, before the team schema (./team.ts) checks it: the one input shape that
// the editor's form (./team-form.ts), a CSV import row (lib/curation/listing-csv-import.ts) and a
// saved listing being edited all map to. Text is text and lists are lists of text; nothing is
// validated or normalised here, so the schema alone decides what is valid and what it says.
import type { z } from "zod";
import { teamDraftSchema, teamInputSchema, type TeamInput } from "./team";

export const CASE_FIELDS = ["partnerKind", "partnerCountry", "year", "challenge", "whatWasDone", "outcome"] as const;
export type CaseField = (typeof CASE_FIELDS)[number];
/** One case study; a part that was not given at all (a CSV's JSON may leave one out) is absent. */
export type CaseStudyFields = Partial<Record<CaseField, string>>;

export interface ListingFields {
  name: string;
  summary: string;
  description: string;
  keywords: string[];
  fields: string[];
  sectors: string[];
  knowledgeTypes: string[];
  engagementModes: { mode: string; costBand: string; duration: string }[];
  facilities: string[];
  languages: string[];
  availability: string;
  leadName: string;
  leadOrcid: string;
  website: string;
  contactEmail: string;
  caseStudies: CaseStudyFields[];
  /** ISO 4217 code; "" for the institution's country's currency. */
  currency: string;
}

export function emptyListingFields(): ListingFields {
  return {
    name: "",
    summary: "",
    description: "",
    keywords: [],
    fields: [],
    sectors: [],
    knowledgeTypes: [],
    engagementModes: [],
    facilities: [],
    languages: [],
    availability: "",
    leadName: "",
    leadOrcid: "",
    website: "",
    contactEmail: "",
    caseStudies: [],
    currency: "",
  };
}

/** A saved listing as fields again; the schema reads them back to exactly the same listing. */
export function listingFieldsOf(input: TeamInput): ListingFields {
  return {
    name: input.name,
    summary: input.summary,
    description: input.description,
    keywords: [...input.keywords],
    fields: [...input.fields],
    sectors: [...input.sectors],
    knowledgeTypes: [...input.knowledgeTypes],
    engagementModes: input.engagementModes.map((m) => ({ mode: m.mode, costBand: m.costBand, duration: m.duration })),
    facilities: [...input.facilities],
    languages: [...input.languages],
    availability: input.availability,
    leadName: input.leadName ?? "",
    leadOrcid: input.leadOrcid ?? "",
    website: input.website ?? "",
    contactEmail: input.contactEmail,
    caseStudies: input.caseStudies.map((c) => ({
      partnerKind: c.partnerKind,
      partnerCountry: c.partnerCountry ?? "",
      year: c.year === null ? "" : String(c.year),
      challenge: c.challenge,
      whatWasDone: c.whatWasDone,
      outcome: c.outcome,
    })),
    currency: input.currency ?? "",
  };
}

export type ListingParse = { success: true; data: TeamInput } | { success: false; error: z.ZodError };

/**
 * The one check of a listing: "complete" for review and publication, "draft" for a listing saved
 * with a name only (what is there must still be valid).
 */
export function parseListingFields(fields: ListingFields, mode: "draft" | "complete"): ListingParse {
  const parsed = (mode === "draft" ? teamDraftSchema : teamInputSchema).safeParse(fields);
  return parsed.success ? { success: true, data: parsed.data } : { success: false, error: parsed.error };
}

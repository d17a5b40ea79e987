// The listing editor's working copy (what the form holds while someone types: plain strings, a
// switch and choices per way of working, one facility per line), made from the one listing input
// shape (./listing-fields.ts), whether that comes from a saved listing or from a submitted form.
import type { FormState } from "@/lib/form-state";
import { ENGAGEMENT_MODES } from "@/lib/reference/engagement";
import { emptyListingFields, listingFieldsOf, type ListingFields } from "./listing-fields";
import type { TeamInput } from "./team";
import { listingFieldsFromForm } from "./team-form";

export interface CaseStudyDraft {
  /** Stable React key; not sent. */
  key: number;
  partnerKind: string;
  partnerCountry: string;
  year: string;
  challenge: string;
  whatWasDone: string;
  outcome: string;
}

export interface TeamDraft {
  name: string;
  summary: string;
  description: string;
  keywords: string[];
  fields: string[];
  sectors: string[];
  knowledgeTypes: string[];
  modes: Record<string, { on: boolean; costBand: string; duration: string }>;
  /** ISO 4217 code of the costs; "" until chosen (the editor shows the institution's country's). */
  currency: string;
  /** One facility per line. */
  facilities: string;
  languages: string[];
  availability: string;
  leadName: string;
  leadOrcid: string;
  website: string;
  contactEmail: string;
  caseStudies: CaseStudyDraft[];
}

/**
 * What the editor's server actions answer: the usual form state plus, after an error, the draft
 * as submitted. With JavaScript the editor keeps its own copy anyway; without it the page is
 * rendered afresh from this answer, so this is what keeps the person's input.
 */
export type TeamFormState = FormState & { draft?: TeamDraft };

export function emptyCaseStudy(key: number): CaseStudyDraft {
  return { key, partnerKind: "sme", partnerCountry: "", year: "", challenge: "", whatWasDone: "", outcome: "" };
}

function draftFromFields(f: ListingFields): TeamDraft {
  const modes = Object.fromEntries(ENGAGEMENT_MODES.map((m) => [m.code, { on: false, costBand: "", duration: "" }]));
  for (const m of f.engagementModes) modes[m.mode] = { on: true, costBand: m.costBand, duration: m.duration };
  return {
    name: f.name,
    summary: f.summary,
    description: f.description,
    keywords: f.keywords,
    fields: f.fields,
    sectors: f.sectors,
    knowledgeTypes: f.knowledgeTypes,
    modes,
    currency: f.currency,
    facilities: f.facilities.join("\n"),
    languages: f.languages,
    availability: f.availability,
    leadName: f.leadName,
    leadOrcid: f.leadOrcid,
    website: f.website,
    contactEmail: f.contactEmail,
    caseStudies: f.caseStudies.map((c, key) => ({
      key,
      partnerKind: c.partnerKind ?? "",
      partnerCountry: c.partnerCountry ?? "",
      year: c.year ?? "",
      challenge: c.challenge ?? "",
      whatWasDone: c.whatWasDone ?? "",
      outcome: c.outcome ?? "",
    })),
  };
}

/** The editor's starting point: a saved listing, or a new one in English, available now. */
export function draftFromInput(input: TeamInput | null, defaults: { contactEmail?: string } = {}): TeamDraft {
  if (input) return draftFromFields(listingFieldsOf(input));
  return draftFromFields({
    ...emptyListingFields(),
    languages: ["en"],
    availability: "now",
    contactEmail: defaults.contactEmail ?? "",
  });
}

// A submitted form is sent back in the page; bound what a hostile client can make it echo.
const clip = (v: string) => v.slice(0, 5000);
const clipAll = (vs: readonly string[]) => vs.slice(0, 60).map(clip);

function clipFields(f: ListingFields): ListingFields {
  return {
    name: clip(f.name),
    summary: clip(f.summary),
    description: clip(f.description),
    keywords: [...new Set(clipAll(f.keywords))],
    fields: clipAll(f.fields),
    sectors: clipAll(f.sectors),
    knowledgeTypes: clipAll(f.knowledgeTypes),
    engagementModes: f.engagementModes.map((m) => ({
      mode: m.mode,
      costBand: clip(m.costBand),
      duration: clip(m.duration),
    })),
    facilities: clipAll(f.facilities),
    languages: [...new Set(clipAll(f.languages))],
    availability: clip(f.availability),
    leadName: clip(f.leadName),
    leadOrcid: clip(f.leadOrcid),
    website: clip(f.website),
    contactEmail: clip(f.contactEmail),
    caseStudies: f.caseStudies.slice(0, 20).map((c) => ({
      partnerKind: clip(c.partnerKind ?? ""),
      partnerCountry: clip(c.partnerCountry ?? ""),
      year: clip(c.year ?? ""),
      challenge: clip(c.challenge ?? ""),
      whatWasDone: clip(c.whatWasDone ?? ""),
      outcome: clip(c.outcome ?? ""),
    })),
    currency: clip(f.currency).slice(0, 10),
  };
}

/** The draft exactly as a form submitted it (unvalidated), to show again after an error. */
export function draftFromForm(fd: FormData): TeamDraft {
  return draftFromFields(clipFields(listingFieldsFromForm(fd)));
}

// The listing editor's working copy: what the form holds while someone types (plain strings and
// lists), and its conversion from a saved listing and to the preview's profile.
import type { TeamProfile } from "@/lib/dal/teams/types";
import type { FormState } from "@/lib/form-state";
import { defaultCurrencyFor } from "@/lib/reference/currency";
import { ENGAGEMENT_MODES } from "@/lib/reference/engagement";
import type { TeamInput } from "@/lib/validation/team";
import { teamFormToRaw } from "@/lib/validation/team-form";

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

export interface PreviewInstitution {
  slug: string;
  name: string;
  countryCode: string;
  city: string | null;
  verified: boolean;
}

export function emptyCaseStudy(key: number): CaseStudyDraft {
  return { key, partnerKind: "sme", partnerCountry: "", year: "", challenge: "", whatWasDone: "", outcome: "" };
}

export function draftFromInput(input: TeamInput | null, defaults: { contactEmail?: string } = {}): TeamDraft {
  const modes = Object.fromEntries(ENGAGEMENT_MODES.map((m) => [m.code, { on: false, costBand: "", duration: "" }]));
  for (const m of input?.engagementModes ?? [])
    modes[m.mode] = { on: true, costBand: m.costBand, duration: m.duration };
  return {
    name: input?.name ?? "",
    summary: input?.summary ?? "",
    description: input?.description ?? "",
    keywords: input?.keywords ?? [],
    fields: input?.fields ?? [],
    sectors: input?.sectors ?? [],
    knowledgeTypes: input?.knowledgeTypes ?? [],
    modes,
    currency: input?.currency ?? "",
    facilities: (input?.facilities ?? []).join("\n"),
    languages: input?.languages ?? ["en"],
    availability: input?.availability ?? "now",
    leadName: input?.leadName ?? "",
    leadOrcid: input?.leadOrcid ?? "",
    website: input?.website ?? "",
    contactEmail: input?.contactEmail ?? defaults.contactEmail ?? "",
    caseStudies: (input?.caseStudies ?? []).map((c, i) => ({
      key: i,
      partnerKind: c.partnerKind,
      partnerCountry: c.partnerCountry ?? "",
      year: c.year === null ? "" : String(c.year),
      challenge: c.challenge,
      whatWasDone: c.whatWasDone,
      outcome: c.outcome,
    })),
  };
}

// A submitted form is sent back in the page; bound what a hostile client can make it echo.
const clip = (v: string) => v.slice(0, 5000);
const clipAll = (vs: readonly string[]) => vs.slice(0, 60).map(clip);

/** The draft exactly as a form submitted it (unvalidated), to show again after an error. */
export function draftFromForm(fd: FormData): TeamDraft {
  const raw = teamFormToRaw(fd);
  const modes = Object.fromEntries(ENGAGEMENT_MODES.map((m) => [m.code, { on: false, costBand: "", duration: "" }]));
  for (const m of raw.engagementModes)
    modes[m.mode] = { on: true, costBand: clip(m.costBand), duration: clip(m.duration) };
  return {
    name: clip(raw.name),
    summary: clip(raw.summary),
    description: clip(raw.description),
    keywords: [...new Set(clipAll(raw.keywords))],
    fields: clipAll(raw.fields),
    sectors: clipAll(raw.sectors),
    knowledgeTypes: clipAll(raw.knowledgeTypes),
    modes,
    currency: clip(raw.currency).slice(0, 10),
    facilities: clipAll(raw.facilities).join("\n"),
    languages: [...new Set(clipAll(raw.languages))],
    availability: clip(raw.availability),
    leadName: clip(raw.leadName),
    leadOrcid: clip(raw.leadOrcid),
    website: clip(raw.website),
    contactEmail: clip(raw.contactEmail),
    caseStudies: raw.caseStudies.slice(0, 20).map((c, key) => ({
      key,
      partnerKind: clip(c.partnerKind),
      partnerCountry: clip(c.partnerCountry),
      year: clip(c.year),
      challenge: clip(c.challenge),
      whatWasDone: clip(c.whatWasDone),
      outcome: clip(c.outcome),
    })),
  };
}

/** The public profile the draft would make, for the live preview (nothing is validated here). */
export function previewProfile(d: TeamDraft, institution: PreviewInstitution): TeamProfile {
  const now = new Date();
  const modes = ENGAGEMENT_MODES.filter((m) => d.modes[m.code]?.on).map((m) => ({
    mode: m.code,
    costBand: d.modes[m.code]?.costBand ?? "",
    duration: d.modes[m.code]?.duration ?? "",
  }));
  return {
    id: 0,
    slug: "preview",
    // A link needs a name: the search card links to the team by it.
    name: d.name.trim() || "Team name",
    summary: d.summary.trim(),
    keywords: d.keywords,
    fields: d.fields,
    availability: (d.availability || "now") as TeamProfile["availability"],
    institution,
    isDemo: false,
    updatedAt: now,
    notConfirmedRecently: false,
    description: d.description,
    sectors: d.sectors,
    knowledgeTypes: d.knowledgeTypes,
    facilities: d.facilities
      .split("\n")
      .map((f) => f.trim())
      .filter(Boolean),
    languages: d.languages,
    currency: d.currency || defaultCurrencyFor(institution.countryCode),
    leadName: d.leadName.trim() || null,
    leadOrcid: d.leadOrcid.trim() || null,
    website: d.website.trim() || null,
    status: "draft",
    confirmedAt: now,
    engagementModes: modes,
    card: { engagementModes: modes.filter((m) => m.costBand !== ""), medianFirstResponseMs: null },
    caseStudies: d.caseStudies.map((c) => ({
      partnerKind: c.partnerKind as TeamProfile["caseStudies"][number]["partnerKind"],
      partnerCountry: c.partnerCountry || null,
      year: /^\d{4}$/.test(c.year) ? Number(c.year) : null,
      challenge: c.challenge,
      whatWasDone: c.whatWasDone,
      outcome: c.outcome,
    })),
  };
}

// The listing editor's working copy: what the form holds while someone types (plain strings and
// lists), and its conversion from a saved listing and to the preview's profile.
import type { TeamProfile } from "@/lib/dal/team-dto";
import { ENGAGEMENT_MODES } from "@/lib/reference/engagement";
import type { TeamInput } from "@/lib/validation/team";

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
  for (const m of input?.engagementModes ?? []) modes[m.mode] = { on: true, costBand: m.costBand, duration: m.duration };
  return {
    name: input?.name ?? "",
    summary: input?.summary ?? "",
    description: input?.description ?? "",
    keywords: input?.keywords ?? [],
    fields: input?.fields ?? [],
    sectors: input?.sectors ?? [],
    knowledgeTypes: input?.knowledgeTypes ?? [],
    modes,
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

/** The public profile the draft would make, for the live preview (nothing is validated here). */
export function previewProfile(d: TeamDraft, institution: PreviewInstitution): TeamProfile {
  const now = new Date();
  return {
    id: 0,
    slug: "preview",
    name: d.name.trim(),
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
    facilities: d.facilities.split("\n").map((f) => f.trim()).filter(Boolean),
    languages: d.languages,
    leadName: d.leadName.trim() || null,
    leadOrcid: d.leadOrcid.trim() || null,
    website: d.website.trim() || null,
    status: "draft",
    confirmedAt: now,
    engagementModes: ENGAGEMENT_MODES.filter((m) => d.modes[m.code]?.on).map((m) => ({
      mode: m.code,
      costBand: d.modes[m.code]?.costBand ?? "",
      duration: d.modes[m.code]?.duration ?? "",
    })),
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

// The listing editor's live preview: the public profile its working copy would make. The working
// copy itself, and its conversions from a saved listing and from a submitted form, live in
// lib/validation/listing-draft.ts.
import type { TeamProfile } from "@/lib/dal/teams/types";
import { defaultCurrencyFor } from "@/lib/reference/currency";
import { ENGAGEMENT_MODES } from "@/lib/reference/engagement";
import type { TeamDraft } from "@/lib/validation/listing-draft";

export interface PreviewInstitution {
  slug: string;
  name: string;
  countryCode: string;
  city: string | null;
  verified: boolean;
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

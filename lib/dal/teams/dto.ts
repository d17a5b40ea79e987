import "server-only";
import type { CaseStudy, Institution, Team, TeamEngagementMode } from "@/db/schema";
import { defaultCurrencyFor } from "@/lib/reference/currency";

/** A listing goes stale when its owners have not confirmed it for this long. */
export const STALE_AFTER_MS = 15 * 30.44 * 24 * 3600 * 1000;

export interface InstitutionSummary {
  slug: string;
  name: string;
  countryCode: string;
  city: string | null;
  /** The Research Organization Registry id (a URL), when the institution has one. */
  rorId?: string | null;
  verified: boolean;
}

export interface TeamListItem {
  id: number;
  slug: string;
  name: string;
  summary: string;
  keywords: string[];
  fields: string[];
  languages: string[];
  /** ISO 4217 code the cost bands are stated in. */
  currency: string;
  availability: Team["availability"];
  institution: InstitutionSummary;
  isDemo: boolean;
  updatedAt: Date;
  notConfirmedRecently: boolean;
  /** What a result card shows besides the listing itself; loaded for lists by `withCardDetails`. */
  card?: TeamCardDetails;
}

export interface TeamCardDetails {
  engagementModes: { mode: string; costBand: string; duration: string }[];
  /** Median time to first response, once the team has received enough requests to say. */
  medianFirstResponseMs: number | null;
}

export interface TeamProfile extends TeamListItem {
  description: string;
  sectors: string[];
  knowledgeTypes: string[];
  facilities: string[];
  leadName: string | null;
  leadOrcid: string | null;
  website: string | null;
  status: Team["status"];
  confirmedAt: Date | null;
  engagementModes: { mode: string; costBand: string; duration: string }[];
  caseStudies: Omit<CaseStudy, "id" | "teamId" | "position">[];
  /** Present only when the viewer may see it. */
  contactEmail?: string;
}

export function toInstitutionSummary(i: Institution): InstitutionSummary {
  return {
    slug: i.slug,
    name: i.name,
    countryCode: i.countryCode,
    city: i.city,
    rorId: i.rorId,
    verified: i.verifiedAt !== null,
  };
}

export function isStale(team: Pick<Team, "confirmedAt" | "publishedAt" | "createdAt">, now = Date.now()): boolean {
  const since = team.confirmedAt ?? team.publishedAt ?? team.createdAt;
  return now - since.getTime() > STALE_AFTER_MS;
}

export function toTeamListItem(t: Team, i: Institution): TeamListItem {
  return {
    id: t.id,
    slug: t.slug,
    name: t.name,
    summary: t.summary,
    keywords: t.keywords,
    fields: t.fields,
    languages: t.languages,
    currency: t.currency ?? defaultCurrencyFor(i.countryCode),
    availability: t.availability,
    institution: toInstitutionSummary(i),
    isDemo: t.isDemo,
    updatedAt: t.updatedAt,
    notConfirmedRecently: isStale(t),
  };
}

export function toTeamProfile(
  t: Team,
  i: Institution,
  modes: TeamEngagementMode[],
  cases: CaseStudy[],
  showContact: boolean,
): TeamProfile {
  return {
    ...toTeamListItem(t, i),
    description: t.description,
    sectors: t.sectors,
    knowledgeTypes: t.knowledgeTypes,
    facilities: t.facilities,
    leadName: t.leadName,
    leadOrcid: t.leadOrcid,
    website: t.website,
    status: t.status,
    confirmedAt: t.confirmedAt,
    engagementModes: modes.map(({ mode, costBand, duration }) => ({ mode, costBand, duration })),
    caseStudies: [...cases]
      .sort((a, b) => a.position - b.position)
      .map(({ partnerKind, partnerCountry, year, challenge, whatWasDone, outcome }) => ({
        partnerKind,
        partnerCountry,
        year,
        challenge,
        whatWasDone,
        outcome,
      })),
    ...(showContact ? { contactEmail: t.contactEmail } : {}),
  };
}

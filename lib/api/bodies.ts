import "server-only";
// DAL results shaped as the public API's response bodies (lib/validation/api-responses.ts).
import type { CollectionCard, CollectionDetail } from "@/lib/dal/curation/collections";
import type { InstitutionProfile } from "@/lib/dal/institutions/public";
import type { PublicInstitution } from "@/lib/dal/register/open-data";
import type { TeamListItem, TeamProfile } from "@/lib/dal/teams/dto";
import type { Page } from "@/lib/dal/teams/public";
import { appUrl } from "@/lib/env";
import type { TeamSearchPage } from "@/lib/search/service";
import type { SimilarTeam } from "@/lib/search/similar-teams";
import type {
  CollectionDetailResponse,
  CollectionListResponse,
  InstitutionDetail,
  InstitutionListResponse,
  SimilarTeamsResponse,
  TeamDetail,
  TeamSearchResponse,
} from "@/lib/validation/api-responses";

export function teamSearchBody(result: TeamSearchPage): TeamSearchResponse {
  return {
    results: result.hits.map((h) => ({
      slug: h.team.slug,
      name: h.team.name,
      institution: h.team.institution.name,
      country: h.team.institution.countryCode,
      summary: h.team.summary,
      score: h.score,
      matchedFields: h.matchedFields,
      ...(h.typoOnly ? { typoOnly: true } : {}),
      isDemo: h.team.isDemo,
    })),
    total: result.total,
    page: result.page,
    pageCount: result.pageCount,
    facets: result.facets,
    didYouMean: result.didYouMean,
    ignoredTerms: result.ignoredTerms ?? [],
    usedTerms: result.usedTerms ?? [],
    droppedTerms: result.droppedTerms ?? [],
    unmatchedTerms: result.unmatchedTerms ?? [],
    ...(result.languageNote ? { languageNote: result.languageNote } : {}),
  } satisfies TeamSearchResponse;
}

/** One similar team as the API shows it (GET /api/v1/teams/{slug} and …/similar). */
export function similarTeamBody(t: SimilarTeam): SimilarTeamsResponse["results"][number] {
  return {
    slug: t.team.slug,
    name: t.team.name,
    institution: t.team.institution.name,
    country: t.team.institution.countryCode,
    summary: t.team.summary,
    score: t.score,
    matchedFields: t.matchedFields,
    sharedTerms: t.sharedTerms,
    isDemo: t.team.isDemo,
  };
}

export function teamDetailBody(t: TeamProfile, similar: readonly SimilarTeam[]): TeamDetail {
  const i = t.institution;
  return {
    slug: t.slug,
    url: `${appUrl()}/teams/${t.slug}`,
    name: t.name,
    summary: t.summary,
    description: t.description,
    keywords: t.keywords,
    fields: t.fields,
    sectors: t.sectors,
    knowledgeTypes: t.knowledgeTypes,
    facilities: t.facilities,
    languages: t.languages,
    availability: t.availability,
    engagementModes: t.engagementModes as TeamDetail["engagementModes"],
    caseStudies: t.caseStudies,
    leadName: t.leadName,
    leadOrcid: t.leadOrcid,
    website: t.website,
    institution: {
      slug: i.slug,
      name: i.name,
      countryCode: i.countryCode,
      city: i.city,
      rorId: i.rorId ?? null,
      verified: i.verified,
    },
    confirmedAt: t.confirmedAt?.toISOString() ?? null,
    notConfirmedRecently: t.notConfirmedRecently,
    updatedAt: t.updatedAt.toISOString(),
    isDemo: t.isDemo,
    similar: similar.map(similarTeamBody),
  } satisfies TeamDetail;
}

function institutionItem(i: PublicInstitution): InstitutionListResponse["institutions"][number] {
  return {
    slug: i.slug,
    url: `${appUrl()}/institutions/${i.slug}`,
    name: i.name,
    acronyms: i.acronyms,
    countryCode: i.countryCode,
    city: i.city,
    kind: i.kind,
    rorId: i.rorId,
    website: i.website,
    verified: i.verified,
    publishedTeamCount: i.publishedTeamCount,
    updatedAt: i.updatedAt.toISOString(),
  } satisfies InstitutionListResponse["institutions"][number];
}

export function institutionListBody(page: Page<PublicInstitution>): InstitutionListResponse {
  return {
    institutions: page.items.map(institutionItem),
    total: page.total,
    page: page.page,
    pageCount: page.pageCount,
  } satisfies InstitutionListResponse;
}

export function institutionDetailBody(i: InstitutionProfile, teams: Page<TeamListItem>): InstitutionDetail {
  return {
    ...institutionItem({ ...i, kind: i.kind as PublicInstitution["kind"] }),
    aliases: i.aliases,
    lat: i.lat,
    lng: i.lng,
    teams: {
      items: teams.items.map((t) => ({
        slug: t.slug,
        url: `${appUrl()}/teams/${t.slug}`,
        name: t.name,
        summary: t.summary,
        availability: t.availability,
        updatedAt: t.updatedAt.toISOString(),
        isDemo: t.isDemo,
      })),
      total: teams.total,
      page: teams.page,
      pageCount: teams.pageCount,
    },
  } satisfies InstitutionDetail;
}

export function collectionListBody(items: CollectionCard[]): CollectionListResponse {
  return {
    collections: items.map((c) => ({
      slug: c.slug,
      title: c.title,
      editorialNote: c.editorialNote,
      teamCount: c.teamCount,
      countryCount: c.countryCount,
      updatedAt: c.updatedAt.toISOString(),
      isDemo: c.isDemo,
    })),
  } satisfies CollectionListResponse;
}

export function collectionDetailBody(c: CollectionDetail): CollectionDetailResponse {
  return {
    slug: c.slug,
    title: c.title,
    editorialNote: c.editorialNote,
    updatedAt: c.updatedAt.toISOString(),
    isDemo: c.isDemo,
    countries: c.countries,
    teams: c.entries.map(({ team, note }) => ({
      slug: team.slug,
      name: team.name,
      institution: team.institution.name,
      country: team.institution.countryCode,
      summary: team.summary,
      availability: team.availability,
      note,
      isDemo: team.isDemo,
    })),
  } satisfies CollectionDetailResponse;
}

// Response bodies of the public JSON API. The route handlers build their bodies as these types
// (`satisfies`, so a new field fails to compile until it is described here), the OpenAPI
// description renders them, and the contract test checks live answers against that rendering.
import { z } from "zod";
import { FACET_NAMES } from "@/lib/search/types";
import {
  AVAILABILITY,
  COST_BANDS,
  DURATIONS,
  ENGAGEMENT_MODES,
  INSTITUTION_KINDS,
  PARTNER_KINDS,
  codesOf,
} from "@/lib/reference/engagement";

const isoDate = z.iso.datetime().meta({ description: "ISO 8601 date and time (UTC)." });
const countryCode = z.string().length(2).meta({ description: "ISO 3166-1 alpha-2 country code.", example: "GB" });
const pageUrl = z.url().meta({ description: "The human page on the register." });
/** What a search hit and a similar team both say of a team, first. */
const teamBrief = {
  slug: z.string(),
  name: z.string(),
  institution: z.string().meta({ description: "The institution's name." }),
  country: countryCode,
  summary: z.string(),
};

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.enum([
        "bad_request",
        "unauthenticated",
        "forbidden",
        "not_found",
        "conflict",
        "rate_limited",
        "internal",
      ]),
      message: z.string().meta({ description: "What went wrong, in words a person can act on." }),
      fields: z.record(z.string(), z.string()).optional().meta({ description: "Parameter → what is wrong with it." }),
    }),
  })
  .meta({ id: "Error" });

const pagination = {
  total: z.number().int().min(0).meta({ description: "Matching items over all pages." }),
  page: z.number().int().min(1),
  pageCount: z.number().int().min(1),
};

export const teamSearchHitSchema = z
  .object({
    ...teamBrief,
    score: z.number().meta({ description: "Relevance score (higher is better); comparable within one search only." }),
    matchedFields: z.array(z.string()).meta({ description: "Which parts of the listing matched the query." }),
    typoOnly: z
      .boolean()
      .optional()
      .meta({ description: "Present (true) when the team matched only through near spellings of the query's words." }),
    isDemo: z.boolean().meta({ description: "Demonstration data, not a real team." }),
  })
  .meta({ id: "TeamSearchHit" });

const facetCounts = z.array(z.object({ value: z.string(), count: z.number().int().min(0) }));

export const teamSearchResponseSchema = z
  .object({
    results: z.array(teamSearchHitSchema),
    ...pagination,
    facets: z
      .object(
        Object.fromEntries(FACET_NAMES.map((f) => [f, facetCounts])) as Record<
          (typeof FACET_NAMES)[number],
          typeof facetCounts
        >,
      )
      .meta({ description: "Counts over the whole result; a facet's counts ignore that facet's own selection." }),
    didYouMean: z.array(z.string()).meta({ description: "When nothing matched: closest spellings of the query." }),
    ignoredTerms: z.array(z.string()).meta({ description: "Words of the query that were not searched for." }),
    usedTerms: z
      .array(z.string())
      .meta({ description: "The words searched for (a long query is reduced to its most telling words)." }),
    droppedTerms: z
      .array(z.string())
      .meta({ description: "Words left out: by the reduction of a long query, or by `drop`." }),
    unmatchedTerms: z.array(z.string()).meta({ description: "Words searched for that no team uses." }),
    languageNote: z
      .object({
        language: z.string(),
        englishQuery: z.string().nullable(),
        listingsInLanguage: z.number().int().optional().meta({
          description: "How many results are listings written in that language (analysed in it).",
        }),
      })
      .optional()
      .meta({
        description:
          "When the query looks written in a language most listings are not in: the language, and an English query to try.",
      }),
  })
  .meta({ id: "TeamSearchResponse" });

export const similarTeamSchema = z
  .object({
    ...teamBrief,
    score: z.number().meta({ description: "Similarity score (higher is closer); comparable within one answer only." }),
    matchedFields: z.array(z.string()).meta({ description: "Which parts of this team's listing matched." }),
    sharedTerms: z.array(z.string()).meta({ description: "The telling words of the first team that this one shares." }),
    isDemo: z.boolean().meta({ description: "Demonstration data, not a real team." }),
  })
  .meta({ id: "SimilarTeam" });

export const similarTeamsResponseSchema = z
  .object({
    team: z.string().meta({ description: "The slug of the team the others are similar to." }),
    basedOn: z.array(z.string()).meta({ description: "That team's most telling words, best first." }),
    results: z.array(similarTeamSchema),
  })
  .meta({ id: "SimilarTeams" });

export const institutionRefSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    countryCode,
    city: z.string().nullable(),
    rorId: z.url().nullable().meta({ description: "The Research Organization Registry id, as a URL." }),
    verified: z.boolean().meta({ description: "A curator has verified the institution." }),
  })
  .meta({ id: "InstitutionRef" });

export const teamDetailSchema = z
  .object({
    slug: z.string(),
    url: pageUrl,
    name: z.string(),
    summary: z.string(),
    description: z.string(),
    keywords: z.array(z.string()),
    fields: z.array(z.string()).meta({ description: "OECD fields of science (codes)." }),
    sectors: z.array(z.string()).meta({ description: "SIC 2007 sections served (A to U)." }),
    knowledgeTypes: z.array(z.string()),
    facilities: z.array(z.string()),
    languages: z.array(z.string()).meta({ description: "ISO 639-1 languages the team works in." }),
    availability: z.enum(codesOf(AVAILABILITY)),
    engagementModes: z.array(
      z.object({
        mode: z.enum(codesOf(ENGAGEMENT_MODES)),
        costBand: z.enum(codesOf(COST_BANDS)),
        duration: z.enum(codesOf(DURATIONS)),
      }),
    ),
    caseStudies: z.array(
      z.object({
        partnerKind: z.enum(codesOf(PARTNER_KINDS)),
        partnerCountry: countryCode.nullable(),
        year: z.number().int().nullable(),
        challenge: z.string(),
        whatWasDone: z.string(),
        outcome: z.string(),
      }),
    ),
    leadName: z.string().nullable(),
    leadOrcid: z.string().nullable().meta({ description: "The team lead's ORCID iD." }),
    website: z.string().nullable(),
    institution: institutionRefSchema,
    confirmedAt: isoDate.nullable().meta({ description: "When the owners last confirmed the listing." }),
    notConfirmedRecently: z.boolean(),
    updatedAt: isoDate,
    isDemo: z.boolean(),
    similar: z
      .array(similarTeamSchema)
      .meta({ description: "Up to 6 teams with similar expertise (other institutions and countries welcome)." }),
  })
  .meta({ id: "Team" });

export const institutionListItemSchema = z
  .object({
    slug: z.string(),
    url: pageUrl,
    name: z.string(),
    acronyms: z.array(z.string()),
    countryCode,
    city: z.string().nullable(),
    kind: z.enum(codesOf(INSTITUTION_KINDS)),
    rorId: z.url().nullable(),
    website: z.string().nullable(),
    verified: z.boolean(),
    publishedTeamCount: z.number().int().min(0),
    updatedAt: isoDate,
  })
  .meta({ id: "Institution" });

export const institutionListResponseSchema = z
  .object({ institutions: z.array(institutionListItemSchema), ...pagination })
  .meta({ id: "InstitutionList" });

export const teamListItemSchema = z
  .object({
    slug: z.string(),
    url: pageUrl,
    name: z.string(),
    summary: z.string(),
    availability: z.enum(codesOf(AVAILABILITY)),
    updatedAt: isoDate,
    isDemo: z.boolean(),
  })
  .meta({ id: "TeamListItem" });

export const institutionDetailSchema = z
  .object({
    ...institutionListItemSchema.shape,
    aliases: z.array(z.string()),
    lat: z.number().nullable(),
    lng: z.number().nullable(),
    teams: z.object({ items: z.array(teamListItemSchema), ...pagination }).meta({
      description: "The institution's published teams, alphabetical, one page at a time.",
    }),
  })
  .meta({ id: "InstitutionDetail" });

export const collectionListResponseSchema = z
  .object({
    collections: z.array(
      z.object({
        slug: z.string(),
        title: z.string(),
        editorialNote: z.string(),
        teamCount: z.number().int().min(0),
        countryCount: z.number().int().min(0),
        updatedAt: isoDate,
        isDemo: z.boolean(),
      }),
    ),
  })
  .meta({ id: "CollectionList" });

export const collectionDetailSchema = z
  .object({
    slug: z.string(),
    title: z.string(),
    editorialNote: z.string(),
    updatedAt: isoDate,
    isDemo: z.boolean(),
    countries: z.array(z.object({ countryCode, teams: z.number().int().min(0) })),
    teams: z.array(
      z.object({
        slug: z.string(),
        name: z.string(),
        institution: z.string(),
        country: countryCode,
        summary: z.string(),
        availability: z.enum(codesOf(AVAILABILITY)),
        note: z.string().nullable().meta({ description: "Why the curator chose this team." }),
        isDemo: z.boolean(),
      }),
    ),
  })
  .meta({ id: "Collection" });

export const suggestResponseSchema = z
  .object({
    q: z.string(),
    suggestions: z.array(z.object({ kind: z.enum(["term", "team"]), text: z.string(), slug: z.string().optional() })),
  })
  .meta({ id: "Suggestions" });

export const healthResponseSchema = z
  .object({
    ok: z.boolean(),
    database: z.object({
      ok: z.boolean(),
      journalMode: z.string().optional(),
      publishedTeams: z.number().int().optional(),
      error: z.string().optional(),
    }),
  })
  .meta({ id: "Health" });

export type TeamSearchResponse = z.output<typeof teamSearchResponseSchema>;
export type TeamDetail = z.output<typeof teamDetailSchema>;
export type SimilarTeamsResponse = z.output<typeof similarTeamsResponseSchema>;
export type InstitutionListResponse = z.output<typeof institutionListResponseSchema>;
export type InstitutionDetail = z.output<typeof institutionDetailSchema>;
export type CollectionListResponse = z.output<typeof collectionListResponseSchema>;
export type CollectionDetailResponse = z.output<typeof collectionDetailSchema>;
export type SuggestResponse = z.output<typeof suggestResponseSchema>;

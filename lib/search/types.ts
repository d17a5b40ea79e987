// The contract of the search module. The engine (engine.ts) implements it; the app, the API and
// the benchmark only use these types and the engine's public functions.

/** One published team, flattened for indexing. Built from database rows by document.ts. */
export interface SearchDocument {
  id: number;
  slug: string;
  name: string;
  summary: string;
  description: string;
  keywords: string[];
  facilities: string[];
  institutionName: string;
  /** Institution aliases and acronyms ("ETH", "UCL"). */
  institutionAliases: string[];
  city: string;
  countryCode: string; // ISO 3166-1 alpha-2
  continent: string; // countries-list continent code: EU, AS, AF, NA, SA, OC, AN
  /** OECD FOS codes: both majors ("2") and subfields ("2.5"). */
  fields: string[];
  knowledgeTypes: string[];
  engagementModes: string[];
  costBands: string[];
  sectors: string[];
  languages: string[];
  availability: "now" | "limited" | "not-now";
  /** Case studies with an SME partner (a ranking signal). */
  smeCaseStudies: number;
  verifiedInstitution: boolean;
  /** Epoch ms of the last owner confirmation (or publication). */
  confirmedAt: number;
  updatedAt: number;
  /** Case studies (challenge, what was done, outcome) as one text; searched with the description. */
  caseStudyText?: string;
}

export const FACET_NAMES = [
  "country",
  "region",
  "field",
  "knowledgeType",
  "engagementMode",
  "costBand",
  "sector",
  "language",
  "availability",
] as const;
export type FacetName = (typeof FACET_NAMES)[number];

export interface SearchParams {
  q: string;
  /** Selected values per facet; values within one facet are OR-ed, facets are AND-ed. */
  filters: Partial<Record<FacetName, string[]>>;
  sort: "relevance" | "updated";
  page: number; // 1-based
  pageSize: number;
  /** Words of q the person chose to drop (as shown in usedTerms). */
  exclude?: string[];
}

export interface SearchHit {
  id: number;
  score: number;
  /** Which document fields matched ("name", "keywords", …). */
  matchedFields: string[];
  /** Query terms (as typed/expanded) that matched, for highlighting. */
  matchedTerms: string[];
  /** Set when every word of the hit matched only through typo tolerance (a near spelling). */
  typoOnly?: boolean;
}

export interface SearchResult {
  hits: SearchHit[]; // the requested page only
  total: number;
  page: number;
  pageCount: number;
  /** Counts over the full result set. For a facet, counts ignore that facet's own selection. */
  facets: Record<FacetName, { value: string; count: number }[]>;
  /** When nothing matched: closest spellings of the query terms. */
  didYouMean: string[];
  /** Words of the query that were not searched for (stop words, framing words, beyond the cap). */
  ignoredTerms?: string[];
  /** The query was longer than the limits allow and was cut. */
  truncated?: boolean;
  /** The words searched for, as typed (a long query reduced to its most telling words). */
  usedTerms?: string[];
  /** Words of the query not searched for: left out by the reduction, or dropped by the person (exclude). */
  droppedTerms?: string[];
  /** Words searched for that no team uses (not even through typo tolerance). */
  unmatchedTerms?: string[];
  /** When the query looks written in a language most listings are not in: a note and an English query to try. */
  languageNote?: {
    language: string;
    englishQuery: string | null;
    /** How many results are listings written in that language (absent when the query has no word of its own in it). */
    listingsInLanguage?: number;
  };
  /** For each facet with a selection: how many teams would match without that facet's selection. */
  withoutFacet?: Partial<Record<FacetName, number>>;
}

export interface Suggestion {
  kind: "term" | "team";
  text: string;
  slug?: string;
}

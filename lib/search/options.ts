// The one options object of the search module: what is indexed, how hard each limit bites, how
// often the index syncs and snapshots. Ranking weights live in ranking.ts.
import { continentName, countryName } from "@/lib/reference/countries";
import { ENGAGEMENT_MODES, KNOWLEDGE_TYPES, labelOf } from "@/lib/reference/engagement";
import { fieldName } from "@/lib/reference/fields";
import { sectorName } from "@/lib/reference/sectors";
import type { SearchField } from "./ranking";
import type { SearchDocument } from "./types";

/**
 * Bump when text processing, indexed fields or the snapshot layout change: snapshots written
 * with another version are ignored and the index is rebuilt.
 */
export const SCHEMA_VERSION = 8;

/** Indexed fields; the position in INDEXED_FIELDS is the field id. Both tiers are always searched (tier 2 holds the long texts). */
export const TIER1_FIELDS = ["name", "keywords", "institution", "summary", "place", "facilities", "topics"] as const;
export const TIER2_FIELDS = ["description", "caseStudies"] as const;
export const INDEXED_FIELDS: readonly SearchField[] = [...TIER1_FIELDS, ...TIER2_FIELDS];

export const SEARCH_OPTIONS = {
  limits: {
    /** Longer queries are cut here (characters, after control characters are removed): a pasted problem fits. */
    maxQueryLength: 5_000,
    /**
     * A longer query is reduced to this many words, the most telling (reduce.ts). Enough for the
     * need in a pasted page to outweigh its framing: BM25F ranks the teams matching many of them.
     */
    maxTerms: 64,
    /** Parsing stops after this many distinct words (a bound on work for a 5,000-character paste). */
    maxParsedTerms: 1_000,
    /** Typo tolerance and "did you mean" are tried for queries of at most this many words. */
    maxFuzzyTerms: 8,
    maxPageSize: 100,
    defaultPageSize: 20,
    /** Suggestions are computed for at most this many characters. */
    maxSuggestLength: 100,
  },
  matching: {
    /** The last word typed is also matched as a prefix when it has at least this many letters. */
    minPrefixLength: 3,
    maxPrefixExpansions: 64,
    maxFuzzyExpansions: 24,
    /** Typo tolerance is tried only for words indexed fewer times than this (each field of each team once, both tiers). */
    fuzzyIfRarerThan: 3,
  },
  index: {
    /** Dead documents (discarded or replaced) are purged once they are this share of all slots… */
    compactDeadShare: 0.25,
    /** …and at least this many. */
    compactMinDead: 2_000,
  },
  sync: {
    /** Another process's writes are looked for at most this often (ms). */
    minIntervalMs: 250,
    /** Write a snapshot after this many applied changes… */
    snapshotAfterChanges: 500,
    /** …but not more often than this (ms). */
    minSnapshotIntervalMs: 60_000,
  },
} as const;

/** Typo tolerance scaled to word length: none up to 3 letters, 1 edit up to 7, then 2 (a swap of neighbours is 1). */
export function maxEdits(length: number): number {
  return length <= 3 ? 0 : length <= 7 ? 1 : 2;
}

function topicsOf(d: SearchDocument): string {
  return [
    ...d.fields.map(fieldName),
    ...d.sectors.map(sectorName),
    ...d.engagementModes.map((m) => labelOf(ENGAGEMENT_MODES, m)),
    ...d.knowledgeTypes.map((k) => labelOf(KNOWLEDGE_TYPES, k)),
  ].join(" | ");
}

/** The text MiniSearch indexes for each field of a document. */
export function extractField(d: SearchDocument, field: string): string | number | undefined {
  switch (field) {
    case "id":
      return d.id;
    case "name":
      return d.name;
    case "keywords":
      return d.keywords.join(" | ");
    case "institution":
      return [d.institutionName, ...d.institutionAliases].join(" | ");
    case "summary":
      return d.summary;
    case "place":
      return [d.city, countryName(d.countryCode), continentName(d.continent)].join(" | ");
    case "facilities":
      return d.facilities.join(" | ");
    case "topics":
      return topicsOf(d);
    case "description":
      return d.description;
    case "caseStudies":
      return d.caseStudyText ?? "";
    default:
      return undefined;
  }
}

// Shapes shared by the benchmark's helpers.
import type { SearchParams } from "@/lib/search/types";

export interface Topic {
  name: string;
  subfield: string;
  /** OpenAlex field name ("Engineering", "Medicine", …); mapped to OECD codes by the generator. */
  field: string;
  keywords: string[];
  summary: string;
}

export interface Vocabulary {
  source: "openalex" | "fallback";
  topics: Topic[];
}

export interface Institution {
  name: string;
  aliases: string[];
  city: string;
  countryCode: string;
  continent: string;
  verified: boolean;
}

/** "pasted" (a problem statement of 1,000–5,000 characters) is timed as its own mix, outside the main one. */
export type QueryKind = "one-word" | "multi-word" | "prefix" | "typo" | "sentence" | "browse" | "pasted";

export interface BenchQuery {
  kind: QueryKind;
  /** True when the query carries at least one facet filter. */
  filtered: boolean;
  params: SearchParams;
}

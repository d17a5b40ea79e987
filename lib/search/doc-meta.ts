// The per-document data the engine keeps besides the postings: facet values, ranking signals,
// and the strings typeahead shows.
import { FACET_NAMES, type SearchDocument } from "./types";
import { own } from "@/lib/own";

/** Everything about a document except its text: what a snapshot stores beside the postings. */
export interface DocMeta {
  id: number;
  slug: string;
  name: string;
  keywords: string[];
  facets: string[][];
  availability: number;
  smeCaseStudies: number;
  verified: boolean;
  confirmedAt: number;
  updatedAt: number;
}

const AVAILABILITY_CODE: Record<string, number> = { now: 0, limited: 1, "not-now": 2 };

export function toDocMeta(d: SearchDocument): DocMeta {
  const fields = new Set(d.fields);
  for (const f of d.fields) if (f.includes(".")) fields.add(f.slice(0, f.indexOf(".")));
  const byName: Record<(typeof FACET_NAMES)[number], readonly string[]> = {
    country: [d.countryCode],
    region: [d.continent],
    field: [...fields],
    knowledgeType: d.knowledgeTypes,
    engagementMode: d.engagementModes,
    costBand: d.costBands,
    sector: d.sectors,
    language: d.languages,
    availability: [d.availability],
  };
  return {
    id: d.id,
    slug: d.slug,
    name: d.name,
    keywords: [...d.keywords],
    facets: FACET_NAMES.map((n) => byName[n].filter((v) => typeof v === "string" && v !== "")),
    availability: own(AVAILABILITY_CODE, d.availability) ?? 2,
    smeCaseStudies: d.smeCaseStudies,
    verified: d.verifiedInstitution,
    confirmedAt: d.confirmedAt,
    updatedAt: d.updatedAt,
  };
}

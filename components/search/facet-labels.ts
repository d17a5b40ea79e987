// How each search facet and its values are named on the page.
import { label } from "@/components/labels";
import { continentName } from "@/lib/reference/countries";
import type { FacetName } from "@/lib/search/types";

export interface FacetUi {
  name: FacetName;
  title: string;
  valueLabel: (value: string) => string;
}

/** In the order the filters are shown. */
export const FACET_UI: readonly FacetUi[] = [
  { name: "availability", title: "Availability", valueLabel: label.availability },
  { name: "country", title: "Country", valueLabel: label.country },
  { name: "region", title: "World region", valueLabel: continentName },
  { name: "field", title: "Field of science", valueLabel: label.field },
  { name: "sector", title: "Sector served", valueLabel: label.sector },
  { name: "knowledgeType", title: "Kind of knowledge", valueLabel: label.knowledgeType },
  { name: "engagementMode", title: "Way of working", valueLabel: label.mode },
  { name: "costBand", title: "Indicative cost", valueLabel: label.costBand },
  { name: "language", title: "Language spoken", valueLabel: label.language },
];

export const facetTitle = (name: FacetName) => FACET_UI.find((f) => f.name === name)?.title ?? name;
export const facetValueLabel = (name: FacetName, value: string) =>
  FACET_UI.find((f) => f.name === name)?.valueLabel(value) ?? value;

/** "Matched in" wording for the indexed fields. */
export const MATCHED_FIELD_LABELS: Record<string, string> = {
  name: "name",
  keywords: "keywords",
  institution: "institution",
  summary: "summary",
  place: "location",
  facilities: "facilities",
  topics: "fields and services",
  description: "description",
  caseStudies: "case studies",
};

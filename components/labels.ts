// Display labels for stored codes, in one place for every page.
import {
  AVAILABILITY,
  COST_BANDS,
  DURATIONS,
  ENGAGEMENT_MODES,
  KNOWLEDGE_TYPES,
  PARTNER_KINDS,
  labelOf,
} from "@/lib/reference/engagement";
import { countryName, languageName } from "@/lib/reference/countries";
import { costBandIn } from "@/lib/reference/currency";
import { fieldName } from "@/lib/reference/fields";
import { sectorName } from "@/lib/reference/sectors";

export const label = {
  availability: (c: string) => labelOf(AVAILABILITY, c),
  costBand: (c: string) => labelOf(COST_BANDS, c),
  /** A cost band stated in the team's currency ("Under €5k"). */
  costBandIn: (c: string, currency: string) => costBandIn(c, currency),
  duration: (c: string) => labelOf(DURATIONS, c),
  mode: (c: string) => labelOf(ENGAGEMENT_MODES, c),
  knowledgeType: (c: string) => labelOf(KNOWLEDGE_TYPES, c),
  partnerKind: (c: string) => labelOf(PARTNER_KINDS, c),
  country: countryName,
  language: languageName,
  field: fieldName,
  sector: sectorName,
};

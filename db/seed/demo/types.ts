import type {
  Availability,
  CostBand,
  Duration,
  EngagementMode,
  InstitutionKind,
  KnowledgeType,
  PartnerKind,
} from "@/lib/reference/engagement";

/** A real institution: every fact here (ROR id, name, country, city, coordinates, domains) is
 * copied from its ROR record. */
export interface DemoInstitution {
  rorId: string; // full URL form, "https://ror.org/052gg0110"
  name: string;
  aliases: string[]; // acronyms and other names from ROR
  countryCode: string; // ISO 3166-1 alpha-2, upper case
  city: string;
  lat: number;
  lng: number;
  website: string | null;
  emailDomains: string[];
  kind: InstitutionKind;
}

export interface DemoCaseStudy {
  partnerKind: PartnerKind;
  partnerCountry: string; // ISO 3166-1 alpha-2
  year: number; // 2015..2026
  challenge: string;
  whatWasDone: string;
  outcome: string;
}

/** An invented team at a real institution: shown everywhere as demonstration data. */
export interface DemoTeam {
  slug: string; // kebab-case, unique across all demo files
  institutionRorId: string; // one of the DemoInstitution.rorId values
  name: string;
  summary: string; // one paragraph, 2–4 sentences, in the words an SME owner uses
  description: string; // 2–3 short paragraphs separated by "\n\n"
  keywords: string[]; // 4–10, lower case, technical and plain terms
  fields: string[]; // OECD FOS subfield codes, e.g. "2.5" (lib/reference/fields.ts)
  sectors: string[]; // UK SIC 2007 section letters served (lib/reference/sectors.ts)
  knowledgeTypes: KnowledgeType[];
  engagementModes: { mode: EngagementMode; costBand: CostBand; duration: Duration }[];
  facilities: string[]; // named equipment or labs, may be empty
  languages: string[]; // ISO 639-1 codes the team can work in
  availability: Availability;
  leadName: string; // invented person
  contactEmail: string; // always <slug>@demo.expertise-atlas.example
  website: string | null; // null, or the institution's website
  caseStudies: DemoCaseStudy[]; // 0–3
}

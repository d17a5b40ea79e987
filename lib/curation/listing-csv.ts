// The listing exchange format: one row per team in CSV, or the full structure in JSON. The CSV
// columns are the import's columns, so a file can be exported, edited and imported again.
import { stringify } from "csv-stringify/sync";
import type { TeamStatus } from "@/lib/reference/engagement";
import type { TeamInput } from "@/lib/validation/team";
import { joinList, joinModes, protectCell } from "./csv-cells";

/** A listing as exported. `contactEmail` only in the staff export. */
export interface ListingRecord extends Omit<TeamInput, "contactEmail"> {
  slug: string;
  status: TeamStatus;
  version: number;
  updatedAt: string;
  institution: { slug: string; rorId: string | null; name: string; countryCode: string };
  contactEmail?: string;
}

export const CSV_COLUMNS = [
  "slug",
  "status",
  "version",
  "institution",
  "institution_ror",
  "institution_name",
  "country",
  "name",
  "summary",
  "description",
  "keywords",
  "fields",
  "sectors",
  "knowledge_types",
  "engagement_modes",
  "currency",
  "facilities",
  "languages",
  "availability",
  "lead_name",
  "lead_orcid",
  "website",
  "contact_email",
  "case_studies",
  "updated_at",
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Written for information, ignored by the import (the listing's own state decides them). */
export const INFORMATIONAL_COLUMNS: readonly CsvColumn[] = ["status", "institution_name", "country", "updated_at"];

/** CSV column ⇄ field of the team schema, for the editable content. */
export const COLUMN_FIELDS = {
  name: "name",
  summary: "summary",
  description: "description",
  keywords: "keywords",
  fields: "fields",
  sectors: "sectors",
  knowledge_types: "knowledgeTypes",
  engagement_modes: "engagementModes",
  currency: "currency",
  facilities: "facilities",
  languages: "languages",
  availability: "availability",
  lead_name: "leadName",
  lead_orcid: "leadOrcid",
  website: "website",
  contact_email: "contactEmail",
  case_studies: "caseStudies",
} as const satisfies Partial<Record<CsvColumn, keyof TeamInput>>;

export function listingToCsvRecord(l: ListingRecord, withContact: boolean): Record<string, string> {
  const record: Record<CsvColumn, string> = {
    slug: l.slug,
    status: l.status,
    version: String(l.version),
    institution: l.institution.slug,
    institution_ror: l.institution.rorId ?? "",
    institution_name: l.institution.name,
    country: l.institution.countryCode,
    name: l.name,
    summary: l.summary,
    description: l.description,
    keywords: joinList(l.keywords),
    fields: joinList(l.fields),
    sectors: joinList(l.sectors),
    knowledge_types: joinList(l.knowledgeTypes),
    engagement_modes: joinModes(l.engagementModes),
    currency: l.currency ?? "",
    facilities: joinList(l.facilities),
    languages: joinList(l.languages),
    availability: l.availability,
    lead_name: l.leadName ?? "",
    lead_orcid: l.leadOrcid ?? "",
    website: l.website ?? "",
    contact_email: withContact ? (l.contactEmail ?? "") : "",
    case_studies: l.caseStudies.length > 0 ? JSON.stringify(l.caseStudies) : "",
    updated_at: l.updatedAt,
  };
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, protectCell(v)]));
}

/** The CSV file: a header row, then one row per listing. The public file has no contact column. */
export function listingsToCsv(listings: readonly ListingRecord[], withContact: boolean): string {
  const columns = withContact ? [...CSV_COLUMNS] : CSV_COLUMNS.filter((c) => c !== "contact_email");
  return stringify(
    listings.map((l) => listingToCsvRecord(l, withContact)),
    { header: true, columns, record_delimiter: "\r\n", quoted_match: /^\s|\s$/ },
  );
}

export function listingsToJson(listings: readonly ListingRecord[], exportedAt: Date): string {
  return JSON.stringify({ exportedAt: exportedAt.toISOString(), count: listings.length, teams: listings }, null, 2);
}

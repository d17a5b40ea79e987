// Database rows → the flat document the index stores. Pure: the DAL reads the rows
// (lib/dal/search/documents.ts), this decides what a team looks like to search.
import type { SearchTeamRows } from "@/lib/dal/search/documents";
import { continentOf } from "@/lib/reference/countries";
import { majorFieldOf } from "@/lib/reference/fields";
import type { SearchDocument } from "./types";

export type TeamRows = SearchTeamRows;

const unique = <T>(xs: Iterable<T>): T[] => [...new Set(xs)];

export function toSearchDocument({ team, institution, modes, cases }: TeamRows): SearchDocument {
  const fields = unique(team.fields.flatMap((f) => [majorFieldOf(f), f]));
  return {
    id: team.id,
    slug: team.slug,
    name: team.name,
    summary: team.summary,
    description: team.description,
    keywords: team.keywords,
    facilities: team.facilities,
    institutionName: institution.name,
    institutionAliases: unique([...institution.aliases, ...institution.acronyms]),
    city: institution.city ?? "",
    countryCode: institution.countryCode,
    continent: continentOf(institution.countryCode) ?? "",
    fields,
    knowledgeTypes: team.knowledgeTypes,
    engagementModes: unique(modes.map((m) => m.mode)),
    costBands: unique(modes.map((m) => m.costBand)),
    sectors: team.sectors,
    languages: team.languages,
    availability: team.availability,
    smeCaseStudies: cases.filter((c) => c.partnerKind === "sme").length,
    verifiedInstitution: institution.verifiedAt !== null,
    confirmedAt: (team.confirmedAt ?? team.publishedAt ?? team.createdAt).getTime(),
    updatedAt: team.updatedAt.getTime(),
    caseStudyText: cases.map((c) => `${c.challenge} ${c.whatWasDone} ${c.outcome}`).join("\n"),
  };
}

export function toSearchDocuments(rows: readonly TeamRows[]): SearchDocument[] {
  return rows.map(toSearchDocument);
}

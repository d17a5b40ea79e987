// Database rows → the flat document the index stores. Pure: the DAL reads the rows, this decides
// what a team looks like to search.
import type { CaseStudy, Institution, Team, TeamEngagementMode } from "@/db/schema";
import { continentOf } from "@/lib/reference/countries";
import { majorFieldOf } from "@/lib/reference/fields";
import type { SearchDocument } from "./types";

export interface TeamRows {
  team: Pick<
    Team,
    | "id"
    | "slug"
    | "name"
    | "summary"
    | "description"
    | "keywords"
    | "fields"
    | "sectors"
    | "knowledgeTypes"
    | "facilities"
    | "languages"
    | "availability"
    | "confirmedAt"
    | "publishedAt"
    | "createdAt"
    | "updatedAt"
  >;
  institution: Pick<Institution, "name" | "aliases" | "acronyms" | "countryCode" | "city" | "verifiedAt">;
  modes: readonly Pick<TeamEngagementMode, "mode" | "costBand">[];
  cases: readonly Pick<CaseStudy, "partnerKind" | "challenge" | "whatWasDone" | "outcome">[];
}

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

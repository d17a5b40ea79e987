// The DTO types of institutions: the one lib/dal module components may import (types only,
// nothing that runs; eslint.config.js).

export type { CuratedInstitution, InstitutionFilter } from "./curation";
export type { InstitutionOption } from "./find";
export type { InstitutionProfile, InstitutionWithTeams } from "./public";
export type { UpsertTally } from "./writes";

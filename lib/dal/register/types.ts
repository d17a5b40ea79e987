// The DTO types of the register's figures and open data: the one lib/dal module components may import (types only,
// nothing that runs; eslint.config.js).

export type { PublicInstitution, InstitutionListFilter, SitemapEntry } from "./open-data";
export type { RegisterStats, MapPoint } from "./stats";

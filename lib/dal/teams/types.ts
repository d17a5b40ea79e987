// The DTO types of teams (listings): the one lib/dal module components may import (types only,
// nothing that runs; eslint.config.js).

export type { InstitutionSummary, TeamListItem, TeamCardDetails, TeamProfile } from "./dto";
export type { LifecycleResult, ReviewDecision } from "./lifecycle";
export type { InstitutionChoice, EditableTeam, DashboardTeam } from "./owner-queries";
export type { TeamFilter, Page } from "./public";
export type { ShortlistEntry, ComparedTeam } from "./shortlists";
export type { UpdateResult } from "./writes";

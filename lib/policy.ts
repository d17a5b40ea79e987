// Pure permission predicates: one per action, no I/O. The DAL calls them before every read of
// private data and every write; lib/policy.test.ts checks each role against each action.
import type { Viewer } from "./viewer";

export interface TeamRef {
  status: string;
  institutionId: number;
}

const isStaff = (v: Viewer) => v.kind === "system" || (v.kind === "user" && !v.suspended && (v.role === "curator" || v.role === "admin"));
const isMemberOf = (v: Viewer, institutionId: number) =>
  v.kind === "user" && !v.suspended && v.role === "university" && v.institutionIds.includes(institutionId);

/** Published listings are public; drafts and the rest only to their institution and curators. */
export function canViewTeam(v: Viewer, team: TeamRef): boolean {
  if (team.status === "published") return true;
  return isStaff(v) || isMemberOf(v, team.institutionId);
}

/** The team's contact e-mail is never public: only its own members and curators see it. */
export function canSeeTeamContact(v: Viewer, team: TeamRef): boolean {
  return isStaff(v) || isMemberOf(v, team.institutionId);
}

export function canCreateTeam(v: Viewer, institutionId: number): boolean {
  return isStaff(v) || isMemberOf(v, institutionId);
}

export function canEditTeam(v: Viewer, team: TeamRef): boolean {
  if (team.status === "archived") return isStaff(v);
  return isStaff(v) || isMemberOf(v, team.institutionId);
}

export function canModerateTeams(v: Viewer): boolean {
  return isStaff(v);
}

/** Bulk import of institutions and listings, seeding, backups. */
export function canImport(v: Viewer): boolean {
  return isStaff(v);
}

export function canVerifyInstitution(v: Viewer): boolean {
  return isStaff(v);
}

export function canReadOutbox(v: Viewer): boolean {
  return v.kind === "system" || (v.kind === "user" && !v.suspended && v.role === "admin");
}

export function canManageRoles(v: Viewer): boolean {
  return v.kind === "system" || (v.kind === "user" && !v.suspended && v.role === "admin");
}

// Pure permission predicates: one per action, no I/O. The DAL calls them before every read of
// private data and every write; lib/policy.test.ts checks each role against each action.
import { isActiveUser, isAdmin, isStaff } from "./policy/viewer-kinds";
import type { Viewer } from "./viewer";

export interface TeamRef {
  status: string;
  institutionId: number;
}

/** What the trust rule needs to know about a listing's institution. */
export interface InstitutionTrust {
  verified: boolean;
  trusted: boolean;
}

const isMemberOf = (v: Viewer, institutionId: number) =>
  isActiveUser(v) && v.role === "university" && v.institutionIds.includes(institutionId);

/** Listing states its owners may no longer change: archived, or rejected by a curator. */
const CLOSED_FOR_OWNERS = new Set(["archived", "rejected"]);
/** States from which a listing can be sent for review. */
const SUBMITTABLE = new Set(["draft", "changes_requested"]);

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
  if (CLOSED_FOR_OWNERS.has(team.status)) return isStaff(v);
  return isStaff(v) || isMemberOf(v, team.institutionId);
}

/** Sending a draft (or a listing a curator sent back) for review. */
export function canSubmitTeam(v: Viewer, team: TeamRef): boolean {
  return SUBMITTABLE.has(team.status) && (isStaff(v) || isMemberOf(v, team.institutionId));
}

/**
 * Whether a write by this viewer may go live without a curator: curators always; members only
 * when their institution is verified and a curator has marked it trusted.
 */
export function canPublishWithoutReview(v: Viewer, team: TeamRef, institution: InstitutionTrust): boolean {
  if (isStaff(v)) return true;
  return isMemberOf(v, team.institutionId) && institution.verified && institution.trusted;
}

/** Owners confirm their published listing is still accurate. */
export function canConfirmTeam(v: Viewer, team: TeamRef): boolean {
  return team.status === "published" && (isStaff(v) || isMemberOf(v, team.institutionId));
}

/** Owners may withdraw their own listing; curators may archive any. */
export function canArchiveTeam(v: Viewer, team: TeamRef): boolean {
  if (team.status === "archived") return false;
  return isStaff(v) || isMemberOf(v, team.institutionId);
}

/** Bringing an archived or rejected listing back as a draft. */
export function canRestoreTeam(v: Viewer, team: TeamRef): boolean {
  return CLOSED_FOR_OWNERS.has(team.status) && isStaff(v);
}

/** Who changed a listing, and how: its owners and curators. */
export function canReadTeamHistory(v: Viewer, team: TeamRef): boolean {
  return isStaff(v) || isMemberOf(v, team.institutionId);
}

/** Approve, request changes, reject: the review queue. */
export function canModerateTeams(v: Viewer): boolean {
  return isStaff(v);
}

/** Bulk import of institutions and listings, seeding, backups. */
export function canImport(v: Viewer): boolean {
  return isStaff(v);
}

/** Merge a duplicate listing into the one that survives (moves its links, archives it). */
export function canMergeTeams(v: Viewer): boolean {
  return isStaff(v);
}

/**
 * The full listing export: every status and the contact e-mails. The public export (published
 * listings, no contacts) needs no predicate beyond canViewTeam.
 */
export function canExportListings(v: Viewer): boolean {
  return isStaff(v);
}

/** Verify an institution, or mark it trusted. */
export function canVerifyInstitution(v: Viewer): boolean {
  return isStaff(v);
}

/**
 * Ask to join an institution after sign-up (another one, or again after a refusal or a move):
 * university staff accounts. Joining still needs a confirmed address or a curator's approval.
 */
export function canRequestMembership(v: Viewer): boolean {
  return isActiveUser(v) && v.role === "university";
}

/** Leave an institution, withdraw a request, or confirm one's own address: only the person. */
export function canManageOwnMembership(v: Viewer, memberUserId: string): boolean {
  return isActiveUser(v) && v.id === memberUserId;
}

/** See membership requests with their evidence, and approve or reject them. */
export function canDecideMembership(v: Viewer): boolean {
  return isStaff(v);
}

/** Curated collections: create, edit, order, publish, delete, and preview unpublished ones. */
export function canCurateCollections(v: Viewer): boolean {
  return isStaff(v);
}

/** Search synonym groups: list, add, edit and remove the curated groups the index merges in. */
export function canCurateSynonyms(v: Viewer): boolean {
  return isStaff(v);
}

/** Demand insight: what people search for (anonymous search_events) and do not find. */
export function canReadDemand(v: Viewer): boolean {
  return isStaff(v);
}

/**
 * Search institutions to choose one (a curator listing a team, a member asking to join): any
 * signed-in person. The facts are public; the search endpoint is not a public scraping service.
 */
export function canSearchInstitutions(v: Viewer): boolean {
  return v.kind === "system" || isActiveUser(v);
}

export function canReadOutbox(v: Viewer): boolean {
  return isAdmin(v);
}

/** Recent security events (failed sign-ins, limits hit, refusals, role and two-step changes). */
export function canReadSecurityEvents(v: Viewer): boolean {
  return isAdmin(v);
}

export function canManageRoles(v: Viewer): boolean {
  return isAdmin(v);
}

/**
 * Changing another person's role or suspension. Never one's own (an admin cannot lock themselves
 * out by accident); the last-admin rule needs the database and lives in the DAL.
 */
export function canManageUser(v: Viewer, targetUserId: string): boolean {
  if (!canManageRoles(v)) return false;
  return v.kind === "system" || (v.kind === "user" && v.id !== targetUserId);
}

/** A person's own account: profile, e-mail, password, data export, deletion. */
export function canManageAccount(v: Viewer, userId: string): boolean {
  return v.kind === "user" && v.id === userId;
}

/** The curator's area (/curate) in the navigation: any of its capabilities, for an active account. */
export function canSeeCurateNav(v: Viewer): boolean {
  return canModerateTeams(v) || canCurateCollections(v) || canReadDemand(v);
}

/** "Create a listing": staff, or an active member of at least one institution. */
export function canCreateAnyTeam(v: Viewer): boolean {
  return isStaff(v) || (isActiveUser(v) && v.role === "university" && v.institutionIds.length > 0);
}

/** What the navigation offers a signed-in person; every flag is one of the predicates above. */
export interface NavCapabilities {
  /** A business account's pages: introductions, shortlist, saved searches. */
  firm: boolean;
  dashboard: boolean;
  /** The requests answered by a university member's teams. */
  teamRequests: boolean;
  curate: boolean;
  admin: boolean;
}

export function navCapabilities(v: Viewer): NavCapabilities {
  const active = isActiveUser(v);
  return {
    firm: active && v.role === "sme",
    dashboard: canUseDashboard(v),
    teamRequests: active && v.role === "university",
    curate: canSeeCurateNav(v),
    admin: canManageRoles(v),
  };
}

/** The listing dashboard: university members (even while their membership is pending) and staff. */
export function canUseDashboard(v: Viewer): boolean {
  return isStaff(v) || (isActiveUser(v) && v.role === "university");
}

export * from "./policy/introductions";

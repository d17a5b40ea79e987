// Pure permission predicates for introductions, shortlists, saved searches and their dashboards.
// Re-exported from lib/policy.ts (the one place rules live); lib/policy/introductions.test.ts
// checks every role against every action.
import { isOpenStatus } from "@/lib/introductions/vocabulary";
import type { RequestKind, RequestStatus } from "@/lib/reference/statuses";
import type { Viewer } from "../viewer";
import { isActiveUser, isStaff } from "./viewer-kinds";

/** What the rules need to know about a request. */
export interface RequestRef {
  /** "need": sent without a team (from /contact), for a broker to answer with suggested teams. */
  kind: RequestKind;
  smeUserId: string | null;
  /** The institution of the requested team: its active members are "the team". Null for a need. */
  teamInstitutionId: number | null;
  /** The intermediary triaging it, or null when it went straight to the team. */
  brokerId: number | null;
  status: RequestStatus;
  /** Forwarded to the team (by a broker, or straight away): the team may now read it. */
  reachedTeam: boolean;
  /** The team accepted at some point (the SME may see its contact from then on). */
  accepted: boolean;
  /** The SME agreed to share the firm's contact details with the team. */
  consentShareContact: boolean;
}

export type RequestParty = "sme" | "team" | "broker" | "staff";

const owner = (v: Viewer, r: RequestRef) => isActiveUser(v) && r.smeUserId !== null && v.id === r.smeUserId;
const teamMember = (v: Viewer, r: RequestRef) =>
  isActiveUser(v) &&
  v.role === "university" &&
  r.teamInstitutionId !== null &&
  v.institutionIds.includes(r.teamInstitutionId) &&
  r.reachedTeam;
/** Brokers are members of an intermediary organisation, whatever their role. */
const broker = (v: Viewer, r: RequestRef) =>
  isActiveUser(v) && r.brokerId !== null && v.intermediaryIds.includes(r.brokerId);

const AWAITING_BROKER = new Set<RequestStatus>(["submitted", "triaged"]);
const WITHDRAWABLE = new Set<RequestStatus>(["submitted", "triaged", "forwarded", "accepted"]);
const CLOSABLE = new Set<RequestStatus>(["accepted", "connected"]);

/** Which side of the request the viewer is on, in order of precedence; null when none. */
export function partyOf(v: Viewer, r: RequestRef): RequestParty | null {
  if (owner(v, r)) return "sme";
  if (teamMember(v, r)) return "team";
  if (broker(v, r)) return "broker";
  if (isStaff(v)) return "staff";
  return null;
}

/** Firms ask for introductions; a suspended account cannot. */
export function canRequestIntroduction(v: Viewer): boolean {
  return isActiveUser(v) && v.role === "sme";
}

/** The SME, the team's members (once it reached them), the assigned broker, curators, admins. */
export function canReadRequest(v: Viewer, r: RequestRef): boolean {
  return partyOf(v, r) !== null;
}

export function canWithdrawRequest(v: Viewer, r: RequestRef): boolean {
  return owner(v, r) && WITHDRAWABLE.has(r.status);
}

/** Pick up, add a note, forward or decline: the assigned broker, or any curator. */
export function canTriageRequest(v: Viewer, r: RequestRef): boolean {
  return AWAITING_BROKER.has(r.status) && (broker(v, r) || isStaff(v));
}

/** Pass a request on to its team: only a request for a team, while in triage. */
export function canForwardRequest(v: Viewer, r: RequestRef): boolean {
  return r.kind === "team" && canTriageRequest(v, r);
}

/**
 * Hand a request still in triage to another intermediary's queue: its broker, or any curator.
 * The old broker's members lose access with it (curators keep theirs).
 */
export function canReassignRequest(v: Viewer, r: RequestRef): boolean {
  return AWAITING_BROKER.has(r.status) && (broker(v, r) || isStaff(v));
}

/** Point the firm to better-placed teams, while the request is still open. */
export function canSuggestTeams(v: Viewer, r: RequestRef): boolean {
  return isOpenStatus(r.status) && r.status !== "connected" && (broker(v, r) || isStaff(v));
}

/** Accept or decline (with a reason, and perhaps another team): the team's own members. */
export function canRespondToRequest(v: Viewer, r: RequestRef): boolean {
  return r.kind === "team" && r.status === "forwarded" && (v.kind === "system" || teamMember(v, r));
}

/** "We have been in touch": the firm or the team, after acceptance. */
export function canMarkConnected(v: Viewer, r: RequestRef): boolean {
  return r.kind === "team" && r.status === "accepted" && (owner(v, r) || teamMember(v, r) || v.kind === "system");
}

/**
 * After acceptance, any party. A need (no team) is closed while its broker works on it: by the
 * broker or a curator once teams were suggested, or by the firm when it has what it needs.
 */
export function canCloseRequest(v: Viewer, r: RequestRef): boolean {
  if (r.kind === "need") return AWAITING_BROKER.has(r.status) && (owner(v, r) || broker(v, r) || isStaff(v));
  return CLOSABLE.has(r.status) && partyOf(v, r) !== null;
}

/** The thread stays open until the request is withdrawn or closed. */
export function canPostRequestMessage(v: Viewer, r: RequestRef): boolean {
  return r.status !== "withdrawn" && r.status !== "closed" && v.kind === "user" && partyOf(v, r) !== null;
}

/** Internal notes between broker and team are not shown to the firm. */
export function canReadInternalNotes(v: Viewer, r: RequestRef): boolean {
  const party = partyOf(v, r);
  return party !== null && party !== "sme";
}

/** The team's contact e-mail: revealed to the SME only once the team has accepted. */
export function canSeeTeamContactOnRequest(v: Viewer, r: RequestRef): boolean {
  const party = partyOf(v, r);
  if (party === "sme") return r.accepted;
  return party === "team" || party === "staff";
}

/** The firm's contact details: to the team only with the SME's consent. */
export function canSeeSmeContact(v: Viewer, r: RequestRef): boolean {
  const party = partyOf(v, r);
  if (party === "team") return r.consentShareContact;
  return party !== null;
}

/** A broker's triage queue: that intermediary's members, and curators (any queue). */
export function canViewBrokerQueue(v: Viewer, intermediaryId: number | null): boolean {
  if (isStaff(v)) return true;
  return intermediaryId !== null && isActiveUser(v) && v.intermediaryIds.includes(intermediaryId);
}

/** Which countries and sectors an intermediary covers (routing): its own members, and curators. */
export function canEditIntermediaryCoverage(v: Viewer, intermediaryId: number): boolean {
  return isStaff(v) || (isActiveUser(v) && v.intermediaryIds.includes(intermediaryId));
}

/** The "incoming requests" dashboard: university members (of any institution) and staff. */
export function canViewTeamInbox(v: Viewer): boolean {
  return isStaff(v) || (isActiveUser(v) && v.role === "university");
}

/** A person's own shortlist and saved searches. */
export function canKeepShortlist(v: Viewer): boolean {
  return isActiveUser(v);
}

export function canKeepSavedSearches(v: Viewer): boolean {
  return isActiveUser(v);
}

/** Escalation and alert jobs run as the system. */
export function canRunIntroductionJobs(v: Viewer): boolean {
  return v.kind === "system";
}

/** Suspending the requester for abuse: curators and admins, never a fellow curator or admin. */
export function canSuspendRequester(v: Viewer, requester: { id: string; role: string }): boolean {
  if (!isStaff(v)) return false;
  if (v.kind === "user" && v.id === requester.id) return false;
  return requester.role === "sme" || requester.role === "university";
}

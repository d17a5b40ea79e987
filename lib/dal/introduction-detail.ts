import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { institutions, memberships, requestEvents, requestMessages, requestSuggestions, teams, users } from "@/db/schema";
import type { RequestStatus } from "@/db/schema/activity";
import { AppError, notFound } from "@/lib/errors";
import { holidaysOf } from "@/lib/introductions/holidays";
import { AWAITING_STATUSES, LIMITS } from "@/lib/introductions/vocabulary";
import { addWorkingDays } from "@/lib/introductions/working-days";
import {
  canCloseRequest,
  canMarkConnected,
  canPostRequestMessage,
  canReadInternalNotes,
  canReadRequest,
  canReassignRequest,
  canRespondToRequest,
  canSeeSmeContact,
  canSeeTeamContactOnRequest,
  canSuggestTeams,
  canSuspendRequester,
  canTriageRequest,
  canWithdrawRequest,
  partyOf,
  type RequestParty,
  type RequestRef,
} from "@/lib/policy";
import type { DalContext } from "./context";
import type { DbOrTx } from "./db-types";
import { loadRequest, refOf, type RequestRecord } from "./introduction-records";
import { reassignTargets } from "./request-reassignment";
import { intermediaryName } from "./request-routing";

export interface TimelineEntry {
  status: string;
  at: Date;
  actor: string | null;
  note: string | null;
  internal: boolean;
}

export interface ThreadMessage {
  id: number;
  author: string;
  party: string;
  body: string;
  at: Date;
  mine: boolean;
}

export interface SuggestedTeam {
  slug: string;
  name: string;
  institutionName: string;
  countryCode: string;
  party: string;
  note: string | null;
}

export interface IntroductionDetail {
  id: number;
  status: RequestStatus;
  /** The viewer's side of the request. */
  party: RequestParty;
  team: { slug: string; name: string; institutionName: string; countryCode: string; isDemo: boolean };
  company: { name: string; size: string; country: string; sector: string | null; description: string | null };
  need: string;
  knowledgeType: string | null;
  budgetBand: string | null;
  timeline: string | null;
  preferredLanguage: string | null;
  consentShareContact: boolean;
  broker: string | null;
  submittedAt: Date;
  escalatedAt: Date | null;
  /**
   * When the team's first answer is due (10 working days of the team's country after sending),
   * while the request still waits for it; null once answered or no longer open.
   */
  answerDueBy: Date | null;
  declineReason: string | null;
  declinedBy: "broker" | "team" | null;
  /** Only when the viewer may see them (the team's contact after acceptance, for the firm). */
  teamContact?: { email: string; leadName: string | null };
  smeContact?: { name: string; email: string };
  events: TimelineEntry[];
  messages: ThreadMessage[];
  suggestions: SuggestedTeam[];
  /** The intermediaries the viewer may hand the request to (empty unless `can.reassign`). */
  reassignTargets: { id: number; name: string }[];
  can: {
    withdraw: boolean;
    triage: boolean;
    suggest: boolean;
    respond: boolean;
    connect: boolean;
    close: boolean;
    post: boolean;
    suspendRequester: boolean;
    reassign: boolean;
  };
}

const PARTY_WORD: Record<RequestParty, string> = { sme: "the firm", team: "the team", broker: "broker", staff: "curator" };

/** How each person who acted on the request is named to others: name plus the side they are on. */
function actorLabels(tx: DbOrTx, rec: RequestRecord, ids: string[]): Map<string, string> {
  const out = new Map<string, string>();
  if (ids.length === 0) return out;
  const people = tx.select({ id: users.id, name: users.name, role: users.role }).from(users).where(inArray(users.id, ids)).all();
  const links = tx
    .select({ userId: memberships.userId, institutionId: memberships.institutionId, intermediaryId: memberships.intermediaryId })
    .from(memberships)
    .where(and(inArray(memberships.userId, ids), eq(memberships.status, "active")))
    .all();
  const broker = intermediaryName(tx, rec.req.brokerId);
  for (const p of people) {
    const mine = links.filter((l) => l.userId === p.id);
    let side: string;
    if (p.id === rec.req.smeUserId) side = rec.req.companyName;
    else if (p.role === "university" && mine.some((l) => l.institutionId === rec.team.institutionId)) side = rec.team.name;
    else if (rec.req.brokerId !== null && mine.some((l) => l.intermediaryId === rec.req.brokerId)) side = broker ?? "broker";
    else if (p.role === "curator" || p.role === "admin") side = "Expertise Atlas curator";
    else side = "former participant";
    out.set(p.id, `${p.name} (${side})`);
  }
  return out;
}

function suggestionsOf(tx: DbOrTx, requestId: number): SuggestedTeam[] {
  return tx
    .select({
      slug: teams.slug,
      name: teams.name,
      status: teams.status,
      institutionName: institutions.name,
      countryCode: institutions.countryCode,
      party: requestSuggestions.party,
      note: requestSuggestions.note,
    })
    .from(requestSuggestions)
    .innerJoin(teams, eq(teams.id, requestSuggestions.teamId))
    .innerJoin(institutions, eq(institutions.id, teams.institutionId))
    .where(eq(requestSuggestions.requestId, requestId))
    .orderBy(asc(requestSuggestions.id))
    .all()
    .filter((s) => s.status === "published")
    .map(({ status: _s, ...s }) => s);
}

function capabilities(ctx: DalContext, ref: RequestRef, requesterRole: string | null): IntroductionDetail["can"] {
  const v = ctx.viewer;
  return {
    withdraw: canWithdrawRequest(v, ref),
    triage: canTriageRequest(v, ref),
    suggest: canSuggestTeams(v, ref),
    respond: canRespondToRequest(v, ref),
    connect: canMarkConnected(v, ref),
    close: canCloseRequest(v, ref),
    post: canPostRequestMessage(v, ref),
    suspendRequester: ref.smeUserId !== null && requesterRole !== null && canSuspendRequester(v, { id: ref.smeUserId, role: requesterRole }),
    reassign: canReassignRequest(v, ref),
  };
}

/** One request with its timeline and thread, as the viewer may see it; "not found" otherwise. */
export function getIntroductionRequest(ctx: DalContext, id: number): IntroductionDetail {
  if (ctx.viewer.kind === "anonymous") throw new AppError("unauthenticated", "Sign in to see this request.");
  const rec = loadRequest(ctx.db, id);
  if (!rec) throw notFound("There is no such introduction request, or you cannot see it.");
  const ref = refOf(rec);
  const party = partyOf(ctx.viewer, ref);
  if (!party || !canReadRequest(ctx.viewer, ref)) throw notFound("There is no such introduction request, or you cannot see it.");
  const r = rec.req;
  const internalOk = canReadInternalNotes(ctx.viewer, ref);
  const events = ctx.db.select().from(requestEvents).where(eq(requestEvents.requestId, id)).orderBy(asc(requestEvents.id)).all();
  const messages = ctx.db.select().from(requestMessages).where(eq(requestMessages.requestId, id)).orderBy(asc(requestMessages.id)).all();
  const ids = [...new Set([...events.map((e) => e.actorUserId), ...messages.map((m) => m.authorUserId)].filter((x): x is string => !!x))];
  const labels = actorLabels(ctx.db, rec, ids);
  const sme = r.smeUserId ? ctx.db.select({ name: users.name, email: users.email, role: users.role }).from(users).where(eq(users.id, r.smeUserId)).get() : undefined;
  const viewerId = ctx.viewer.kind === "user" ? ctx.viewer.id : null;

  return {
    id: r.id,
    status: r.status,
    party,
    team: { slug: rec.team.slug, name: rec.team.name, institutionName: rec.institution.name, countryCode: rec.institution.countryCode, isDemo: rec.team.isDemo },
    company: { name: r.companyName, size: r.companySize, country: r.countryCode, sector: r.sector, description: r.companyDescription },
    need: r.need,
    knowledgeType: r.knowledgeType,
    budgetBand: r.budgetBand,
    timeline: r.timeline,
    preferredLanguage: r.preferredLanguage,
    consentShareContact: r.consentShareContact,
    broker: intermediaryName(ctx.db, r.brokerId),
    submittedAt: r.submittedAt,
    escalatedAt: r.escalatedAt,
    answerDueBy:
      (AWAITING_STATUSES as readonly string[]).includes(r.status) && r.firstResponseAt === null
        ? addWorkingDays(r.submittedAt, LIMITS.escalateAfterWorkingDays, holidaysOf(rec.institution.countryCode))
        : null,
    declineReason: r.declineReason,
    declinedBy: r.declinedBy,
    ...(canSeeTeamContactOnRequest(ctx.viewer, ref) ? { teamContact: { email: rec.team.contactEmail, leadName: rec.team.leadName } } : {}),
    ...(sme && canSeeSmeContact(ctx.viewer, ref) ? { smeContact: { name: sme.name, email: sme.email } } : {}),
    // A step is public; a broker's note on it is not. Pure notes are left out for the firm.
    events: events
      .filter((e) => internalOk || !(e.internal && e.status === "note"))
      .map((e) => ({
        status: e.status,
        at: e.createdAt,
        actor: e.actorUserId ? (labels.get(e.actorUserId) ?? "Former participant") : null,
        note: e.internal && !internalOk ? null : e.note,
        internal: e.internal,
      })),
    messages: messages.map((m) => ({
      id: m.id,
      author: m.authorUserId ? (labels.get(m.authorUserId) ?? "Former participant") : "Former participant",
      party: PARTY_WORD[m.authorRole as RequestParty] ?? m.authorRole,
      body: m.body,
      at: m.createdAt,
      mine: viewerId !== null && m.authorUserId === viewerId,
    })),
    suggestions: suggestionsOf(ctx.db, id),
    reassignTargets: canReassignRequest(ctx.viewer, ref) ? reassignTargets(ctx.db, rec) : [],
    can: capabilities(ctx, ref, sme?.role ?? null),
  };
}

import "server-only";
import { asc, eq } from "drizzle-orm";
import { requestEvents, requestMessages, users } from "@/db/schema";
import type { RequestKind, RequestStatus } from "@/db/schema/activity";
import { AppError, notFound } from "@/lib/errors";
import { holidaysOf } from "@/lib/introductions/holidays";
import { AWAITING_STATUSES, LIMITS } from "@/lib/introductions/vocabulary";
import { flowOf, type FlowProgress } from "@/lib/introductions/flow";
import { addWorkingDays } from "@/lib/introductions/working-days";
import {
  canCloseRequest,
  canForwardRequest,
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
import type { DalContext } from "../context";
import { actorLabels, PARTY_WORD, suggestionsOf, type SuggestedTeam } from "./internal/detail-parts";
import { loadRequest, refOf, requestCountry } from "./internal/records";
import { reassignTargets } from "./internal/reassignment";
import { intermediaryName } from "./internal/routing";

export type { SuggestedTeam };

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

export interface IntroductionDetail {
  id: number;
  /** "need": sent without a team, for the broker to answer with suggested teams. */
  kind: RequestKind;
  status: RequestStatus;
  /** The viewer's side of the request. */
  party: RequestParty;
  /** The team asked for; null for a need. */
  team: { slug: string; name: string; institutionName: string; countryCode: string; isDemo: boolean } | null;
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
  /** Where the request stands in the lifecycle, for the picture on its page. */
  flow: FlowProgress;
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
    forward: boolean;
    suggest: boolean;
    respond: boolean;
    connect: boolean;
    close: boolean;
    post: boolean;
    suspendRequester: boolean;
    reassign: boolean;
  };
}

function capabilities(ctx: DalContext, ref: RequestRef, requesterRole: string | null): IntroductionDetail["can"] {
  const v = ctx.viewer;
  return {
    withdraw: canWithdrawRequest(v, ref),
    triage: canTriageRequest(v, ref),
    forward: canForwardRequest(v, ref),
    suggest: canSuggestTeams(v, ref),
    respond: canRespondToRequest(v, ref),
    connect: canMarkConnected(v, ref),
    close: canCloseRequest(v, ref),
    post: canPostRequestMessage(v, ref),
    suspendRequester:
      ref.smeUserId !== null &&
      requesterRole !== null &&
      canSuspendRequester(v, { id: ref.smeUserId, role: requesterRole }),
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
  if (!party || !canReadRequest(ctx.viewer, ref))
    throw notFound("There is no such introduction request, or you cannot see it.");
  const r = rec.req;
  const internalOk = canReadInternalNotes(ctx.viewer, ref);
  const events = ctx.db
    .select()
    .from(requestEvents)
    .where(eq(requestEvents.requestId, id))
    .orderBy(asc(requestEvents.id))
    .all();
  const messages = ctx.db
    .select()
    .from(requestMessages)
    .where(eq(requestMessages.requestId, id))
    .orderBy(asc(requestMessages.id))
    .all();
  const ids = [
    ...new Set(
      [...events.map((e) => e.actorUserId), ...messages.map((m) => m.authorUserId)].filter((x): x is string => !!x),
    ),
  ];
  const labels = actorLabels(ctx.db, rec, ids);
  const sme = r.smeUserId
    ? ctx.db
        .select({ name: users.name, email: users.email, role: users.role })
        .from(users)
        .where(eq(users.id, r.smeUserId))
        .get()
    : undefined;
  const viewerId = ctx.viewer.kind === "user" ? ctx.viewer.id : null;

  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    party,
    team:
      rec.team && rec.institution
        ? {
            slug: rec.team.slug,
            name: rec.team.name,
            institutionName: rec.institution.name,
            countryCode: rec.institution.countryCode,
            isDemo: rec.team.isDemo,
          }
        : null,
    company: {
      name: r.companyName,
      size: r.companySize,
      country: r.countryCode,
      sector: r.sector,
      description: r.companyDescription,
    },
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
        ? addWorkingDays(r.submittedAt, LIMITS.escalateAfterWorkingDays, holidaysOf(requestCountry(rec)))
        : null,
    flow: flowOf(r),
    declineReason: r.declineReason,
    declinedBy: r.declinedBy,
    ...(rec.team && canSeeTeamContactOnRequest(ctx.viewer, ref)
      ? { teamContact: { email: rec.team.contactEmail, leadName: rec.team.leadName } }
      : {}),
    ...(sme && canSeeSmeContact(ctx.viewer, ref) ? { smeContact: { name: sme.name, email: sme.email } } : {}),
    // A firm that wrote without an account: the address it gave.
    ...(!sme && r.contactEmail && canSeeSmeContact(ctx.viewer, ref)
      ? { smeContact: { name: r.contactName ?? r.companyName, email: r.contactEmail } }
      : {}),
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

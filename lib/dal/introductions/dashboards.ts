import "server-only";
import { and, asc, desc, eq, inArray, isNotNull, isNull, lte, or, type SQL } from "drizzle-orm";
import { institutions, intermediaries, introductionRequests, teams } from "@/db/schema";
import type { RequestKind, RequestStatus } from "@/db/schema/activity";
import { AppError, forbidden } from "@/lib/errors";
import { computeResponseStats, type ResponseStats } from "@/lib/introductions/response-stats";
import { AWAITING_STATUSES, LIMITS, OPEN_STATUSES } from "@/lib/introductions/vocabulary";
import { holidaysOf } from "@/lib/introductions/holidays";
import { isOverdue, workingDaysBetween } from "@/lib/introductions/working-days";
import { canViewBrokerQueue, canViewTeamInbox } from "@/lib/policy";
import type { BrokerQueueQuery } from "@/lib/validation/introduction";
import type { DalContext } from "../context";

export interface IntroductionListItem {
  id: number;
  kind: RequestKind;
  status: RequestStatus;
  /** Null for a need sent without a team. */
  team: { slug: string; name: string; institutionName: string; countryCode: string } | null;
  companyName: string;
  companyCountry: string;
  broker: string | null;
  submittedAt: Date;
  updatedAt: Date;
  /** Working days since the request was sent, in the team's country (its public holidays skipped). */
  ageWorkingDays: number;
  /** Still waiting for the team's first answer after the deadline. */
  overdue: boolean;
  escalated: boolean;
}

export type ListFilter = "open" | "all" | RequestStatus;

const LIST_LIMIT = 500;

function statusWhere(filter: ListFilter): SQL | undefined {
  if (filter === "all") return undefined;
  if (filter === "open") return inArray(introductionRequests.status, [...OPEN_STATUSES]);
  return eq(introductionRequests.status, filter);
}

function select(
  ctx: DalContext,
  where: SQL | undefined,
  order: "newest" | "oldest",
  now: Date,
): IntroductionListItem[] {
  const awaiting = new Set<string>(AWAITING_STATUSES);
  return ctx.db
    .select({
      r: introductionRequests,
      team: { slug: teams.slug, name: teams.name },
      institution: { name: institutions.name, countryCode: institutions.countryCode },
      broker: intermediaries.name,
    })
    .from(introductionRequests)
    .leftJoin(teams, eq(teams.id, introductionRequests.teamId))
    .leftJoin(institutions, eq(institutions.id, teams.institutionId))
    .leftJoin(intermediaries, eq(intermediaries.id, introductionRequests.brokerId))
    .where(where)
    .orderBy(
      order === "oldest" ? asc(introductionRequests.submittedAt) : desc(introductionRequests.submittedAt),
      asc(introductionRequests.id),
    )
    .limit(LIST_LIMIT)
    .all()
    .map(({ r, team, institution, broker }) => {
      // The team's working days; a need (no team) counts the firm's.
      const holidays = holidaysOf(institution?.countryCode ?? r.countryCode);
      return {
        id: r.id,
        kind: r.kind,
        status: r.status,
        team:
          team && institution
            ? {
                slug: team.slug,
                name: team.name,
                institutionName: institution.name,
                countryCode: institution.countryCode,
              }
            : null,
        companyName: r.companyName,
        companyCountry: r.countryCode,
        broker,
        submittedAt: r.submittedAt,
        updatedAt: r.updatedAt,
        ageWorkingDays: Math.floor(workingDaysBetween(r.submittedAt, now, holidays)),
        overdue:
          awaiting.has(r.status) &&
          r.firstResponseAt === null &&
          isOverdue(r.submittedAt, now, LIMITS.escalateAfterWorkingDays, holidays),
        escalated: r.escalatedAt !== null,
      };
    });
}

/** The signed-in firm's own requests, newest first: its history of introductions. */
export function listMyIntroductions(
  ctx: DalContext,
  filter: ListFilter = "all",
  now = new Date(),
): IntroductionListItem[] {
  if (ctx.viewer.kind !== "user") throw new AppError("unauthenticated", "Sign in to see your introductions.");
  return select(ctx, and(eq(introductionRequests.smeUserId, ctx.viewer.id), statusWhere(filter)), "newest", now);
}

/** Requests that reached the teams of the viewer's institutions (all of them, for curators). */
export function listTeamInbox(ctx: DalContext, filter: ListFilter = "open", now = new Date()): IntroductionListItem[] {
  const v = ctx.viewer;
  if (v.kind === "anonymous") throw new AppError("unauthenticated", "Sign in to see requests to your teams.");
  if (!canViewTeamInbox(v)) throw forbidden("Incoming requests are for university members.");
  const reached = isNotNull(introductionRequests.forwardedAt);
  const mine = v.kind === "user" && v.role === "university" ? v.institutionIds : null;
  if (mine && mine.length === 0) return [];
  return select(
    ctx,
    and(reached, statusWhere(filter), mine ? inArray(teams.institutionId, [...mine]) : undefined),
    "newest",
    now,
  );
}

export interface BrokerQueue {
  /** The intermediaries whose queues the viewer may see (all of them, for curators). */
  brokers: { id: number; name: string }[];
  items: IntroductionListItem[];
}

/** A broker's triage queue with ages; curators see every queue and requests nobody brokers. */
export function listBrokerQueue(ctx: DalContext, q: BrokerQueueQuery, now = new Date()): BrokerQueue {
  const v = ctx.viewer;
  if (v.kind === "anonymous") throw new AppError("unauthenticated", "Sign in to see the triage queue.");
  const all = ctx.db
    .select({ id: intermediaries.id, name: intermediaries.name })
    .from(intermediaries)
    .orderBy(asc(intermediaries.name))
    .all();
  const visible = all.filter((b) => canViewBrokerQueue(v, b.id));
  const staff = canViewBrokerQueue(v, null);
  if (visible.length === 0 && !staff) throw forbidden("The triage queue is for brokers and curators.");
  const ids =
    q.broker !== undefined ? visible.filter((b) => b.id === q.broker).map((b) => b.id) : visible.map((b) => b.id);
  if (q.broker !== undefined && ids.length === 0) throw forbidden("That queue is not yours.");
  // Curators also see requests that went straight to a team, once they are overdue or escalated.
  const scope =
    staff && q.broker === undefined ? undefined : inArray(introductionRequests.brokerId, ids.length ? ids : [-1]);
  const parts: (SQL | undefined)[] = [scope];
  switch (q.status) {
    case "waiting":
      parts.push(inArray(introductionRequests.status, ["submitted", "triaged"]));
      break;
    case "submitted":
    case "triaged":
    case "forwarded":
      parts.push(eq(introductionRequests.status, q.status));
      break;
    case "overdue":
    case "escalated":
      parts.push(
        inArray(introductionRequests.status, [...AWAITING_STATUSES]),
        isNull(introductionRequests.firstResponseAt),
      );
      if (q.status === "escalated") parts.push(isNotNull(introductionRequests.escalatedAt));
      else parts.push(lte(introductionRequests.submittedAt, new Date(now.getTime() - 12 * 86_400_000)));
      break;
    case "all":
      if (staff && q.broker === undefined)
        parts.push(
          or(
            isNotNull(introductionRequests.brokerId),
            isNotNull(introductionRequests.escalatedAt),
            eq(introductionRequests.kind, "need"),
          ),
        );
      break;
  }
  let items = select(ctx, and(...parts), q.sort, now);
  if (q.status === "overdue") items = items.filter((i) => i.overdue);
  if (q.age !== "any") items = items.filter((i) => i.ageWorkingDays >= Number(q.age));
  return { brokers: visible, items };
}

/**
 * A team's responsiveness, public once it has received enough requests to mean something
 * (null before that). Only aggregates leave this function.
 */
export function getTeamResponseStats(ctx: DalContext, teamId: number, now = new Date()): ResponseStats | null {
  const country = ctx.db
    .select({ code: institutions.countryCode })
    .from(teams)
    .innerJoin(institutions, eq(institutions.id, teams.institutionId))
    .where(eq(teams.id, teamId))
    .get()?.code;
  const rows = ctx.db
    .select({
      forwardedAt: introductionRequests.forwardedAt,
      firstResponseAt: introductionRequests.firstResponseAt,
      acceptedAt: introductionRequests.acceptedAt,
      declinedBy: introductionRequests.declinedBy,
      withdrawnAt: introductionRequests.withdrawnAt,
    })
    .from(introductionRequests)
    .where(and(eq(introductionRequests.teamId, teamId), isNotNull(introductionRequests.forwardedAt)))
    .all();
  if (rows.length < LIMITS.statsMinRequests) return null;
  return computeResponseStats(
    rows.map((r) => ({
      forwardedAt: r.forwardedAt!,
      firstResponseAt: r.firstResponseAt,
      acceptedAt: r.acceptedAt,
      declinedByTeam: r.declinedBy === "team",
      withdrawnAt: r.withdrawnAt,
    })),
    now,
    LIMITS.escalateAfterWorkingDays,
    holidaysOf(country),
  );
}

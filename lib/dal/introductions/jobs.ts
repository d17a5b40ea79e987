import "server-only";
import { and, asc, eq, gt, inArray, isNull, lte, ne, or } from "drizzle-orm";
import { institutions, introductionRequests, requestEvents, savedSearches, teams, users } from "@/db/schema";
import { forbidden } from "@/lib/errors";
import { introMail } from "@/lib/introductions/mail";
import { AWAITING_STATUSES, LIMITS } from "@/lib/introductions/vocabulary";
import { holidaysOf } from "@/lib/introductions/holidays";
import { isOverdue } from "@/lib/introductions/working-days";
import { canRunIntroductionJobs } from "@/lib/policy";
import type { DalContext } from "../context";
import { firmAddress, loadRequest, mailContextOf } from "./internal/records";
import { queueEmail } from "../internal/outbox";
import { type OutgoingEmail } from "../types";
import { brokerMemberAddresses, curatorAddresses, intermediaryName, unique } from "./internal/routing";
import { publiclyLive } from "../teams/live";

const DAY = 86_400_000;

function requireSystem(ctx: DalContext): void {
  if (!canRunIntroductionJobs(ctx.viewer)) throw forbidden();
}

/**
 * Escalates every request still waiting for the team's first answer 10 working days after it
 * was sent (the team's working days: weekends and its country's public holidays do not count):
 * the broker's members hear (curators when it has none, and also when the request is still in
 * the broker's own queue), the firm is told. Each request is escalated once, even if
 * several job runs overlap.
 */
export function escalateOverdueRequests(ctx: DalContext, now = new Date()): number[] {
  requireSystem(ctx);
  // Ten working days are never fewer than 12 calendar days: a cheap pre-filter before the exact test.
  const candidates = ctx.db
    .select({
      id: introductionRequests.id,
      submittedAt: introductionRequests.submittedAt,
      teamCountry: institutions.countryCode,
      firmCountry: introductionRequests.countryCode,
    })
    .from(introductionRequests)
    .leftJoin(teams, eq(teams.id, introductionRequests.teamId))
    .leftJoin(institutions, eq(institutions.id, teams.institutionId))
    .where(
      and(
        inArray(introductionRequests.status, [...AWAITING_STATUSES]),
        isNull(introductionRequests.firstResponseAt),
        isNull(introductionRequests.escalatedAt),
        lte(introductionRequests.submittedAt, new Date(now.getTime() - 12 * DAY)),
      ),
    )
    .orderBy(asc(introductionRequests.id))
    .all()
    .filter((r) =>
      isOverdue(r.submittedAt, now, LIMITS.escalateAfterWorkingDays, holidaysOf(r.teamCountry ?? r.firmCountry)),
    );
  const escalated: number[] = [];
  for (const { id } of candidates) {
    const done = ctx.db.transaction(
      (tx) => {
        const claimed = tx
          .update(introductionRequests)
          .set({ escalatedAt: now, updatedAt: now })
          .where(
            and(
              eq(introductionRequests.id, id),
              isNull(introductionRequests.escalatedAt),
              isNull(introductionRequests.firstResponseAt),
            ),
          )
          .run();
        if (claimed.changes !== 1) return false;
        const rec = loadRequest(tx, id)!;
        const inBrokerQueue = rec.req.forwardedAt === null;
        const wait = inBrokerQueue ? "broker" : "team";
        const brokerName = intermediaryName(tx, rec.req.brokerId);
        const waitingOn = inBrokerQueue
          ? rec.req.kind === "need"
            ? "the broker, who has not suggested teams yet"
            : "the broker, who has not passed it on yet"
          : "the team";
        const members = rec.req.brokerId !== null ? brokerMemberAddresses(tx, rec.req.brokerId) : [];
        const to = unique([...members, ...(members.length === 0 || inBrokerQueue ? curatorAddresses(tx) : [])]);
        tx.insert(requestEvents)
          .values({
            requestId: id,
            status: "escalated",
            note: `No answer in ${LIMITS.escalateAfterWorkingDays} working days; waiting on ${waitingOn}.`,
            createdAt: now,
          })
          .run();
        const c = mailContextOf(rec);
        for (const addr of to) queueEmail(tx, introMail.escalatedToBroker(addr, c, wait, brokerName));
        const firm = firmAddress(tx, rec.req);
        if (firm) queueEmail(tx, introMail.escalatedToSme(firm, c, wait, rec.req.brokerId !== null));
        return true;
      },
      { behavior: "immediate" },
    );
    if (done) escalated.push(id);
  }
  return escalated;
}

export interface DueSavedSearch {
  id: number;
  email: string;
  name: string;
  query: string;
  filters: Record<string, string[]>;
  frequency: "daily" | "weekly";
  /** New teams are those published after this. */
  since: Date;
}

/** Saved searches whose digest is due: a day (or a week) since the last, with an hour's slack for the schedule. */
export function listDueSavedSearches(ctx: DalContext, now = new Date()): DueSavedSearch[] {
  requireSystem(ctx);
  return ctx.db
    .select({ s: savedSearches, email: users.email })
    .from(savedSearches)
    .innerJoin(users, eq(users.id, savedSearches.userId))
    .where(and(ne(savedSearches.alertFrequency, "none"), isNull(users.suspendedAt), eq(users.emailVerified, true)))
    .orderBy(asc(savedSearches.id))
    .all()
    .filter(({ s }) => {
      const since = s.lastAlertedAt ?? s.createdAt;
      const period = s.alertFrequency === "weekly" ? 7 * DAY : DAY;
      return now.getTime() - since.getTime() >= period - 3600_000;
    })
    .map(({ s, email }) => ({
      id: s.id,
      email,
      name: s.name,
      query: s.query,
      filters: s.filters,
      frequency: s.alertFrequency as "daily" | "weekly",
      since: s.lastAlertedAt ?? s.createdAt,
    }));
}

export interface RecentTeam {
  id: number;
  slug: string;
  name: string;
  institutionName: string;
  countryCode: string;
  publishedAt: Date;
  updatedAt: Date;
}

/** Published teams first published in (since, until]. */
export function listTeamsPublishedBetween(ctx: DalContext, since: Date, until: Date): RecentTeam[] {
  requireSystem(ctx);
  return ctx.db
    .select({
      id: teams.id,
      slug: teams.slug,
      name: teams.name,
      institutionName: institutions.name,
      countryCode: institutions.countryCode,
      publishedAt: teams.publishedAt,
      updatedAt: teams.updatedAt,
    })
    .from(teams)
    .innerJoin(institutions, eq(institutions.id, teams.institutionId))
    .where(and(publiclyLive(), gt(teams.publishedAt, since), lte(teams.publishedAt, until)))
    .all()
    .map((t) => ({ ...t, publishedAt: t.publishedAt! }));
}

/**
 * Records that a saved search was checked up to `windowEnd`, queueing its digest (when there is
 * one) in the same transaction. Guarded on the previous mark, so overlapping runs send it once.
 */
export function recordSavedSearchDigest(
  ctx: DalContext,
  search: Pick<DueSavedSearch, "id" | "since">,
  windowEnd: Date,
  email: OutgoingEmail | null,
): boolean {
  requireSystem(ctx);
  return ctx.db.transaction(
    (tx) => {
      const r = tx
        .update(savedSearches)
        .set({ lastAlertedAt: windowEnd })
        .where(
          and(
            eq(savedSearches.id, search.id),
            or(eq(savedSearches.lastAlertedAt, search.since), isNull(savedSearches.lastAlertedAt)),
          ),
        )
        .run();
      if (r.changes !== 1) return false;
      if (email) queueEmail(tx, email);
      return true;
    },
    { behavior: "immediate" },
  );
}

/** Last-update times of the given teams (epoch ms), to know where "new" ends in a result list. */
export function teamUpdatedAt(ctx: DalContext, ids: readonly number[]): Map<number, number> {
  requireSystem(ctx);
  if (ids.length === 0) return new Map();
  return new Map(
    ctx.db
      .select({ id: teams.id, updatedAt: teams.updatedAt })
      .from(teams)
      .where(inArray(teams.id, [...ids]))
      .all()
      .map((r) => [r.id, r.updatedAt.getTime()]),
  );
}

import "server-only";
import { asc, eq, inArray, or } from "drizzle-orm";
import {
  accounts,
  auditLog,
  emailOutbox,
  institutions,
  introductionRequests,
  memberships,
  requestEvents,
  requestMessages,
  savedSearches,
  sessions,
  shortlists,
  teams,
  users,
} from "@/db/schema";
import { forbidden, notFound } from "@/lib/errors";
import { canManageAccount } from "@/lib/policy";
import type { DalContext } from "../context";
import { parseEvidence } from "./membership-evidence";

/**
 * Everything the register holds about the signed-in person, as plain JSON (the "download my
 * data" right). Secrets are left out: password hashes, session tokens, verification tokens.
 */
export function exportMyData(ctx: DalContext): Record<string, unknown> {
  const v = ctx.viewer;
  if (v.kind !== "user" || !canManageAccount(v, v.id)) throw forbidden();
  const { db } = ctx;
  const user = db.select().from(users).where(eq(users.id, v.id)).get();
  if (!user) throw notFound();
  const requests = db
    .select({ r: introductionRequests, team: teams.name })
    .from(introductionRequests)
    .leftJoin(teams, eq(teams.id, introductionRequests.teamId))
    .where(eq(introductionRequests.smeUserId, user.id))
    .orderBy(asc(introductionRequests.id))
    .all();
  const requestIds = requests.map(({ r }) => r.id);
  return {
    exportedAt: new Date().toISOString(),
    account: {
      id: user.id,
      name: user.name,
      email: user.email,
      emailVerified: user.emailVerified,
      role: user.role,
      company: {
        name: user.companyName,
        size: user.companySize,
        country: user.companyCountry,
        sector: user.companySector,
      },
      suspendedAt: user.suspendedAt,
      createdAt: user.createdAt,
      updatedAt: user.updatedAt,
    },
    signInMethods: db
      .select({ provider: accounts.providerId, createdAt: accounts.createdAt, updatedAt: accounts.updatedAt })
      .from(accounts)
      .where(eq(accounts.userId, user.id))
      .all(),
    sessions: db
      .select({
        createdAt: sessions.createdAt,
        expiresAt: sessions.expiresAt,
        ipAddress: sessions.ipAddress,
        userAgent: sessions.userAgent,
      })
      .from(sessions)
      .where(eq(sessions.userId, user.id))
      .all(),
    memberships: db
      .select({ m: memberships, institution: institutions.name })
      .from(memberships)
      .leftJoin(institutions, eq(institutions.id, memberships.institutionId))
      .where(eq(memberships.userId, user.id))
      .all()
      .map(({ m, institution }) => ({
        institution,
        status: m.status,
        evidence: parseEvidence(m.evidence),
        decidedAt: m.decidedAt,
        decisionNote: m.decisionNote,
        createdAt: m.createdAt,
      })),
    listingsCreated: db
      .select({ slug: teams.slug, name: teams.name, status: teams.status, createdAt: teams.createdAt })
      .from(teams)
      .where(eq(teams.createdBy, user.id))
      .all(),
    activity: db
      .select({
        action: auditLog.action,
        entityType: auditLog.entityType,
        entityId: auditLog.entityId,
        at: auditLog.createdAt,
      })
      .from(auditLog)
      .where(eq(auditLog.actorUserId, user.id))
      .all(),
    shortlist: db
      .select({ teamId: shortlists.teamId, note: shortlists.note, createdAt: shortlists.createdAt })
      .from(shortlists)
      .where(eq(shortlists.userId, user.id))
      .all(),
    savedSearches: db
      .select()
      .from(savedSearches)
      .where(eq(savedSearches.userId, user.id))
      .all()
      .map(({ userId: _u, ...s }) => s),
    // Each request with its timeline as the firm sees it (brokers' internal notes left out).
    introductionRequests: requests.map(({ r: { smeUserId: _s, idempotencyKey: _k, ...r }, team }) => ({
      ...r,
      team,
      timeline: db
        .select({
          step: requestEvents.status,
          note: requestEvents.note,
          internal: requestEvents.internal,
          at: requestEvents.createdAt,
        })
        .from(requestEvents)
        .where(eq(requestEvents.requestId, r.id))
        .orderBy(asc(requestEvents.id))
        .all()
        .filter((e) => !(e.internal && e.step === "note"))
        .map(({ internal, note, ...e }) => ({ ...e, note: internal ? null : note })),
    })),
    // Messages the person wrote on any request, and the threads of their own requests.
    introductionMessages: db
      .select({
        requestId: requestMessages.requestId,
        authorUserId: requestMessages.authorUserId,
        from: requestMessages.authorRole,
        body: requestMessages.body,
        at: requestMessages.createdAt,
      })
      .from(requestMessages)
      .where(
        or(
          eq(requestMessages.authorUserId, user.id),
          requestIds.length ? inArray(requestMessages.requestId, requestIds) : undefined,
        ),
      )
      .orderBy(asc(requestMessages.id))
      .all()
      .map(({ authorUserId, from, ...m }) => ({
        ...m,
        from:
          authorUserId === user.id
            ? "you"
            : from === "team"
              ? "the team"
              : from === "broker"
                ? "the broker"
                : from === "staff"
                  ? "a curator"
                  : from,
      })),
    emailsSentToYou: db
      .select({ subject: emailOutbox.subject, status: emailOutbox.status, createdAt: emailOutbox.createdAt })
      .from(emailOutbox)
      .where(or(eq(emailOutbox.toAddress, user.email.toLowerCase())))
      .all(),
  };
}

import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { institutions, memberships, users } from "@/db/schema";
import { appUrl } from "@/lib/env";
import { mail } from "@/lib/email/templates";
import { conflict, notFound } from "@/lib/errors";
import { canDecideMembership } from "@/lib/policy";
import { recordAudit } from "../internal/audit";
import type { DalContext } from "../context";
import { parseEvidence, type MembershipEvidence } from "./membership-evidence";
import { queueEmail } from "../internal/outbox";

export interface MembershipRequest {
  id: number;
  status: "pending" | "active" | "rejected";
  createdAt: Date;
  decidedAt: Date | null;
  decisionNote: string | null;
  applicant: { name: string; email: string; emailVerified: boolean };
  institution: { id: number; slug: string; name: string; verified: boolean; emailDomains: string[] };
  evidence: MembershipEvidence;
}

/** Membership requests with everything a curator needs to decide; pending ones oldest first. */
export function listMembershipRequests(
  ctx: DalContext,
  status: "pending" | "decided" = "pending",
): MembershipRequest[] {
  if (!canDecideMembership(ctx.viewer)) throw notFound();
  const q = ctx.db
    .select({ m: memberships, u: users, i: institutions })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(institutions, eq(institutions.id, memberships.institutionId));
  const rows =
    status === "pending"
      ? q.where(eq(memberships.status, "pending")).orderBy(asc(memberships.createdAt)).limit(500).all()
      : q
          .orderBy(desc(memberships.decidedAt))
          .limit(100)
          .all()
          .filter((r) => r.m.status !== "pending");
  return rows.map(({ m, u, i }) => ({
    id: m.id,
    status: m.status,
    createdAt: m.createdAt,
    decidedAt: m.decidedAt,
    decisionNote: m.decisionNote,
    applicant: { name: u.name, email: u.email, emailVerified: u.emailVerified },
    institution: {
      id: i.id,
      slug: i.slug,
      name: i.name,
      verified: i.verifiedAt !== null,
      emailDomains: i.emailDomains,
    },
    evidence: parseEvidence(m.evidence),
  }));
}

/** A curator approves or rejects a membership request; the applicant is told by e-mail. */
export function decideMembership(
  ctx: DalContext,
  membershipId: number,
  decision: "approve" | "reject",
  note: string | null,
): void {
  if (!canDecideMembership(ctx.viewer)) throw notFound();
  const actor = ctx.viewer.kind === "user" ? ctx.viewer.id : null;
  ctx.db.transaction((tx) => {
    const row = tx
      .select({ m: memberships, u: users, i: institutions })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .innerJoin(institutions, eq(institutions.id, memberships.institutionId))
      .where(eq(memberships.id, membershipId))
      .get();
    if (!row) throw notFound();
    if (row.m.status !== "pending") throw conflict("This request has already been decided.");
    const status = decision === "approve" ? "active" : "rejected";
    tx.update(memberships)
      .set({ status, decidedBy: actor, decidedAt: new Date(), decisionNote: note })
      .where(and(eq(memberships.id, membershipId), eq(memberships.status, "pending")))
      .run();
    if (decision === "approve" && row.u.role === "sme") {
      tx.update(users).set({ role: "university" }).where(eq(users.id, row.u.id)).run();
    }
    recordAudit(tx, {
      actorUserId: actor,
      action: `membership.${decision}`,
      entityType: "membership",
      entityId: membershipId,
      before: { status: "pending" },
      after: { status, institutionId: row.i.id, note },
    });
    queueEmail(
      tx,
      decision === "approve"
        ? mail.membershipApproved(row.u.email, row.u.name, row.i.name, `${appUrl()}/dashboard`)
        : mail.membershipRejected(row.u.email, row.u.name, row.i.name, note ?? "No reason given."),
    );
  });
}

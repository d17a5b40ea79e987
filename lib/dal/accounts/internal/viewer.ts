import "server-only";
import { and, eq } from "drizzle-orm";
import type { AppDb } from "@/db/client";
import { institutions, memberships, users } from "@/db/schema";

import { ANONYMOUS, type Viewer } from "@/lib/viewer";
import { recordAudit } from "../../internal/audit";
import { parseEvidence, type MembershipEvidence } from "../membership-evidence";

/** Who the signed-in user is, as the policy sees them: role plus active memberships. */
export function loadViewer(db: AppDb, userId: string): Viewer {
  const user = db
    .select({ id: users.id, role: users.role, suspendedAt: users.suspendedAt, twoFactor: users.twoFactorEnabled })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  if (!user) return ANONYMOUS;
  const active = db
    .select({ institutionId: memberships.institutionId, intermediaryId: memberships.intermediaryId })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.status, "active")))
    .all();
  return {
    kind: "user",
    id: user.id,
    role: user.role,
    institutionIds: active.flatMap((m) => (m.institutionId === null ? [] : [m.institutionId])),
    intermediaryIds: active.flatMap((m) => (m.intermediaryId === null ? [] : [m.intermediaryId])),
    suspended: user.suspendedAt !== null,
    twoFactor: user.twoFactor,
  };
}

export function isSuspended(db: AppDb, userId: string): boolean {
  return db.select({ s: users.suspendedAt }).from(users).where(eq(users.id, userId)).get()?.s != null;
}

/** The address currently on file (the auth library asks while an e-mail change is pending). */
export function storedEmailOf(db: AppDb, userId: string): string | null {
  return db.select({ email: users.email }).from(users).where(eq(users.id, userId)).get()?.email.toLowerCase() ?? null;
}

export type SignUpProfile =
  | { door: "sme"; companyName: string; companySize: string; companyCountry: string; companySector: string }
  | { door: "university"; institutionId: number; evidence: MembershipEvidence };

/**
 * Second half of sign-up, right after the auth library created the user: records the door's
 * profile. Acts only on a brand-new account (unverified, default role, no memberships, created in
 * the last 10 minutes), so it can never change an existing person's role or data.
 * Returns false (and changes nothing) for any other account, e.g. the synthetic one the library
 * answers with when the address is already registered.
 */
export function completeSignUp(db: AppDb, userId: string, profile: SignUpProfile, now = new Date()): boolean {
  return db.transaction((tx) => {
    const user = tx.select().from(users).where(eq(users.id, userId)).get();
    if (!user || user.emailVerified || user.role !== "sme" || user.companyName !== null) return false;
    if (now.getTime() - user.createdAt.getTime() > 10 * 60 * 1000) return false;
    if (tx.select({ id: memberships.id }).from(memberships).where(eq(memberships.userId, userId)).get()) return false;
    if (profile.door === "sme") {
      const { door: _door, ...company } = profile;
      tx.update(users)
        .set({ ...company, updatedAt: now })
        .where(eq(users.id, userId))
        .run();
      return true;
    }
    tx.update(users).set({ role: "university", updatedAt: now }).where(eq(users.id, userId)).run();
    const m = tx
      .insert(memberships)
      .values({
        userId,
        institutionId: profile.institutionId,
        status: "pending",
        evidence: JSON.stringify(profile.evidence),
      })
      .returning({ id: memberships.id })
      .get();
    recordAudit(tx, {
      actorUserId: userId,
      action: "membership.request",
      entityType: "membership",
      entityId: m.id,
      after: { institutionId: profile.institutionId, status: "pending" },
    });
    return true;
  });
}

/**
 * Called when an address is verified: a pending membership whose evidence is a domain match on a
 * verified institution becomes active at once. Everything else waits for a curator.
 */
export function activateVerifiedMemberships(db: AppDb, userId: string, now = new Date()): number {
  const pending = db
    .select({
      id: memberships.id,
      evidence: memberships.evidence,
      verifiedAt: institutions.verifiedAt,
      email: users.email,
      emailDomains: institutions.emailDomains,
    })
    .from(memberships)
    .innerJoin(institutions, eq(institutions.id, memberships.institutionId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.userId, userId), eq(memberships.status, "pending"), eq(users.emailVerified, true)))
    .all();
  let activated = 0;
  db.transaction((tx) => {
    for (const m of pending) {
      const evidence = parseEvidence(m.evidence);
      // Re-check against the address now on file: it is the one just verified.
      const domain = m.email.split("@").pop() ?? "";
      const stillMatches = m.emailDomains.some((d) => domain === d || domain.endsWith(`.${d}`));
      if (!evidence.domainMatch || !stillMatches || m.verifiedAt === null) continue;
      tx.update(memberships)
        .set({ status: "active", decidedAt: now, decidedBy: null })
        .where(eq(memberships.id, m.id))
        .run();
      recordAudit(tx, {
        actorUserId: null,
        action: "membership.auto_approve",
        entityType: "membership",
        entityId: m.id,
        before: { status: "pending" },
        after: { status: "active", note: "E-mail domain of a verified institution" },
      });
      activated++;
    }
  });
  return activated;
}

export interface MembershipView {
  id: number;
  institution: { id: number; slug: string; name: string; verified: boolean } | null;
  status: "pending" | "active" | "rejected";
  decidedAt: Date | null;
  decisionNote: string | null;
  /** The institutional address a link was sent to, while the person has not yet followed it. */
  awaitingEmail: string | null;
  createdAt: Date;
}

function awaitingEmail(status: string, evidenceText: string | null): string | null {
  const claim = status === "pending" ? parseEvidence(evidenceText).claimEmail : null;
  return claim && !claim.confirmedAt ? claim.address : null;
}

export function listMembershipsOf(db: AppDb, userId: string): MembershipView[] {
  return db
    .select({ m: memberships, i: institutions })
    .from(memberships)
    .leftJoin(institutions, eq(institutions.id, memberships.institutionId))
    .where(eq(memberships.userId, userId))
    .orderBy(memberships.id)
    .all()
    .map(({ m, i }) => ({
      id: m.id,
      institution: i ? { id: i.id, slug: i.slug, name: i.name, verified: i.verifiedAt !== null } : null,
      status: m.status,
      decidedAt: m.decidedAt,
      decisionNote: m.status === "rejected" ? m.decisionNote : null,
      awaitingEmail: awaitingEmail(m.status, m.evidence),
      createdAt: m.createdAt,
    }));
}

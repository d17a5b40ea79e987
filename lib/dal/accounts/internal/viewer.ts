import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { AppDb } from "@/db/client";
import { institutions, memberships, users } from "@/db/schema";
import type { Role } from "@/db/schema/users";
import { forbidden, notFound } from "@/lib/errors";
import { canManageAccount, navCapabilities, type NavCapabilities } from "@/lib/policy";
import type { ProfileInput } from "@/lib/validation/account";
import { ANONYMOUS, type Viewer } from "@/lib/viewer";
import { recordAudit } from "../../internal/audit";
import type { DalContext } from "../../context";
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

export interface AccountView {
  id: string;
  name: string;
  email: string;
  emailVerified: boolean;
  role: Role;
  company: { name: string | null; size: string | null; country: string | null; sector: string | null };
  memberships: MembershipView[];
  createdAt: Date;
}

function requireSelf(ctx: DalContext): string {
  if (ctx.viewer.kind !== "user" || !canManageAccount(ctx.viewer, ctx.viewer.id)) throw forbidden();
  return ctx.viewer.id;
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

/** The signed-in person's own account. */
export function getAccount(ctx: DalContext): AccountView {
  const id = requireSelf(ctx);
  const u = ctx.db.select().from(users).where(eq(users.id, id)).get();
  if (!u) throw notFound();
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    emailVerified: u.emailVerified,
    role: u.role,
    company: { name: u.companyName, size: u.companySize, country: u.companyCountry, sector: u.companySector },
    memberships: listMembershipsOf(ctx.db, id),
    createdAt: u.createdAt,
  };
}

export function updateProfile(ctx: DalContext, input: ProfileInput): void {
  const id = requireSelf(ctx);
  const isSme = ctx.viewer.kind === "user" && ctx.viewer.role === "sme";
  ctx.db
    .update(users)
    .set({
      name: input.name,
      // Company details describe an SME; other roles keep theirs empty.
      ...(isSme
        ? {
            companyName: input.companyName,
            companySize: input.companySize ?? null,
            companyCountry: input.companyCountry || null,
            companySector: input.companySector || null,
          }
        : {}),
      updatedAt: sql`(unixepoch('subsec') * 1000)`,
    })
    .where(eq(users.id, id))
    .run();
}

export interface SignedInSummary {
  name: string;
  role: Role;
  /** What the navigation may offer, decided by the policy (suspension included). */
  can: NavCapabilities;
}

/** Just enough to draw the site header for a signed-in person. */
export function getSignedInSummary(ctx: DalContext): SignedInSummary | null {
  if (ctx.viewer.kind !== "user") return null;
  const u = ctx.db.select({ name: users.name, role: users.role }).from(users).where(eq(users.id, ctx.viewer.id)).get();
  return u ? { ...u, can: navCapabilities(ctx.viewer) } : null;
}

import "server-only";
import { createHash, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { institutions, memberships, users, verifications } from "@/db/schema";
import { matchInstitutions } from "@/lib/domains";
import { badRequest, notFound } from "@/lib/errors";
import { canManageOwnMembership } from "@/lib/policy";
import { recordAudit } from "../internal/audit";
import type { DalContext } from "../context";
import type { DbOrTx, Tx } from "../db-types";
import { parseEvidence, type MembershipEvidence } from "./membership-evidence";

// The link that proves someone reads an address at an institution. Only a hash of its secret is
// stored (in the auth library's verifications table, under our own identifier), so a copy of the
// database cannot be used to join anywhere.

export const CLAIM_LINK_TTL_MS = 24 * 3600 * 1000;
export const BAD_LINK =
  "This link is not valid, has expired or has already been used. Ask to join again from your account to get a new one.";

const identifierOf = (membershipId: number) => `membership-email:${membershipId}`;
const digest = (secret: string) => createHash("sha256").update(secret).digest("hex");

/** Stores a fresh link for a membership request (replacing any earlier one) and returns its token. */
export function issueClaimToken(tx: Tx, membershipId: number, now = new Date()): string {
  const secret = randomBytes(32).toString("base64url");
  tx.delete(verifications)
    .where(eq(verifications.identifier, identifierOf(membershipId)))
    .run();
  tx.insert(verifications)
    .values({
      id: randomUUID(),
      identifier: identifierOf(membershipId),
      value: digest(secret),
      expiresAt: new Date(now.getTime() + CLAIM_LINK_TTL_MS),
    })
    .run();
  return `${membershipId}.${secret}`;
}

export function dropClaimTokens(tx: DbOrTx, membershipId: number): void {
  tx.delete(verifications)
    .where(eq(verifications.identifier, identifierOf(membershipId)))
    .run();
}

/** Does an address belong to the institution (its domain, or a parent of it, is one of theirs)? */
export function addressMatches(address: string, emailDomains: readonly string[]): string | null {
  const domain = address.split("@").pop()?.toLowerCase() ?? "";
  return matchInstitutions(domain, [{ id: 0, emailDomains }])[0]?.matchedDomain ?? null;
}

interface Claim {
  membership: typeof memberships.$inferSelect;
  institution: typeof institutions.$inferSelect;
  evidence: MembershipEvidence;
  address: string;
}

/**
 * The request a token belongs to, for the signed-in person it belongs to: anyone else (including
 * whoever merely received the e-mail) gets "not found", so a stranger's link cannot make them, or
 * the stranger, a member.
 */
function loadClaim(ctx: DalContext, db: DbOrTx, token: string, now: Date): Claim {
  const [idText, secret] = token.split(".");
  const membershipId = Number(idText);
  if (!Number.isSafeInteger(membershipId) || !secret) throw badRequest(BAD_LINK);
  const row = db
    .select({ m: memberships, i: institutions })
    .from(memberships)
    .innerJoin(institutions, eq(institutions.id, memberships.institutionId))
    .where(eq(memberships.id, membershipId))
    .get();
  if (!row || !canManageOwnMembership(ctx.viewer, row.m.userId)) throw notFound(BAD_LINK);
  const stored = db
    .select()
    .from(verifications)
    .where(eq(verifications.identifier, identifierOf(membershipId)))
    .get();
  const given = Buffer.from(digest(secret));
  const ok =
    stored !== undefined &&
    stored.expiresAt > now &&
    stored.value.length === given.length &&
    timingSafeEqual(Buffer.from(stored.value), given);
  const evidence = parseEvidence(row.m.evidence);
  if (!ok || row.m.status !== "pending" || !evidence.claimEmail) throw badRequest(BAD_LINK);
  return { membership: row.m, institution: row.i, evidence, address: evidence.claimEmail.address };
}

/** What the confirmation page shows before the person presses Confirm (reading changes nothing). */
export function getClaimByToken(
  ctx: DalContext,
  token: string,
  now = new Date(),
): { institutionName: string; address: string } {
  const c = loadClaim(ctx, ctx.db, token, now);
  return { institutionName: c.institution.name, address: c.address };
}

/**
 * The owner of the address confirms it. At a verified institution whose domains cover it, the
 * person is a member at once; otherwise the request waits for a curator, now with a confirmed
 * address as evidence.
 */
export function confirmClaimEmail(
  ctx: DalContext,
  token: string,
  now = new Date(),
): { institutionName: string; status: "active" | "pending" } {
  return ctx.db.transaction(
    (tx) => {
      const c = loadClaim(ctx, tx, token, now);
      dropClaimTokens(tx, c.membership.id);
      const matched = addressMatches(c.address, c.institution.emailDomains);
      const evidence: MembershipEvidence = {
        ...c.evidence,
        domainMatch: matched ? { matchedDomain: matched } : null,
        claimEmail: { address: c.address, confirmedAt: now.toISOString() },
      };
      const joins = matched !== null && c.institution.verifiedAt !== null;
      tx.update(memberships)
        .set({
          evidence: JSON.stringify(evidence),
          ...(joins ? { status: "active" as const, decidedAt: now, decidedBy: null } : {}),
        })
        .where(and(eq(memberships.id, c.membership.id), eq(memberships.status, "pending")))
        .run();
      recordAudit(tx, {
        actorUserId: c.membership.userId,
        action: joins ? "membership.auto_approve" : "membership.email_confirmed",
        entityType: "membership",
        entityId: c.membership.id,
        before: { status: "pending" },
        after: {
          status: joins ? "active" : "pending",
          institutionId: c.institution.id,
          note: `Confirmed ${c.address}`,
        },
      });
      return { institutionName: c.institution.name, status: joins ? ("active" as const) : ("pending" as const) };
    },
    { behavior: "immediate" },
  );
}

/** The person's name and addresses, for the e-mail that goes to the address they offered. */
export function claimantOf(db: DbOrTx, userId: string) {
  return db
    .select({ name: users.name, email: users.email, emailVerified: users.emailVerified })
    .from(users)
    .where(eq(users.id, userId))
    .get();
}

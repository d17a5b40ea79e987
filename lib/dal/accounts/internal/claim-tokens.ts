import "server-only";
import { createHash, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import { eq } from "drizzle-orm";
import { users, verifications } from "@/db/schema";
import { matchInstitutions } from "@/lib/domains";
import type { DbOrTx, Tx } from "../../db-types";

// The link that proves someone reads an address at an institution. Only a hash of its secret is
// stored (in the auth library's verifications table, under our own identifier), so a copy of the
// database cannot be used to join anywhere.

export const CLAIM_LINK_TTL_MS = 24 * 3600 * 1000;

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

/** Does the token's secret match the stored link for the membership, unexpired? */
export function claimTokenValid(db: DbOrTx, membershipId: number, secret: string, now: Date): boolean {
  const stored = db
    .select()
    .from(verifications)
    .where(eq(verifications.identifier, identifierOf(membershipId)))
    .get();
  const given = Buffer.from(digest(secret));
  return (
    stored !== undefined &&
    stored.expiresAt > now &&
    stored.value.length === given.length &&
    timingSafeEqual(Buffer.from(stored.value), given)
  );
}

/** Does an address belong to the institution (its domain, or a parent of it, is one of theirs)? */
export function addressMatches(address: string, emailDomains: readonly string[]): string | null {
  const domain = address.split("@").pop()?.toLowerCase() ?? "";
  return matchInstitutions(domain, [{ id: 0, emailDomains }])[0]?.matchedDomain ?? null;
}

/** The person's name and addresses, for the e-mail that goes to the address they offered. */
export function claimantOf(db: DbOrTx, userId: string) {
  return db
    .select({ name: users.name, email: users.email, emailVerified: users.emailVerified })
    .from(users)
    .where(eq(users.id, userId))
    .get();
}

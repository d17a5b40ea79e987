import "server-only";
import { and, eq } from "drizzle-orm";
import { institutions, memberships } from "@/db/schema";
import { badRequest, notFound } from "@/lib/errors";
import { canManageOwnMembership } from "@/lib/policy";
import { recordAudit } from "../internal/audit";
import type { DalContext } from "../context";
import type { DbOrTx } from "../db-types";
import { addressMatches, claimTokenValid, dropClaimTokens } from "./internal/claim-tokens";
import { parseEvidence, type MembershipEvidence } from "./membership-evidence";

// Following the link that proves someone reads an address at an institution (the link itself:
// internal/claim-tokens.ts).

export const BAD_LINK =
  "This link is not valid, has expired or has already been used. Ask to join again from your account to get a new one.";

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
  const ok = claimTokenValid(db, membershipId, secret, now);
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

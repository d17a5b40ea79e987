import "server-only";
import { and, eq, isNotNull } from "drizzle-orm";
import { institutions, memberships } from "@/db/schema";
import { mail } from "@/lib/email/templates";
import { appUrl } from "@/lib/env";
import { AppError, badRequest, conflict, forbidden, notFound } from "@/lib/errors";
import { canManageOwnMembership, canRequestMembership } from "@/lib/policy";
import type { MembershipClaim } from "@/lib/validation/membership";
import { recordAudit } from "../internal/audit";
import type { DalContext } from "../context";
import type { MembershipEvidence } from "./membership-evidence";
import { addressMatches, claimantOf, dropClaimTokens, issueClaimToken } from "./internal/claim-tokens";
import { queueEmail } from "../internal/outbox";
import { consumeRateLimit } from "../internal/rate-limits";
import { once } from "../internal/idempotency";

/** Requests waiting at once, per person: enough for a joint appointment, not for spraying. */
export const MAX_OPEN_REQUESTS = 5;
/** Confirmation e-mails to offered addresses, per person per day. */
export const CLAIM_EMAILS_PER_DAY = 5;

export interface ClaimResult {
  membershipId: number;
  institutionName: string;
  /** active: joined at once; email: a link went to the address; curator: a curator decides. */
  outcome: "active" | "email" | "curator";
}

/**
 * A university member (or a university account whose claim was refused, or who moved) asks to
 * join an institution. Evidence: an address at the institution — confirmed by an e-mailed link
 * (or at once, when it is the account's own confirmed address) — and/or a note for the curator.
 * A confirmed address on a verified institution's domain joins at once; everything else waits
 * for a curator at /curate/members. A refused request may be made again, with new evidence.
 */
export function requestMembership(
  ctx: DalContext,
  claim: MembershipClaim,
  now = new Date(),
  idempotencyKey?: string,
): ClaimResult {
  const v = ctx.viewer;
  if (v.kind !== "user" || !canRequestMembership(v))
    throw forbidden("Only university staff accounts can join an institution.");
  return ctx.db.transaction(
    (tx) =>
      once(tx, { userId: v.id, key: idempotencyKey, action: "membership.request", input: claim }, () => {
        const inst = tx.select().from(institutions).where(eq(institutions.slug, claim.institution)).get();
        if (!inst) throw badRequest("Choose an institution.", { institution: "No such institution" });
        const user = claimantOf(tx, v.id);
        if (!user) throw notFound();
        const mine = tx
          .select()
          .from(memberships)
          .where(and(eq(memberships.userId, v.id), isNotNull(memberships.institutionId)))
          .all();
        const here = mine.filter((m) => m.institutionId === inst.id);
        if (here.some((m) => m.status === "active")) throw conflict(`You are already a member of ${inst.name}.`);
        if (here.some((m) => m.status === "pending"))
          throw conflict(`You have already asked to join ${inst.name}. Withdraw that request first to ask again.`);
        if (mine.filter((m) => m.status === "pending").length >= MAX_OPEN_REQUESTS) {
          throw badRequest(
            `You have ${MAX_OPEN_REQUESTS} requests waiting already. Wait for a decision, or withdraw one.`,
          );
        }
        const matched = claim.email ? addressMatches(claim.email, inst.emailDomains) : null;
        if (claim.email && !matched) {
          const domains = inst.emailDomains.join(", ");
          throw badRequest("Check the e-mail address.", {
            email: domains
              ? `That address is not at ${inst.name} (its addresses end in ${domains}). Leave it empty and write a note for the curator instead.`
              : `We have no e-mail domains on record for ${inst.name}, so a curator decides: leave the address empty and write a note for the curator.`,
          });
        }
        // The account's own, already confirmed address needs no second link.
        const confirmedNow = claim.email !== null && claim.email === user.email.toLowerCase() && user.emailVerified;
        const evidence: MembershipEvidence = {
          emailDomain: claim.email ? (claim.email.split("@").pop() ?? null) : null,
          domainMatch: matched ? { matchedDomain: matched } : null,
          academicHint: null,
          claimedInstitution: null,
          jobTitle: claim.jobTitle,
          note: claim.note,
          claimEmail: claim.email
            ? { address: claim.email, confirmedAt: confirmedNow ? now.toISOString() : null }
            : null,
          source: "account",
        };
        const joins = confirmedNow && matched !== null && inst.verifiedAt !== null;
        const values = {
          status: joins ? ("active" as const) : ("pending" as const),
          evidence: JSON.stringify(evidence),
          decidedAt: joins ? now : null,
          decidedBy: null,
          decisionNote: null,
          createdAt: now,
        };
        const refused = here.find((m) => m.status === "rejected");
        const membershipId = refused
          ? (tx
              .update(memberships)
              .set(values)
              .where(and(eq(memberships.id, refused.id), eq(memberships.status, "rejected")))
              .run(),
            refused.id)
          : tx
              .insert(memberships)
              .values({ ...values, userId: v.id, institutionId: inst.id })
              .returning({ id: memberships.id })
              .get().id;
        recordAudit(tx, {
          actorUserId: v.id,
          action: joins ? "membership.auto_approve" : "membership.request",
          entityType: "membership",
          entityId: membershipId,
          before: refused ? { status: "rejected", note: refused.decisionNote } : undefined,
          after: { institutionId: inst.id, status: values.status, email: claim.email, note: claim.note },
        });
        const sendsLink = claim.email !== null && !confirmedNow;
        if (sendsLink) {
          // Counted inside the transaction (same connection): a refused request counts nothing, and
          // withdrawing and asking again cannot flood someone's inbox.
          const allowance = consumeRateLimit(
            ctx.db,
            `membership-email:${v.id}`,
            { window: 24 * 3600, max: CLAIM_EMAILS_PER_DAY },
            now.getTime(),
          );
          if (!allowance.allowed) {
            throw new AppError(
              "rate_limited",
              "You have asked for several confirmation e-mails today. Try again tomorrow, or leave the address empty and write a note for the curator.",
            );
          }
          const token = issueClaimToken(tx, membershipId, now);
          queueEmail(
            tx,
            mail.membershipEmailCheck(
              claim.email!,
              user.name,
              user.email,
              inst.name,
              `${appUrl()}/account/institutions/confirm?token=${token}`,
            ),
          );
        }
        return {
          membershipId,
          institutionName: inst.name,
          outcome: joins ? ("active" as const) : sendsLink ? ("email" as const) : ("curator" as const),
        };
      }).result,
    { behavior: "immediate" },
  );
}

export interface InstitutionToJoin {
  slug: string;
  name: string;
  city: string | null;
  countryCode: string;
  verified: boolean;
  emailDomains: string[];
  /** The viewer's own standing there, if any. */
  standing: "active" | "pending" | "rejected" | null;
}

/** An institution someone is about to ask to join, with what they need to know to ask well. */
export function getInstitutionToJoin(ctx: DalContext, slug: string): InstitutionToJoin | null {
  const v = ctx.viewer;
  if (v.kind !== "user" || !canRequestMembership(v))
    throw forbidden("Only university staff accounts can join an institution.");
  const i = ctx.db.select().from(institutions).where(eq(institutions.slug, slug)).get();
  if (!i) return null;
  const mine = ctx.db
    .select({ status: memberships.status })
    .from(memberships)
    .where(and(eq(memberships.userId, v.id), eq(memberships.institutionId, i.id)))
    .all();
  const standing = (["active", "pending", "rejected"] as const).find((s) => mine.some((m) => m.status === s)) ?? null;
  return {
    slug: i.slug,
    name: i.name,
    city: i.city,
    countryCode: i.countryCode,
    verified: i.verifiedAt !== null,
    emailDomains: i.emailDomains,
    standing,
  };
}

/**
 * Leaves an institution (an active membership) or withdraws a request (a pending one). Only the
 * person themselves; listings stay with the institution, and the audit log keeps the history.
 */
export function leaveInstitution(
  ctx: DalContext,
  membershipId: number,
): { institutionName: string; left: "membership" | "request" } {
  return ctx.db.transaction((tx) => {
    const row = tx
      .select({ m: memberships, name: institutions.name })
      .from(memberships)
      .innerJoin(institutions, eq(institutions.id, memberships.institutionId))
      .where(eq(memberships.id, membershipId))
      .get();
    if (!row || !canManageOwnMembership(ctx.viewer, row.m.userId)) throw notFound();
    if (row.m.status === "rejected") throw conflict("That request was already turned down; there is nothing to leave.");
    dropClaimTokens(tx, membershipId);
    tx.delete(memberships)
      .where(and(eq(memberships.id, membershipId), eq(memberships.userId, row.m.userId)))
      .run();
    const left = row.m.status === "active" ? ("membership" as const) : ("request" as const);
    recordAudit(tx, {
      actorUserId: row.m.userId,
      action: left === "membership" ? "membership.leave" : "membership.withdraw",
      entityType: "membership",
      entityId: membershipId,
      before: { status: row.m.status, institutionId: row.m.institutionId },
      after: null,
    });
    return { institutionName: row.name, left };
  });
}

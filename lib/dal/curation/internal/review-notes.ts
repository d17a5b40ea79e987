import "server-only";
import { and, asc, eq, isNull, max } from "drizzle-orm";
import { institutions, reviewNotices, teams } from "@/db/schema";
import { reviewMail, type WaitingListing } from "@/lib/email/review-mail";
import { appUrl } from "@/lib/env";
import type { DbOrTx, Tx } from "../../db-types";
import { queueEmail } from "../../internal/outbox";
import { curatorAddresses } from "../../introductions/internal/routing";

// The immediate half of review notices (the digest job: ../review-notices.ts).

/** At most one e-mail about waiting listings per this long. */
export const REVIEW_DIGEST_WINDOW_MS = 60 * 60 * 1000;

function lastNotified(tx: DbOrTx): Date | null {
  return (
    tx
      .select({ at: max(reviewNotices.notifiedAt) })
      .from(reviewNotices)
      .get()?.at ?? null
  );
}

export const digestWindowQuiet = (tx: DbOrTx, now: Date) => {
  const last = lastNotified(tx);
  if (last === null) return true;
  // A notice dated after `now` came from a job run as if later (`npm run jobs -- --now=…`): it
  // must not silence the real clock.
  if (last.getTime() > now.getTime()) return true;
  return now.getTime() - last.getTime() >= REVIEW_DIGEST_WINDOW_MS;
};

export function listingsWaiting(tx: DbOrTx, teamIds?: number[]): WaitingListing[] {
  return tx
    .select({ teamId: teams.id, slug: teams.slug, name: teams.name, institution: institutions.name })
    .from(reviewNotices)
    .innerJoin(teams, eq(teams.id, reviewNotices.teamId))
    .innerJoin(institutions, eq(institutions.id, teams.institutionId))
    .where(and(isNull(reviewNotices.notifiedAt), eq(teams.status, "pending")))
    .orderBy(asc(reviewNotices.submittedAt), asc(teams.id))
    .all()
    .filter((r) => !teamIds || teamIds.includes(r.teamId))
    .map((r) => ({
      teamId: r.teamId,
      name: r.name,
      institution: r.institution,
      url: `${appUrl()}/curate/listings/${r.slug}`,
    }));
}

/** Called in the transaction that sent a listing to review (submit, an edit, an import). */
export function noteSubmittedForReview(tx: Tx, teamId: number, now: Date): void {
  const sendNow = digestWindowQuiet(tx, now);
  tx.insert(reviewNotices)
    .values({ teamId, submittedAt: now, notifiedAt: null })
    .onConflictDoUpdate({ target: reviewNotices.teamId, set: { submittedAt: now, notifiedAt: null } })
    .run();
  if (!sendNow) return;
  const [listing] = listingsWaiting(tx, [teamId]);
  if (!listing) return;
  for (const to of curatorAddresses(tx)) queueEmail(tx, reviewMail.submitted(to, listing, now));
  tx.update(reviewNotices).set({ notifiedAt: now }).where(eq(reviewNotices.teamId, teamId)).run();
}

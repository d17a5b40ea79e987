import "server-only";
import { and, asc, eq, isNull, max } from "drizzle-orm";
import { institutions, reviewNotices, teams } from "@/db/schema";
import { reviewMail, type WaitingListing } from "@/lib/email/review-mail";
import { appUrl } from "@/lib/env";
import { forbidden } from "@/lib/errors";
import type { DalContext } from "../context";
import type { DbOrTx, Tx } from "../db-types";
import { queueEmail } from "../internal/outbox";
import { curatorAddresses } from "../introductions/internal/routing";

// Curators hear that a listing waits for review: the first submission after a quiet hour at once,
// the ones after it together in one digest from `npm run jobs`, so a bulk import or a busy
// morning is one e-mail an hour, not one per listing. Through the outbox, in the caller's
// transaction; idempotent (each notice is claimed by a conditional update, and every e-mail has
// a dedupe key).

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

const quiet = (tx: DbOrTx, now: Date) => {
  const last = lastNotified(tx);
  if (last === null) return true;
  // A notice dated after `now` came from a job run as if later (`npm run jobs -- --now=…`): it
  // must not silence the real clock.
  if (last.getTime() > now.getTime()) return true;
  return now.getTime() - last.getTime() >= REVIEW_DIGEST_WINDOW_MS;
};

function waiting(tx: DbOrTx, teamIds?: number[]): WaitingListing[] {
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
  const sendNow = quiet(tx, now);
  tx.insert(reviewNotices)
    .values({ teamId, submittedAt: now, notifiedAt: null })
    .onConflictDoUpdate({ target: reviewNotices.teamId, set: { submittedAt: now, notifiedAt: null } })
    .run();
  if (!sendNow) return;
  const [listing] = waiting(tx, [teamId]);
  if (!listing) return;
  for (const to of curatorAddresses(tx)) queueEmail(tx, reviewMail.submitted(to, listing, now));
  tx.update(reviewNotices).set({ notifiedAt: now }).where(eq(reviewNotices.teamId, teamId)).run();
}

/**
 * The job: one digest of every listing still waiting to be told about, once the last e-mail is
 * an hour old. Returns how many listings it covered (0 when nothing waits or it is too soon).
 */
export function sendReviewDigests(ctx: DalContext, now = new Date()): { listings: number; emails: number } {
  if (ctx.viewer.kind !== "system") throw forbidden();
  return ctx.db.transaction(
    (tx) => {
      if (!quiet(tx, now)) return { listings: 0, emails: 0 };
      const listings = waiting(tx);
      if (listings.length === 0) return { listings: 0, emails: 0 };
      let emails = 0;
      for (const to of curatorAddresses(tx)) {
        const one = listings.length === 1 ? listings[0]! : null;
        const sent = queueEmail(
          tx,
          one
            ? reviewMail.submitted(to, one, now)
            : reviewMail.digest(to, listings, `${appUrl()}/curate/listings`, now),
        );
        if (sent !== null) emails++;
      }
      for (const l of listings)
        tx.update(reviewNotices)
          .set({ notifiedAt: now })
          .where(and(eq(reviewNotices.teamId, l.teamId), isNull(reviewNotices.notifiedAt)))
          .run();
      return { listings: listings.length, emails };
    },
    { behavior: "immediate" },
  );
}

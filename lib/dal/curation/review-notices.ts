import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { reviewNotices } from "@/db/schema";
import { reviewMail } from "@/lib/email/review-mail";
import { appUrl } from "@/lib/env";
import { forbidden } from "@/lib/errors";
import type { DalContext } from "../context";
import { queueEmail } from "../internal/outbox";
import { curatorAddresses } from "../introductions/internal/routing";
import { digestWindowQuiet, listingsWaiting } from "./internal/review-notes";

export { REVIEW_DIGEST_WINDOW_MS } from "./internal/review-notes";

// Curators hear that a listing waits for review: the first submission after a quiet hour at once,
// the ones after it together in one digest from `npm run jobs`, so a bulk import or a busy
// morning is one e-mail an hour, not one per listing. Through the outbox, in the caller's
// transaction; idempotent (each notice is claimed by a conditional update, and every e-mail has
// a dedupe key).

/**
 * The job: one digest of every listing still waiting to be told about, once the last e-mail is
 * an hour old. Returns how many listings it covered (0 when nothing waits or it is too soon).
 */
export function sendReviewDigests(ctx: DalContext, now = new Date()): { listings: number; emails: number } {
  if (ctx.viewer.kind !== "system") throw forbidden();
  return ctx.db.transaction(
    (tx) => {
      if (!digestWindowQuiet(tx, now)) return { listings: 0, emails: 0 };
      const listings = listingsWaiting(tx);
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

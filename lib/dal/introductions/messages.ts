import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { introductionRequests, requestMessages, users } from "@/db/schema";
import { AppError, notFound } from "@/lib/errors";
import { introMail } from "@/lib/introductions/mail";
import { LIMITS } from "@/lib/introductions/vocabulary";
import { canPostRequestMessage, canReadRequest, partyOf } from "@/lib/policy";
import type { DalContext } from "../context";
import { loadRequest, mailContextOf, refOf } from "./internal/records";
import { addressesOf, partyWord } from "./internal/notify";
import { queueEmail } from "../internal/outbox";
import { once } from "../internal/idempotency";
import { consumeRateLimit } from "../internal/rate-limits";

/**
 * Adds a message to a request's thread and e-mails the other sides a link back. A team member's
 * first message counts as the team's first response. With an idempotency key, a retry returns
 * the first message; the hourly limit is counted in the same transaction, so a retry of a
 * message that never committed is not counted twice.
 */
export function postRequestMessage(
  ctx: DalContext,
  id: number,
  body: string,
  now = new Date(),
  idempotencyKey?: string,
): { id: number } {
  const v = ctx.viewer;
  if (v.kind !== "user") throw new AppError("unauthenticated", "Sign in to reply.");
  return ctx.db.transaction(
    (tx) =>
      once(tx, { userId: v.id, key: idempotencyKey, action: "request-message.create", input: { id, body } }, () => {
        const limit = consumeRateLimit(
          tx,
          `intro-msg:acct:${v.id}`,
          { window: 3600, max: LIMITS.messagesPerAccountPerHour },
          now.getTime(),
        );
        if (!limit.allowed)
          throw new AppError(
            "rate_limited",
            "You have sent a great many messages in the last hour. Please wait a little and try again.",
          );
        const rec = loadRequest(tx, id);
        if (!rec || !canReadRequest(v, refOf(rec)))
          throw notFound("There is no such introduction request, or you cannot see it.");
        const ref = refOf(rec);
        if (!canPostRequestMessage(v, ref))
          throw new AppError("conflict", "This request is closed; its thread no longer takes replies.");
        const party = partyOf(v, ref)!;
        const msg = tx
          .insert(requestMessages)
          .values({ requestId: id, authorUserId: v.id, authorRole: party, body, createdAt: now })
          .returning({ id: requestMessages.id })
          .get();
        if (party === "team" && rec.req.firstResponseAt === null) {
          tx.update(introductionRequests)
            .set({ firstResponseAt: now })
            .where(and(eq(introductionRequests.id, id), isNull(introductionRequests.firstResponseAt)))
            .run();
        }
        tx.update(introductionRequests).set({ updatedAt: now }).where(eq(introductionRequests.id, id)).run();
        const author = tx.select({ name: users.name }).from(users).where(eq(users.id, v.id)).get()?.name ?? "Someone";
        const c = mailContextOf(rec);
        const label = `${author} (${partyWord(party, { tx, rec })})`;
        for (const to of addressesOf({ tx, rec, party }, ["sme", "team", "broker"])) {
          queueEmail(tx, introMail.message(to, c, msg.id, label, body));
        }
        return { id: msg.id };
      }).result,
    { behavior: "immediate" },
  );
}

import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { introductionRequests, requestEvents, sessions, users } from "@/db/schema";
import { forbidden, notFound } from "@/lib/errors";
import { OPEN_STATUSES } from "@/lib/introductions/vocabulary";
import { canReadRequest, canSuspendRequester } from "@/lib/policy";
import { recordAudit } from "../internal/audit";
import type { DalContext } from "../context";
import { loadRequest, refOf } from "./internal/records";

/**
 * A curator's answer to abuse seen on a request: suspends the firm's account (it is signed out
 * everywhere and cannot sign in, request or reply) and withdraws its open requests, so spam does
 * not sit in teams' inboxes. Recorded in the audit log with the reason. Returns how many
 * requests were withdrawn.
 */
export function suspendRequester(ctx: DalContext, requestId: number, reason: string, now = new Date()): number {
  const v = ctx.viewer;
  return ctx.db.transaction(
    (tx) => {
      const rec = loadRequest(tx, requestId);
      if (!rec || !canReadRequest(v, refOf(rec)))
        throw notFound("There is no such introduction request, or you cannot see it.");
      const smeId = rec.req.smeUserId;
      const sme = smeId
        ? tx
            .select({ id: users.id, role: users.role, suspendedAt: users.suspendedAt })
            .from(users)
            .where(eq(users.id, smeId))
            .get()
        : undefined;
      if (!sme) throw notFound("The firm's account no longer exists.");
      if (!canSuspendRequester(v, sme)) throw forbidden("Only curators and admins can suspend a firm's account.");
      const actorUserId = v.kind === "user" ? v.id : null;
      if (sme.suspendedAt === null) {
        tx.update(users)
          .set({ suspendedAt: now, updatedAt: now })
          .where(and(eq(users.id, sme.id), isNull(users.suspendedAt)))
          .run();
        tx.delete(sessions).where(eq(sessions.userId, sme.id)).run();
        recordAudit(tx, {
          actorUserId,
          action: "user.suspend",
          entityType: "user",
          entityId: sme.id,
          before: { suspended: false },
          after: { suspended: true, note: `Suspended from introduction request #${requestId}: ${reason}` },
        });
      }
      const open = tx
        .select({ id: introductionRequests.id })
        .from(introductionRequests)
        .where(
          and(eq(introductionRequests.smeUserId, sme.id), inArray(introductionRequests.status, [...OPEN_STATUSES])),
        )
        .all();
      for (const { id } of open) {
        tx.update(introductionRequests)
          .set({ status: "withdrawn", withdrawnAt: now, updatedAt: now })
          .where(eq(introductionRequests.id, id))
          .run();
        tx.insert(requestEvents)
          .values({
            requestId: id,
            status: "withdrawn",
            actorUserId,
            note: "Withdrawn by a curator: the firm's account was suspended.",
            createdAt: now,
          })
          .run();
      }
      return open.length;
    },
    { behavior: "immediate" },
  );
}

import "server-only";
import { and, asc, eq, isNull, ne } from "drizzle-orm";
import { intermediaries, introductionRequests, requestEvents } from "@/db/schema";
import { badRequest, conflict, forbidden } from "@/lib/errors";
import { introMail } from "@/lib/introductions/mail";
import { canReassignRequest } from "@/lib/policy";
import type { RequestStep } from "@/lib/validation/introduction";
import { recordAudit } from "../../internal/audit";
import type { DbOrTx } from "../../db-types";
import { mailContextOf, refOf, type RequestRecord } from "./records";
import type { StepContext } from "./notify";
import { queueEmail } from "../../internal/outbox";
import { brokerAddresses, intermediaryName } from "./routing";

type Reassign = Extract<RequestStep, { action: "reassign" }>;

/** The intermediaries a request in triage can be handed to: every other one. */
export function reassignTargets(db: DbOrTx, rec: Pick<RequestRecord, "req">): { id: number; name: string }[] {
  const current = rec.req.brokerId;
  return db
    .select({ id: intermediaries.id, name: intermediaries.name })
    .from(intermediaries)
    .where(current === null ? undefined : ne(intermediaries.id, current))
    .orderBy(asc(intermediaries.name))
    .all();
}

/**
 * Hands a request in triage to another intermediary: it goes back to "submitted" in the new
 * queue, whose brokers are e-mailed; the timeline records who passed it on, from where to where
 * and why (a note the firm does not see); the audit log records the change. The old broker's
 * members can no longer read it — the policy follows `broker_id` — unless they are curators.
 */
export function reassignRequest(s: StepContext, step: Reassign): void {
  const { tx, rec, now } = s;
  if (!canReassignRequest(s.viewer, refOf(rec))) {
    throw forbidden(
      "Only the request's broker or a curator can pass it to another intermediary, and only before it is forwarded.",
    );
  }
  const from = rec.req.brokerId;
  if (step.intermediaryId === from)
    throw badRequest("The request is already with that intermediary.", {
      intermediaryId: "Choose another intermediary",
    });
  const target = tx
    .select({ id: intermediaries.id, name: intermediaries.name })
    .from(intermediaries)
    .where(eq(intermediaries.id, step.intermediaryId))
    .get();
  if (!target)
    throw badRequest("There is no such intermediary.", { intermediaryId: "Choose an intermediary from the list" });

  const moved = tx
    .update(introductionRequests)
    .set({ brokerId: target.id, status: "submitted", updatedAt: now })
    .where(
      and(
        eq(introductionRequests.id, rec.req.id),
        eq(introductionRequests.status, rec.req.status),
        from === null ? isNull(introductionRequests.brokerId) : eq(introductionRequests.brokerId, from),
      ),
    )
    .run();
  if (moved.changes !== 1)
    throw conflict("Someone else has just changed this request. Reload the page to see where it stands.");

  const fromName = intermediaryName(tx, from) ?? "An Expertise Atlas curator";
  const event = tx
    .insert(requestEvents)
    .values({
      requestId: rec.req.id,
      status: "reassigned",
      actorUserId: s.actorId,
      note: `From ${fromName} to ${target.name}: ${step.note}`,
      internal: true,
      createdAt: now,
    })
    .returning({ id: requestEvents.id })
    .get();
  recordAudit(tx, {
    actorUserId: s.actorId,
    action: "request.reassign",
    entityType: "introduction_request",
    entityId: rec.req.id,
    before: { brokerId: from, status: rec.req.status },
    after: { brokerId: target.id, status: "submitted", note: step.note },
  });
  s.rec.req = { ...rec.req, brokerId: target.id, status: "submitted" };
  const c = mailContextOf(s.rec);
  for (const to of brokerAddresses(tx, target.id)) {
    queueEmail(tx, introMail.reassigned(to, c, fromName, target.name, rec.req.need, step.note, event.id));
  }
}

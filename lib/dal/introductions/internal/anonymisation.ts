import "server-only";
import { and, eq, inArray, isNotNull, like, or } from "drizzle-orm";
import { emailOutbox, introductionRequests, requestEvents, requestMessages } from "@/db/schema";
import { introMail } from "@/lib/introductions/mail";
import { DELETED_COMPANY, isOpenStatus, REMOVED_AT_FIRMS_REQUEST } from "@/lib/introductions/vocabulary";
import { recordAudit } from "../../internal/audit";
import type { Tx } from "../../db-types";
import { addressesOf } from "./notify";
import { loadRequest, mailContextOf } from "./records";
import { queueEmail } from "../../internal/outbox";

// When a firm deletes its account, its introduction requests stay (teams' response figures are
// a product figure, and the team and broker keep their own side of the record) but nothing that
// identifies the firm or repeats what it wrote does. Kept: dates, statuses, who declined and why
// (the team's or broker's words), knowledge type, budget band, timeline, language, size band,
// country and sector section. Removed: company name, what the firm does, the need, the consent
// to share contact details, the firm's own notes and messages, and the copies of all of these in
// e-mails about the request.

export interface AnonymisedRequests {
  anonymised: number;
  withdrawn: number;
}

/** Blanks the stored copies of e-mails about these requests; unsent ones are not sent. */
function redactMail(tx: Tx, requestIds: number[]): void {
  const messageIds = tx
    .select({ id: requestMessages.id })
    .from(requestMessages)
    .where(inArray(requestMessages.requestId, requestIds))
    .all()
    .map((m) => m.id);
  const keys = [
    ...requestIds.map((id) => like(emailOutbox.dedupeKey, `intro:${id}:%`)),
    ...messageIds.map((id) => like(emailOutbox.dedupeKey, `intro-msg:${id}:%`)),
  ];
  // SQLite limits how many terms one statement may hold; a firm has few requests, but be safe.
  for (let i = 0; i < keys.length; i += 200) {
    const about = or(...keys.slice(i, i + 200));
    tx.update(emailOutbox)
      .set({ status: "failed", lastError: "The firm deleted its account", nextAttemptAt: null })
      .where(and(about, inArray(emailOutbox.status, ["queued", "sending"])))
      .run();
    tx.update(emailOutbox)
      .set({
        subject: "[removed: the firm deleted its account]",
        textBody: `[${REMOVED_AT_FIRMS_REQUEST}: the firm deleted its account]`,
        htmlBody: null,
      })
      .where(about)
      .run();
  }
}

/**
 * Anonymises every introduction request of a firm that is deleting its account, inside the
 * deletion's transaction (before the user row goes). Open requests are withdrawn with a timeline
 * event, and the team (once it had the request) and the broker are told. Recorded in the audit
 * log without the removed text.
 */
export function anonymiseRequestsOf(tx: Tx, userId: string, now: Date): AnonymisedRequests {
  const own = tx
    .select({ id: introductionRequests.id, status: introductionRequests.status })
    .from(introductionRequests)
    .where(eq(introductionRequests.smeUserId, userId))
    .all();
  if (own.length === 0) return { anonymised: 0, withdrawn: 0 };
  const ids = own.map((r) => r.id);
  redactMail(tx, ids);
  tx.update(requestMessages)
    .set({ body: REMOVED_AT_FIRMS_REQUEST })
    .where(
      and(
        inArray(requestMessages.requestId, ids),
        or(eq(requestMessages.authorUserId, userId), eq(requestMessages.authorRole, "sme")),
      ),
    )
    .run();
  tx.update(requestEvents)
    .set({ note: REMOVED_AT_FIRMS_REQUEST })
    .where(
      and(inArray(requestEvents.requestId, ids), eq(requestEvents.actorUserId, userId), isNotNull(requestEvents.note)),
    )
    .run();

  let withdrawn = 0;
  for (const { id, status } of own) {
    const open = isOpenStatus(status);
    tx.update(introductionRequests)
      .set({
        companyName: DELETED_COMPANY,
        companyDescription: null,
        need: REMOVED_AT_FIRMS_REQUEST,
        consentShareContact: false,
        updatedAt: now,
        ...(open ? { status: "withdrawn" as const, withdrawnAt: now } : {}),
      })
      .where(eq(introductionRequests.id, id))
      .run();
    recordAudit(tx, {
      actorUserId: userId,
      action: "request.anonymise",
      entityType: "introduction_request",
      entityId: id,
      before: { status },
      after: { status: open ? "withdrawn" : status, note: "The firm deleted its account; its details were removed." },
    });
    if (!open) continue;
    withdrawn++;
    tx.insert(requestEvents)
      .values({ requestId: id, status: "withdrawn", note: "Withdrawn: the firm deleted its account.", createdAt: now })
      .run();
    const rec = loadRequest(tx, id)!;
    const c = mailContextOf(rec);
    // As the firm's side, so the firm itself (being deleted) is left out.
    for (const to of addressesOf({ tx, rec, party: "sme" }, ["team", "broker"])) {
      queueEmail(tx, introMail.statusChanged(to, c, "withdrawn", "the firm, which deleted its account", null));
    }
  }
  return { anonymised: own.length, withdrawn };
}

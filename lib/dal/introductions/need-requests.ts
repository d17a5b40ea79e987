import "server-only";
import { and, count, desc, eq, inArray, isNull } from "drizzle-orm";
import { introductionRequests, requestEvents, users } from "@/db/schema";
import { AppError, conflict, forbidden } from "@/lib/errors";
import { introMail } from "@/lib/introductions/mail";
import { LIMITS, OPEN_STATUSES } from "@/lib/introductions/vocabulary";
import { canRequestIntroduction } from "@/lib/policy";
import type { GuestContact, NeedInput } from "@/lib/validation/introduction";
import type { DalContext } from "../context";
import type { DbOrTx } from "../db-types";
import { loadRequest, mailContextOf } from "./internal/records";
import type { CreatedRequest } from "./create";
import { queueEmail } from "../internal/outbox";
import { consumeRateLimit } from "../internal/rate-limits";
import { brokerAddresses, chooseBroker } from "./internal/routing";

// A need sent without a team, from /contact ("Ask a curator to find a team for this need"). It
// goes to the triage queue of the intermediary covering the firm's country or sector (curators'
// queue when none does); the broker answers by suggesting teams. A firm may write without an
// account: it is then known by the address it gave, and hears about its need by e-mail only.

const DAY_S = 24 * 3600;

export interface CreatedNeed extends CreatedRequest {
  /** Sent without an account: there is no request page the firm can open. */
  guest: boolean;
}

type Sender = { kind: "account"; userId: string } | { kind: "guest"; contact: GuestContact };

function senderOf(ctx: DalContext, guest: GuestContact | null): Sender {
  const v = ctx.viewer;
  if (v.kind === "user") {
    if (!canRequestIntroduction(v))
      throw forbidden(
        v.suspended ? "This account is suspended." : "Needs are sent by firms. This account is not a firm's account.",
      );
    return { kind: "account", userId: v.id };
  }
  if (v.kind === "anonymous" && guest) return { kind: "guest", contact: guest };
  throw new AppError("unauthenticated", "Give your name and e-mail address, or sign in, to send your need.");
}

function existing(db: DbOrTx, s: Sender, key: string): CreatedNeed | null {
  const who =
    s.kind === "account"
      ? eq(introductionRequests.smeUserId, s.userId)
      : and(isNull(introductionRequests.smeUserId), eq(introductionRequests.contactEmail, s.contact.contactEmail));
  const row = db
    .select({ id: introductionRequests.id, kind: introductionRequests.kind })
    .from(introductionRequests)
    .where(and(who, eq(introductionRequests.idempotencyKey, key)))
    .get();
  if (!row) return null;
  if (row.kind !== "need")
    throw conflict("This form was already used for another request. Reload the page to start a new one.");
  return { id: row.id, created: false, guest: s.kind === "guest" };
}

function rateLimit(ctx: DalContext, s: Sender, ip: string | null, now: Date): void {
  const limits: [string, number][] =
    s.kind === "account"
      ? [
          [`intro:acct:${s.userId}`, LIMITS.requestsPerAccountPerDay],
          [`intro:ip:${ip ?? "unknown"}`, LIMITS.requestsPerIpPerDay],
        ]
      : [
          [`need:email:${s.contact.contactEmail}`, LIMITS.guestNeedsPerEmailPerDay],
          [`need:ip:${ip ?? "unknown"}`, LIMITS.guestNeedsPerIpPerDay],
        ];
  for (const [key, max] of limits) {
    const d = consumeRateLimit(ctx.db, key, { window: DAY_S, max }, now.getTime());
    if (!d.allowed) {
      const hours = Math.max(1, Math.ceil((d.retryAfter ?? 3600) / 3600));
      throw new AppError(
        "rate_limited",
        `You have sent as many requests as we allow in a day. Please try again in about ${hours} hour${hours === 1 ? "" : "s"}.`,
      );
    }
  }
}

function checkOpenCap(tx: DbOrTx, s: Sender): void {
  const open = inArray(introductionRequests.status, [...OPEN_STATUSES]);
  if (s.kind === "account") {
    const n =
      tx
        .select({ n: count() })
        .from(introductionRequests)
        .where(and(eq(introductionRequests.smeUserId, s.userId), open))
        .get()?.n ?? 0;
    if (n >= LIMITS.openRequestsPerSme)
      throw conflict(`You have ${n} open requests, the most we allow at once. Close or withdraw one to send another.`);
    return;
  }
  const n =
    tx
      .select({ n: count() })
      .from(introductionRequests)
      .where(
        and(
          isNull(introductionRequests.smeUserId),
          eq(introductionRequests.contactEmail, s.contact.contactEmail),
          eq(introductionRequests.kind, "need"),
          open,
        ),
      )
      .get()?.n ?? 0;
  if (n >= LIMITS.openGuestNeedsPerEmail)
    throw conflict(
      `This address already has ${n} needs waiting for a curator, the most we allow without an account. Sign in or create an account to send more.`,
    );
}

/**
 * Sends a need without a team. Durable once this returns (request, first event and every e-mail
 * in one transaction); the same idempotency key returns the first request and changes nothing.
 */
export function createNeedRequest(
  ctx: DalContext,
  input: NeedInput,
  guest: GuestContact | null,
  client: { ip: string | null },
  now = new Date(),
): CreatedNeed {
  const sender = senderOf(ctx, guest);
  const repeat = existing(ctx.db, sender, input.idempotencyKey);
  if (repeat) return repeat;
  // Counted before the transaction, so refused attempts count too.
  rateLimit(ctx, sender, client.ip, now);

  return ctx.db.transaction(
    (tx) => {
      const again = existing(tx, sender, input.idempotencyKey);
      if (again) return again;
      checkOpenCap(tx, sender);
      const brokerId = chooseBroker(tx, {
        teamCountry: null,
        smeCountry: input.companyCountry,
        smeSector: input.companySector,
      });
      const smeUserId = sender.kind === "account" ? sender.userId : null;
      const created = tx
        .insert(introductionRequests)
        .values({
          kind: "need",
          teamId: null,
          smeUserId,
          contactEmail: sender.kind === "guest" ? sender.contact.contactEmail : null,
          contactName: sender.kind === "guest" ? sender.contact.contactName : null,
          brokerId,
          companyName: input.companyName,
          companySize: input.companySize,
          sector: input.companySector,
          countryCode: input.companyCountry,
          need: input.need,
          knowledgeType: input.knowledgeType ?? null,
          budgetBand: input.budgetBand ?? null,
          timeline: input.timeline ?? null,
          preferredLanguage: input.preferredLanguage,
          consentShareContact: input.consentShareContact,
          status: "submitted",
          idempotencyKey: input.idempotencyKey,
          submittedAt: now,
          updatedAt: now,
        })
        .returning({ id: introductionRequests.id })
        .get();
      tx.insert(requestEvents)
        .values({ requestId: created.id, status: "submitted", actorUserId: smeUserId, createdAt: now })
        .run();
      const c = mailContextOf(loadRequest(tx, created.id)!);
      const to =
        sender.kind === "guest"
          ? sender.contact.contactEmail
          : tx.select({ email: users.email }).from(users).where(eq(users.id, sender.userId)).get()?.email;
      if (to) queueEmail(tx, introMail.needReceived(to, c, input.need, brokerId !== null));
      for (const addr of brokerAddresses(tx, brokerId))
        queueEmail(tx, introMail.newNeedInBrokerQueue(addr, c, input.need));
      return { id: created.id, created: true, guest: sender.kind === "guest" };
    },
    { behavior: "immediate" },
  );
}

export interface FirmProfile {
  name: string;
  size: string;
  country: string;
  sector: string;
  email: string;
  /** The preferred language of the firm's last request, if any. */
  language: string | null;
}

/** The signed-in firm's details, to pre-fill /contact; null for anyone else. */
export function getFirmProfile(ctx: DalContext): FirmProfile | null {
  const v = ctx.viewer;
  if (v.kind !== "user" || !canRequestIntroduction(v)) return null;
  const user = ctx.db.select().from(users).where(eq(users.id, v.id)).get();
  if (!user) return null;
  const last = ctx.db
    .select({ language: introductionRequests.preferredLanguage })
    .from(introductionRequests)
    .where(eq(introductionRequests.smeUserId, v.id))
    .orderBy(desc(introductionRequests.id))
    .limit(1)
    .get();
  return {
    name: user.companyName ?? "",
    size: user.companySize ?? "",
    country: user.companyCountry ?? "",
    sector: user.companySector ?? "",
    email: user.email,
    language: last?.language ?? null,
  };
}

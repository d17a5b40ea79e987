import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import { institutions, introductionRequests, requestEvents, teams, users } from "@/db/schema";
import { AppError, badRequest, conflict, forbidden, notFound } from "@/lib/errors";
import { introMail } from "@/lib/introductions/mail";
import { LIMITS, OPEN_STATUSES } from "@/lib/introductions/vocabulary";
import { canRequestIntroduction, canViewTeam } from "@/lib/policy";
import type { IntroductionInput } from "@/lib/validation/introduction";
import { queueEmail } from "../internal/outbox";
import { consumeRateLimit } from "../internal/rate-limits";
import type { DalContext } from "../context";
import type { DbOrTx } from "../db-types";
import { loadRequest, mailContextOf } from "./internal/records";
import { brokerAddresses, chooseBroker } from "./internal/routing";

const DAY_S = 24 * 3600;

export interface CreatedRequest {
  id: number;
  /** False when this was a repeat of an earlier send (same idempotency key): nothing new happened. */
  created: boolean;
}

function requireSme(ctx: DalContext): string {
  const v = ctx.viewer;
  if (v.kind !== "user") throw new AppError("unauthenticated", "Sign in as a firm to request an introduction.");
  if (!canRequestIntroduction(v))
    throw forbidden(v.suspended ? "This account is suspended." : "Only firms' accounts can request introductions.");
  return v.id;
}

function existing(db: DbOrTx, smeUserId: string, key: string, teamSlug: string): CreatedRequest | null {
  const row = db
    .select({ id: introductionRequests.id, teamSlug: teams.slug })
    .from(introductionRequests)
    // A left join: the key may have been used for a need without a team.
    .leftJoin(teams, eq(teams.id, introductionRequests.teamId))
    .where(and(eq(introductionRequests.smeUserId, smeUserId), eq(introductionRequests.idempotencyKey, key)))
    .get();
  if (!row) return null;
  if (row.teamSlug !== teamSlug)
    throw conflict("This form was already used for another request. Reload the page to start a new one.");
  return { id: row.id, created: false };
}

/**
 * Sends a request. Durable once this returns: the request, its first timeline events and every
 * e-mail it causes are written in one transaction. Repeating the call with the same idempotency
 * key (a double press, a network retry) returns the first request and changes nothing.
 */
export function createIntroductionRequest(
  ctx: DalContext,
  input: IntroductionInput,
  client: { ip: string | null },
  now = new Date(),
): CreatedRequest {
  const smeUserId = requireSme(ctx);
  const repeat = existing(ctx.db, smeUserId, input.idempotencyKey, input.teamSlug);
  if (repeat) return repeat;

  return ctx.db.transaction(
    (tx) => {
      const again = existing(tx, smeUserId, input.idempotencyKey, input.teamSlug);
      if (again) return again;
      // Counted in the transaction: a retry of a send that never committed is not counted twice,
      // and a repeat of one that did returns above without counting.
      for (const [key, max] of [
        [`intro:acct:${smeUserId}`, LIMITS.requestsPerAccountPerDay],
        [`intro:ip:${client.ip ?? "unknown"}`, LIMITS.requestsPerIpPerDay],
      ] as const) {
        const d = consumeRateLimit(tx, key, { window: DAY_S, max }, now.getTime());
        if (!d.allowed) {
          const hours = Math.max(1, Math.ceil((d.retryAfter ?? 3600) / 3600));
          throw new AppError(
            "rate_limited",
            `You have sent as many requests as we allow in a day. Please try again in about ${hours} hour${hours === 1 ? "" : "s"}.`,
          );
        }
      }

      const team = tx
        .select({ team: teams, countryCode: institutions.countryCode })
        .from(teams)
        .innerJoin(institutions, eq(institutions.id, teams.institutionId))
        .where(eq(teams.slug, input.teamSlug))
        .get();
      if (
        !team ||
        team.team.status !== "published" ||
        team.team.mergedIntoId !== null ||
        !canViewTeam(ctx.viewer, team.team)
      ) {
        throw notFound("That team is not on the register (any more).");
      }
      const open = tx
        .select({ id: introductionRequests.id, teamId: introductionRequests.teamId })
        .from(introductionRequests)
        .where(
          and(eq(introductionRequests.smeUserId, smeUserId), inArray(introductionRequests.status, [...OPEN_STATUSES])),
        )
        .all();
      if (open.some((o) => o.teamId === team.team.id)) {
        throw conflict("You already have an open request to this team. Follow it in My introductions.");
      }
      if (open.length >= LIMITS.openRequestsPerSme) {
        throw conflict(
          `You have ${open.length} open requests, the most we allow at once. Close or withdraw one to send another.`,
        );
      }

      const brokerId = chooseBroker(tx, {
        teamCountry: team.countryCode,
        smeCountry: input.companyCountry,
        smeSector: input.companySector,
      });
      const direct = brokerId === null;
      const created = tx
        .insert(introductionRequests)
        .values({
          teamId: team.team.id,
          smeUserId,
          brokerId,
          companyName: input.companyName,
          companySize: input.companySize,
          companyDescription: input.companyDescription,
          sector: input.companySector,
          countryCode: input.companyCountry,
          need: input.need,
          knowledgeType: input.knowledgeType,
          budgetBand: input.budgetBand,
          timeline: input.timeline,
          preferredLanguage: input.preferredLanguage,
          consentShareContact: input.consentShareContact,
          status: direct ? "forwarded" : "submitted",
          idempotencyKey: input.idempotencyKey,
          submittedAt: now,
          forwardedAt: direct ? now : null,
          updatedAt: now,
        })
        .returning({ id: introductionRequests.id })
        .get();
      tx.insert(requestEvents)
        .values({ requestId: created.id, status: "submitted", actorUserId: smeUserId, createdAt: now })
        .run();
      if (direct) {
        tx.insert(requestEvents)
          .values({
            requestId: created.id,
            status: "forwarded",
            note: "Sent straight to the team: no intermediary covers this request.",
            createdAt: now,
          })
          .run();
      }

      const rec = loadRequest(tx, created.id)!;
      const c = mailContextOf(rec);
      const sme = tx.select({ email: users.email }).from(users).where(eq(users.id, smeUserId)).get();
      if (sme) queueEmail(tx, introMail.submittedToSme(sme.email, c, !direct));
      if (direct) queueEmail(tx, introMail.newForTeam(team.team.contactEmail, c, input.need, null));
      else
        for (const to of brokerAddresses(tx, brokerId)) queueEmail(tx, introMail.newInBrokerQueue(to, c, input.need));
      return { id: created.id, created: true };
    },
    { behavior: "immediate" },
  );
}

export interface IntroductionFormDefaults {
  team: {
    slug: string;
    name: string;
    institutionName: string;
    countryCode: string;
    availability: string;
    languages: string[];
    knowledgeTypes: string[];
  };
  company: {
    name: string;
    size: string;
    country: string;
    sector: string;
    description: string;
    /** The preferred language of the firm's last request (its own choice), if any. */
    language: string | null;
  };
  openRequests: number;
  /** An open request to this same team, if there is one. */
  openRequestId: number | null;
}

/** What the request form needs: the team, and the firm's details pre-filled from its profile. */
export function getIntroductionFormDefaults(ctx: DalContext, teamSlug: string): IntroductionFormDefaults {
  const smeUserId = requireSme(ctx);
  const row = ctx.db
    .select({ team: teams, institution: institutions })
    .from(teams)
    .innerJoin(institutions, eq(institutions.id, teams.institutionId))
    .where(eq(teams.slug, teamSlug))
    .get();
  if (!row || row.team.status !== "published" || !canViewTeam(ctx.viewer, row.team))
    throw notFound("That team is not on the register.");
  const user = ctx.db.select().from(users).where(eq(users.id, smeUserId)).get();
  if (!user) throw badRequest("Your account could not be found.");
  const last = ctx.db
    .select({
      description: introductionRequests.companyDescription,
      language: introductionRequests.preferredLanguage,
    })
    .from(introductionRequests)
    .where(eq(introductionRequests.smeUserId, smeUserId))
    .orderBy(desc(introductionRequests.id))
    .limit(1)
    .get();
  const open = ctx.db
    .select({ id: introductionRequests.id, teamId: introductionRequests.teamId })
    .from(introductionRequests)
    .where(and(eq(introductionRequests.smeUserId, smeUserId), inArray(introductionRequests.status, [...OPEN_STATUSES])))
    .all();
  return {
    team: {
      slug: row.team.slug,
      name: row.team.name,
      institutionName: row.institution.name,
      countryCode: row.institution.countryCode,
      availability: row.team.availability,
      languages: row.team.languages,
      knowledgeTypes: row.team.knowledgeTypes,
    },
    company: {
      name: user.companyName ?? "",
      size: user.companySize ?? "",
      country: user.companyCountry ?? "",
      sector: user.companySector ?? "",
      description: last?.description ?? "",
      language: last?.language ?? null,
    },
    openRequests: open.length,
    openRequestId: open.find((o) => o.teamId === row.team.id)?.id ?? null,
  };
}

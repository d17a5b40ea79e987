// A seeded database with the cast of an introduction: firms, a team's members, a broker, a
// curator, an admin; plus helpers to send requests and read the outbox.
import { randomUUID } from "node:crypto";
import { asc, eq, like } from "drizzle-orm";
import { afterAll, beforeAll } from "vitest";
import { emailOutbox, introductionRequests, requestEvents } from "@/db/schema";
import { seedDemoData } from "@/lib/dal/seed/seed";
import { createIntroductionRequest } from "@/lib/dal/introductions/create";
import type { IntroductionInput } from "@/lib/validation/introduction";
import { createTestDb, type TestDb } from "./db";
import { addPerson, intermediaryBySlug, teamBySlug, type Person } from "./people";

/** Covered by Northern Innovation Exchange (GB/IE): goes to its triage queue. */
export const BROKERED_TEAM = "manchester-graphene-coatings";
export const BROKERED_TEAM_2 = "loughborough-additive-manufacturing";
/** A US team, for a US retailer (sector G): no intermediary covers it, straight to the team. */
export const DIRECT_TEAM = "gatech-supply-chain-logistics-analytics";
export const DIRECT_TEAM_2 = "ucdavis-postharvest-fresh-produce";
export const OTHER_TEAM = "cornell-artisan-dairy-processing";

export interface Cast {
  t: TestDb;
  sme: Person;
  otherSme: Person;
  ukSme: Person;
  ukMember: Person;
  usMember: Person;
  otherMember: Person;
  broker: Person;
  otherBroker: Person;
  curator: Person;
  admin: Person;
  brokerId: number;
}

export function createCast(): Cast {
  const t = createTestDb();
  seedDemoData(t.systemCtx());
  const usCompany = { name: "Acme Retail Inc.", size: "small", country: "US", sector: "G" };
  const brokerId = intermediaryBySlug(t, "demo-northern-innovation-exchange");
  return {
    t,
    brokerId,
    sme: addPerson(t, "sme", { company: usCompany }),
    otherSme: addPerson(t, "sme", { company: { ...usCompany, name: "Other Co" } }),
    ukSme: addPerson(t, "sme", { company: { name: "Leeds Widgets Ltd", size: "micro", country: "GB", sector: "C" } }),
    ukMember: addPerson(t, "university", { institutionId: teamBySlug(t, BROKERED_TEAM).institutionId }),
    usMember: addPerson(t, "university", { institutionId: teamBySlug(t, DIRECT_TEAM).institutionId }),
    otherMember: addPerson(t, "university", { institutionId: teamBySlug(t, OTHER_TEAM).institutionId }),
    broker: addPerson(t, "university", { intermediaryId: brokerId }),
    otherBroker: addPerson(t, "university", {
      intermediaryId: intermediaryBySlug(t, "demo-global-tech-transfer-network"),
    }),
    curator: addPerson(t, "curator"),
    admin: addPerson(t, "admin"),
  };
}

/**
 * Call once at the top level of a test file: the cast on a fresh seeded database, created before
 * the file's tests and closed after them. Hooks the file registers after this call run once the
 * cast exists, and their cleanup runs before its database is closed. Reading a member before the
 * tests start throws.
 */
export function useCast(): Cast {
  let cast: Cast | undefined;
  beforeAll(() => {
    cast = createCast();
  });
  afterAll(() => cast?.t.close());
  const ready = () => {
    if (!cast) throw new Error("useCast: the cast is ready only once the tests start");
    return cast;
  };
  return new Proxy({} as Cast, { get: (_, key) => ready()[key as keyof Cast] });
}

export function requestInput(teamSlug: string, over: Partial<IntroductionInput> = {}): IntroductionInput {
  return {
    teamSlug,
    need: "We import fresh produce and lose a fifth of it to spoilage between port and shelf. We want to know which cold-chain changes pay back within a year.",
    knowledgeType: "specialist-advice",
    budgetBand: "5k-25k",
    timeline: "1-3-months",
    preferredLanguage: "en",
    companyName: "Acme Retail Inc.",
    companySize: "small",
    companyCountry: "US",
    companySector: "G",
    companyDescription: "A chain of twelve grocery shops in Georgia.",
    consentShareContact: true,
    idempotencyKey: randomUUID(),
    ...over,
  };
}

export function send(
  c: Cast,
  who: Person,
  teamSlug: string,
  over: Partial<IntroductionInput> = {},
  ip = "203.0.113.7",
  now?: Date,
) {
  return createIntroductionRequest(c.t.ctx(who.viewer()), requestInput(teamSlug, over), { ip }, now);
}

export function outbox(c: Cast, requestId?: number) {
  const rows = c.t.db.select().from(emailOutbox).orderBy(asc(emailOutbox.id)).all();
  if (requestId === undefined) return rows;
  return rows.filter(
    (r) => r.dedupeKey?.startsWith(`intro:${requestId}:`) || r.textBody.includes(`/introductions/${requestId}`),
  );
}

export function mailTo(c: Cast, address: string) {
  return c.t.db
    .select()
    .from(emailOutbox)
    .where(eq(emailOutbox.toAddress, address.toLowerCase()))
    .orderBy(asc(emailOutbox.id))
    .all();
}

export function statusOf(c: Cast, id: number) {
  return c.t.db.select().from(introductionRequests).where(eq(introductionRequests.id, id)).get()!;
}

export function eventsOf(c: Cast, id: number): string[] {
  return c.t.db
    .select({ s: requestEvents.status })
    .from(requestEvents)
    .where(eq(requestEvents.requestId, id))
    .orderBy(asc(requestEvents.id))
    .all()
    .map((r) => r.s);
}

export function countMail(c: Cast, pattern: string): number {
  return c.t.db.select({ id: emailOutbox.id }).from(emailOutbox).where(like(emailOutbox.dedupeKey, pattern)).all()
    .length;
}

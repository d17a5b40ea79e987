import "server-only";
import { count, eq } from "drizzle-orm";
import { caseStudies, institutions, intermediaries, teamEngagementModes, teams } from "@/db/schema";
import { demoInstitutions, demoTeams } from "@/db/seed/demo";
import { demoIntermediaries } from "@/db/seed/demo/intermediaries";
import { forbidden } from "@/lib/errors";
import { canImport } from "@/lib/policy";
import { institutionInputSchema } from "@/lib/validation/institution";
import type { DalContext } from "../context";
import { createInstitutionUpserter } from "../institutions/writes";
import { seedDemoAccounts, verifyDemoInstitutions } from "./internal/demo-accounts";
import { seedDemoCollections } from "./internal/demo-collections";
import { seedDemoRequestHistory } from "./internal/demo-request-history";
import { defaultCurrencyFor } from "@/lib/reference/currency";

const DAY = 24 * 3600 * 1000;
/** Fixed reference date, so seeded timestamps are the same on every machine. */
const SEED_EPOCH = Date.UTC(2026, 9, 1);

export interface SeedResult {
  institutions: number;
  teamsInserted: number;
  teamsExisting: number;
  /** Demo sign-in accounts created (README "Demo accounts"); none on an https site. */
  accountsCreated: number;
  collectionsCreated: number;
  /** Demonstration introduction requests added (the response figures' history). */
  requestsCreated: number;
}

export function countTeams(ctx: DalContext): number {
  return ctx.db.select({ n: count() }).from(teams).get()?.n ?? 0;
}

/**
 * Loads the demonstration register. Deterministic (fixed dates, fixed order) and idempotent:
 * institutions are upserted by ROR id and teams inserted only when their slug is new.
 */
export function seedDemoData(ctx: DalContext, options: { requestHistory?: boolean } = {}): SeedResult {
  if (!canImport(ctx.viewer)) throw forbidden();
  const { db } = ctx;
  const upsert = createInstitutionUpserter(ctx);
  const tally = upsert(demoInstitutions.map((i) => institutionInputSchema.parse({ ...i, rorTypes: ["education"] })));

  const idByRor = new Map(
    db
      .select({ id: institutions.id, rorId: institutions.rorId })
      .from(institutions)
      .all()
      .map((r) => [r.rorId, r.id]),
  );
  let inserted = 0;
  let accountsCreated = 0;
  let collectionsCreated = 0;
  let requestsCreated = 0;
  const countryByRor = new Map(demoInstitutions.map((i) => [i.rorId, i.countryCode]));
  db.transaction((tx) => {
    for (const m of demoIntermediaries) {
      tx.insert(intermediaries)
        .values({ ...m, regions: [...m.regions], sectors: [...m.sectors] })
        .onConflictDoNothing()
        .run();
    }
    demoTeams.forEach((t, index) => {
      const institutionId = idByRor.get(t.institutionRorId);
      if (institutionId === undefined)
        throw new Error(`Demo team ${t.slug} names unknown institution ${t.institutionRorId}`);
      if (tx.select({ id: teams.id }).from(teams).where(eq(teams.slug, t.slug)).get()) return;
      // Spread confirmation dates over the past months; every 40th listing is left unconfirmed
      // for over 15 months so the "not confirmed recently" state can be seen in the demo.
      const confirmed = new Date(SEED_EPOCH - (index % 60) * 5 * DAY - (index % 40 === 17 ? 500 * DAY : 0));
      const created = new Date(confirmed.getTime() - 90 * DAY);
      const { caseStudies: cases, engagementModes, institutionRorId: _ror, ...fields } = t;
      const row = tx
        .insert(teams)
        .values({
          ...fields,
          institutionId,
          currency: defaultCurrencyFor(countryByRor.get(t.institutionRorId) ?? "GB"),
          status: "published",
          isDemo: true,
          createdAt: created,
          updatedAt: confirmed,
          publishedAt: created,
          reviewedAt: created,
          confirmedAt: confirmed,
          expiresAt: new Date(confirmed.getTime() + 365 * DAY),
        })
        .returning({ id: teams.id })
        .get();
      if (engagementModes.length > 0) {
        tx.insert(teamEngagementModes)
          .values(engagementModes.map((m) => ({ ...m, teamId: row.id })))
          .run();
      }
      if (cases.length > 0) {
        tx.insert(caseStudies)
          .values(cases.map((c, position) => ({ ...c, teamId: row.id, position })))
          .run();
      }
      inserted++;
    });
    collectionsCreated = seedDemoCollections(tx, SEED_EPOCH);
    // The scripts add it; tests that count a team's requests start from none.
    if (options.requestHistory) requestsCreated = seedDemoRequestHistory(tx, SEED_EPOCH);
    verifyDemoInstitutions(tx);
    accountsCreated = seedDemoAccounts(tx);
  });
  return {
    institutions: tally.inserted + tally.updated + tally.unchanged,
    teamsInserted: inserted,
    teamsExisting: demoTeams.length - inserted,
    accountsCreated,
    collectionsCreated,
    requestsCreated,
  };
}

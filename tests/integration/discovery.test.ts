// Judging fit before signing in, on a real database: listings state their costs in a currency
// (stored, defaulted from the institution's country, validated, exported and imported), result
// cards carry ways of working and the response figure, the demo register has a deterministic,
// idempotent request history, and visitors can compare teams.
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { count, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { institutions, introductionRequests, teams } from "@/db/schema";
import { importListingRows, summarise } from "@/lib/curation/import-listings";
import { listingsToCsv } from "@/lib/curation/listing-csv";
import { parseListingCsv } from "@/lib/curation/listing-csv-import";
import { getTeamResponseStats } from "@/lib/dal/introductions/dashboards";
import { DEMO_HISTORY_COMPANY } from "@/lib/dal/seed/internal/demo-request-history";
import { exportListings } from "@/lib/dal/curation/team-export";
import { createTeam, updateTeam } from "@/lib/dal/teams/writes";
import { getRegisterResponseSummary } from "@/lib/dal/introductions/response-summary";
import { seedDemoData } from "@/lib/dal/seed/seed";
import { compareTeams } from "@/lib/dal/teams/shortlists";
import { getTeam, listTeams } from "@/lib/dal/teams/public";
import { OPEN_STATUSES } from "@/lib/introductions/vocabulary";
import { teamInputSchema } from "@/lib/validation/team";
import { ANONYMOUS, type Viewer } from "@/lib/viewer";
import { createTestDb, type TestDb } from "../support/db";
import { makeMember, makeUser, sampleInput } from "../support/listing-fixtures";

let t: TestDb;
let curator: Viewer;
const COBOT = "tum-cobot-automation-small-manufacturers";
const GRAPHENE = "manchester-graphene-coatings";

const institutionId = (code: string) =>
  t.db.select({ id: institutions.id }).from(institutions).where(eq(institutions.countryCode, code)).get()!.id;
const stored = (slug: string) => t.db.select().from(teams).where(eq(teams.slug, slug)).get()!;
const historyCount = () =>
  t.db
    .select({ n: count() })
    .from(introductionRequests)
    .where(like(introductionRequests.idempotencyKey, "demo-history:%"))
    .get()!.n;

beforeAll(() => {
  t = createTestDb();
  seedDemoData(t.systemCtx(), { requestHistory: true });
  curator = makeUser(t.db, "curator", "curator@broker.example").viewer;
});
afterAll(() => t.close());

describe("a listing's currency", () => {
  it("defaults to the institution's country's, keeps one chosen, and refuses a code that is not ISO 4217", () => {
    const de = makeMember(t.db, institutionId("DE"), "someone@tum.example");
    const slug = createTeam(t.ctx(de.viewer), institutionId("DE"), sampleInput({ name: "Currency Default Lab" })).slug;
    expect(stored(slug).currency).toBe("EUR");
    expect(getTeam(t.ctx(curator), slug)!.currency).toBe("EUR");

    const chosen = teamInputSchema.parse({ ...sampleInput({ name: "Currency Chosen Lab" }), currency: " gbp " });
    expect(chosen.currency).toBe("GBP");
    const other = createTeam(t.ctx(de.viewer), institutionId("DE"), chosen).slug;
    expect(stored(other).currency).toBe("GBP");
    // An edit that names no currency leaves the stored one alone.
    updateTeam(t.ctx(de.viewer), other, 1, sampleInput({ name: "Currency Chosen Lab" }));
    expect(stored(other).currency).toBe("GBP");

    const bad = teamInputSchema.safeParse({ ...sampleInput(), currency: "XYZ" });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]).toMatchObject({
      path: ["currency"],
      message: "Not an ISO 4217 currency code, e.g. GBP, EUR or USD",
    });
  });

  it("seeds each demo team in its country's currency", () => {
    expect(stored(COBOT).currency).toBe("EUR");
    expect(stored(GRAPHENE).currency).toBe("GBP");
  });

  it("is a column of the export and the import, validated there too", async () => {
    const exported = exportListings(t.ctx(curator), { country: "DE" }, "staff");
    expect(exported.find((l) => l.slug === COBOT)!.currency).toBe("EUR");
    const csv = listingsToCsv(exported, true);
    const recs: Record<string, string>[] = parse(csv, { columns: true });
    expect(recs.find((r) => r.slug === COBOT)!.currency).toBe("EUR");
    const rowsOf = (records: Record<string, string>[]) => {
      const parsed = parseListingCsv(new TextEncoder().encode(stringify(records, { header: true })));
      if (!parsed.ok) throw new Error(parsed.message);
      return parsed.rows;
    };
    const edited = recs.map((r) => (r.slug === COBOT ? { ...r, currency: "CHF" } : r));
    const bad = recs.map((r) => (r.slug === COBOT ? { ...r, currency: "EURO" } : r));
    const refused = await importListingRows(t.ctx(curator), rowsOf(bad), { dryRun: true, targetStatus: "draft" });
    expect(refused.find((r) => r.slug === COBOT)).toMatchObject({
      outcome: "error",
      problems: [{ column: "currency", message: "Not an ISO 4217 currency code, e.g. GBP, EUR or USD" }],
    });
    const report = await importListingRows(t.ctx(curator), rowsOf(edited), { dryRun: false, targetStatus: "draft" });
    expect(summarise(report)).toMatchObject({ updated: 1, errors: 0 });
    expect(stored(COBOT).currency).toBe("CHF");
  });
});

describe("the demo request history", () => {
  it("is deterministic and idempotent, labelled as demo, finished, and gives two teams in three their figures", () => {
    const before = historyCount();
    expect(before).toBeGreaterThan(200);
    const again = seedDemoData(t.systemCtx(), { requestHistory: true });
    expect(again.requestsCreated).toBe(0);
    expect(historyCount()).toBe(before);

    const rows = t.db
      .select()
      .from(introductionRequests)
      .where(like(introductionRequests.idempotencyKey, "demo-history:%"))
      .all();
    expect(rows.every((r) => r.companyName === DEMO_HISTORY_COMPANY && r.smeUserId === null)).toBe(true);
    expect(rows.some((r) => (OPEN_STATUSES as readonly string[]).includes(r.status))).toBe(false);
    expect(rows.every((r) => r.firstResponseAt! > r.forwardedAt! && r.forwardedAt! >= r.submittedAt)).toBe(true);

    // The same history on another fresh database.
    const other = createTestDb();
    try {
      seedDemoData(other.systemCtx(), { requestHistory: true });
      const keyed = (db: typeof t.db) =>
        db
          .select({ key: introductionRequests.idempotencyKey, first: introductionRequests.firstResponseAt })
          .from(introductionRequests)
          .all()
          .map((r) => `${r.key}@${r.first!.getTime()}`)
          .sort();
      expect(keyed(other.db)).toEqual(keyed(t.db));
    } finally {
      other.close();
    }

    const demoTeams = t.db.select({ id: teams.id }).from(teams).where(eq(teams.isDemo, true)).all();
    const withFigures = demoTeams.filter((d) => getTeamResponseStats(t.systemCtx(), d.id) !== null).length;
    expect(withFigures / demoTeams.length).toBeGreaterThan(0.6);
    const cobot = getTeamResponseStats(t.systemCtx(), stored(COBOT).id)!;
    expect(cobot.received).toBeGreaterThanOrEqual(3);
    expect(cobot.medianFirstResponseMs).toBeGreaterThan(0);
    expect(cobot.acceptanceRate).not.toBeNull();

    const summary = getRegisterResponseSummary(t.ctx(ANONYMOUS))!;
    expect(summary.answered).toBe(rows.length);
    expect(summary.demo).toBe(rows.length);
  });

  it("is left out unless asked for (tests that count requests start from none)", () => {
    const plain = createTestDb();
    try {
      expect(seedDemoData(plain.systemCtx()).requestsCreated).toBe(0);
      expect(plain.db.select({ n: count() }).from(introductionRequests).get()!.n).toBe(0);
    } finally {
      plain.close();
    }
  });
});

describe("result cards and compare", () => {
  it("lists teams with their ways of working, languages, currency and median response", () => {
    const page = listTeams(t.ctx(ANONYMOUS), { country: "DE" }, 1);
    const cobot = page.items.find((i) => i.slug === COBOT)!;
    expect(cobot.languages.length).toBeGreaterThan(0);
    expect(cobot.card!.engagementModes.map((m) => m.mode)).toEqual(["consultancy", "student-projects", "cpd-training"]);
    expect(cobot.card!.medianFirstResponseMs).toBeGreaterThan(0);
    expect(page.items.every((i) => i.card !== undefined)).toBe(true);
  });

  it("lets a visitor compare published teams, without notes", () => {
    const compared = compareTeams(t.ctx(ANONYMOUS), [COBOT, GRAPHENE, "no-such-team"]);
    expect(compared.map((c) => c.profile.slug)).toEqual([COBOT, GRAPHENE]);
    expect(compared.every((c) => c.note === null)).toBe(true);
    expect(compared[0]!.stats).not.toBeNull();
  });
});

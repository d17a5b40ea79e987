import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseStudies, institutions, teamEngagementModes, teams } from "@/db/schema";
import { demoInstitutions, demoTeams } from "@/db/seed/demo";
import { getInstitution } from "@/lib/dal/institutions/public";
import { seedDemoData } from "@/lib/dal/seed/seed";
import { getRegisterStats, listMapPoints } from "@/lib/dal/register/stats";
import { getTeam, listTeams } from "@/lib/dal/teams/public";
import { continentOf } from "@/lib/reference/countries";
import { ENGAGEMENT_MODES, KNOWLEDGE_TYPES } from "@/lib/reference/engagement";
import { isFieldCode, majorFieldOf } from "@/lib/reference/fields";
import { isSectorCode } from "@/lib/reference/sectors";
import { isValidRorId } from "@/lib/identifiers";
import { ANONYMOUS, type Viewer } from "@/lib/viewer";
import { createTestDb, type TestDb } from "../support/db";

let t: TestDb;
beforeAll(() => {
  t = createTestDb();
  seedDemoData(t.systemCtx());
});
afterAll(() => t.close());

const anon = () => t.ctx(ANONYMOUS);

describe("demo data", () => {
  it("is a register a newcomer believes: 150+ teams, 60+ institutions, 30+ countries", () => {
    const stats = getRegisterStats(anon());
    expect(stats.teams).toBeGreaterThanOrEqual(150);
    expect(stats.institutions).toBeGreaterThanOrEqual(60);
    expect(stats.countries).toBeGreaterThanOrEqual(30);
    for (const cc of ["GB", "CN", "IN", "BR", "ZA", "US"])
      expect(stats.byCountry.map((c) => c.countryCode)).toContain(cc);
    expect(new Set(stats.byContinent.map((c) => c.continent))).toEqual(new Set(["EU", "AS", "AF", "NA", "SA", "OC"]));
  });

  it("covers all four UK nations", () => {
    // Nation by coordinates: Northern Ireland is west of the Irish Sea and north of 54°N; Scotland
    // north of the border (~55°N); Wales west of Offa's Dyke (~3°W) between 51.3° and 53.5°N.
    const nation = (lat: number, lng: number) =>
      lng < -5.3 && lat > 54 ? "NI" : lat > 55.0 ? "SC" : lng < -2.95 && lat > 51.3 && lat < 53.45 ? "WA" : "EN";
    const gb = demoInstitutions.filter((i) => i.countryCode === "GB");
    expect(new Set(gb.map((i) => nation(i.lat, i.lng)))).toEqual(new Set(["EN", "SC", "WA", "NI"]));
  });

  it("covers every major field, knowledge type and engagement mode with valid codes", () => {
    const majors = new Set(demoTeams.flatMap((d) => d.fields.map(majorFieldOf)));
    expect([...majors].sort()).toEqual(["1", "2", "3", "4", "5", "6"]);
    expect(new Set(demoTeams.flatMap((d) => d.knowledgeTypes))).toEqual(new Set(KNOWLEDGE_TYPES.map((k) => k.code)));
    expect(new Set(demoTeams.flatMap((d) => d.engagementModes.map((m) => m.mode)))).toEqual(
      new Set(ENGAGEMENT_MODES.map((m) => m.code)),
    );
    for (const d of demoTeams) {
      expect(d.fields.every(isFieldCode), d.slug).toBe(true);
      expect(d.sectors.every(isSectorCode), d.slug).toBe(true);
      expect(d.keywords.length, d.slug).toBeGreaterThan(0);
      expect(d.caseStudies.length, d.slug).toBeLessThanOrEqual(3);
    }
    for (const i of demoInstitutions) expect(isValidRorId(i.rorId), i.rorId).toBe(true);
    for (const i of demoInstitutions) expect(continentOf(i.countryCode), i.countryCode).not.toBeNull();
  });

  it("marks every seeded team as demo data and publishes it", () => {
    const rows = t.db.select({ isDemo: teams.isDemo, status: teams.status }).from(teams).all();
    expect(rows.length).toBe(demoTeams.length);
    expect(rows.every((r) => r.isDemo && r.status === "published")).toBe(true);
  });

  it("is idempotent and deterministic", () => {
    const snapshot = () => ({
      teams: t.db.select().from(teams).orderBy(teams.slug).all(),
      modes: t.db.select().from(teamEngagementModes).all().length,
      cases: t.db.select().from(caseStudies).all().length,
      institutions: t.db.select().from(institutions).all().length,
    });
    const before = snapshot();
    const again = seedDemoData(t.systemCtx());
    expect(again.teamsInserted).toBe(0);
    expect(snapshot()).toEqual(before);

    const other = createTestDb();
    try {
      seedDemoData(other.systemCtx());
      const strip = (rows: (typeof teams.$inferSelect)[]) => rows.map(({ institutionId: _i, ...r }) => r);
      expect(strip(other.db.select().from(teams).orderBy(teams.slug).all())).toEqual(strip(before.teams));
    } finally {
      other.close();
    }
  });
});

describe("team access", () => {
  const first = () => demoTeams[0]!;

  it("shows a published team to anyone, never with its contact e-mail", () => {
    const team = getTeam(anon(), first().slug);
    expect(team?.name).toBe(first().name);
    expect(team && "contactEmail" in team).toBe(false);
    expect(JSON.stringify(team)).not.toContain("@demo.expertise-atlas.example");
  });

  it("shows the contact e-mail to the team's own members and curators", () => {
    const row = t.db.select().from(teams).where(eq(teams.slug, first().slug)).get()!;
    const member: Viewer = {
      kind: "user",
      id: "m",
      role: "university",
      institutionIds: [row.institutionId],
      intermediaryIds: [],
      suspended: false,
      twoFactor: false,
    };
    const outsider: Viewer = { ...member, institutionIds: [row.institutionId + 1000] };
    expect(getTeam(t.ctx(member), first().slug)?.contactEmail).toBe(first().contactEmail);
    expect(getTeam(t.ctx(outsider), first().slug)?.contactEmail).toBeUndefined();
  });

  it("hides drafts from the public and from other institutions", () => {
    const row = t.db.select().from(teams).where(eq(teams.slug, first().slug)).get()!;
    t.db.update(teams).set({ status: "draft" }).where(eq(teams.id, row.id)).run();
    try {
      expect(getTeam(anon(), first().slug)).toBeNull();
      expect(listTeams(anon(), {}).items.map((i) => i.slug)).not.toContain(first().slug);
    } finally {
      t.db.update(teams).set({ status: "published" }).where(eq(teams.id, row.id)).run();
    }
  });

  it("returns null for unknown slugs", () => {
    expect(getTeam(anon(), "no-such-team")).toBeNull();
  });
});

describe("browsing", () => {
  it("pages through every published team exactly once", () => {
    const seen = new Set<string>();
    const firstPage = listTeams(anon(), {}, 1, 20);
    for (let p = 1; p <= firstPage.pageCount; p++)
      for (const item of listTeams(anon(), {}, p, 20).items) seen.add(item.slug);
    expect(seen.size).toBe(firstPage.total);
    expect(listTeams(anon(), {}, firstPage.pageCount + 5).items).toEqual([]);
  });

  it("filters by country and by major or sub field", () => {
    const gb = listTeams(anon(), { country: "GB" }, 1, 500);
    expect(gb.total).toBeGreaterThan(0);
    expect(gb.items.every((i) => i.institution.countryCode === "GB")).toBe(true);
    const eng = listTeams(anon(), { field: "2" }, 1, 500);
    expect(eng.items.every((i) => i.fields.some((f) => f === "2" || f.startsWith("2.")))).toBe(true);
    const expected = demoTeams.filter((d) => d.fields.some((f) => majorFieldOf(f) === "2")).length;
    expect(eng.total).toBe(expected);
    const sub = listTeams(anon(), { field: "2.5" }, 1, 500);
    expect(sub.items.every((i) => i.fields.includes("2.5"))).toBe(true);
  });

  it("lists institutions with their published teams and map points", () => {
    const inst = demoInstitutions[0]!;
    const row = t.db.select().from(institutions).where(eq(institutions.rorId, inst.rorId)).get()!;
    const profile = getInstitution(anon(), row.slug);
    expect(profile?.publishedTeamCount).toBe(demoTeams.filter((d) => d.institutionRorId === inst.rorId).length);
    expect(listMapPoints(anon()).length).toBe(new Set(demoTeams.map((d) => d.institutionRorId)).size);
  });
});

// The curators' demand insight over real search_events rows: the period, searches per day, the
// commonest queries grouped as people read them, the unmet ones, and the filters used.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchEvents } from "@/db/schema";
import { getDemandReport } from "@/lib/dal/curation/demand";
import { recordSearchEvent } from "@/lib/dal/search/documents";
import { ANONYMOUS } from "@/lib/viewer";
import { createTestDb, type TestDb } from "../support/db";
import { makeUser } from "../support/listing-fixtures";

let t: TestDb;
let curator: ReturnType<typeof makeUser>;
const NOW = new Date("2026-11-23T15:00:00Z");
const at = (iso: string) => new Date(iso);

function events(
  rows: [query: string, filters: Record<string, string[]>, results: number, when: string, times?: number][],
) {
  for (const [query, filters, resultCount, when, times = 1] of rows) {
    for (let i = 0; i < times; i++)
      t.db
        .insert(searchEvents)
        .values({ query, filters, resultCount, createdAt: at(when) })
        .run();
  }
}

beforeAll(() => {
  t = createTestDb();
  curator = makeUser(t.db, "curator", "curator@broker.example");
  events([
    ["Battery recycling", {}, 3, "2026-11-23T09:00:00Z", 4],
    ["battery  recycling", { country: ["GB"] }, 0, "2026-11-22T10:00:00Z", 2],
    ["Batterie recyclage", {}, 1, "2026-11-21T10:00:00Z"],
    ["Récupération de chaleur", { country: ["FR"] }, 0, "2026-11-20T11:00:00Z", 3],
    ["recuperation de chaleur", { country: ["FR"] }, 0, "2026-11-23T11:00:00Z"],
    ["graphene", { country: ["GB", "SE"], availability: ["now"] }, 9, "2026-11-19T08:00:00Z", 2],
    ["", { field: ["4.1"], country: ["NE"] }, 0, "2026-11-18T08:00:00Z"],
    // Found nothing long ago; the latest search finds teams, so it is no longer unmet.
    ["seaweed packaging", {}, 0, "2026-11-10T08:00:00Z", 5],
    ["seaweed packaging", {}, 4, "2026-11-22T08:00:00Z"],
    // Outside the last 7 days (17 Nov is the first day of the week ending 23 Nov).
    ["hydrogen storage", {}, 0, "2026-11-16T23:59:59Z", 6],
  ]);
});
afterAll(() => t.close());

describe("demand report", () => {
  it("is only for curators and admins", () => {
    expect(() => getDemandReport(t.ctx(ANONYMOUS), { days: 7, now: NOW })).toThrow(
      expect.objectContaining({ code: "not_found" }),
    );
  });

  it("counts the last 7 days, UTC, today included, day by day", () => {
    const r = getDemandReport(t.ctx(curator.viewer), { days: 7, now: NOW });
    expect(r.from).toEqual(at("2026-11-17T00:00:00Z"));
    expect(r.searches).toBe(4 + 2 + 1 + 3 + 1 + 2 + 1 + 1);
    expect(r.zeroResultSearches).toBe(2 + 3 + 1 + 1);
    expect(r.perDay).toHaveLength(7);
    expect(r.perDay.map((d) => [d.day, d.searches, d.zeroResults])).toEqual([
      ["2026-11-17", 0, 0],
      ["2026-11-18", 1, 1],
      ["2026-11-19", 2, 0],
      ["2026-11-20", 3, 3],
      ["2026-11-21", 1, 0],
      ["2026-11-22", 3, 2],
      ["2026-11-23", 5, 1],
    ]);
  });

  it("ranks queries with case, spacing and accents ignored", () => {
    const r = getDemandReport(t.ctx(curator.viewer), { days: 7, now: NOW });
    expect(r.topQueries.slice(0, 3)).toEqual([
      { query: "Battery recycling", searches: 6, zeroResults: 2 },
      { query: "Récupération de chaleur", searches: 4, zeroResults: 4 },
      { query: "graphene", searches: 2, zeroResults: 0 },
    ]);
  });

  it("lists unmet searches with their filters, judged by what the latest search found", () => {
    const r = getDemandReport(t.ctx(curator.viewer), { days: 7, now: NOW });
    expect(r.unmet.map((u) => [u.query, u.filters, u.searches, u.latestResults])).toEqual([
      ["Récupération de chaleur", { country: ["FR"] }, 4, 0],
      ["battery recycling", { country: ["GB"] }, 2, 0],
      ["", { country: ["NE"], field: ["4.1"] }, 1, 0],
      ["Batterie recyclage", {}, 1, 1],
    ]);
    expect(r.unmet[0]!.lastAt).toEqual(at("2026-11-23T11:00:00Z"));
  });

  it("counts each filter value used", () => {
    const r = getDemandReport(t.ctx(curator.viewer), { days: 7, now: NOW });
    expect(r.filters).toEqual(
      [
        { facet: "country", value: "FR", searches: 4 },
        { facet: "availability", value: "now", searches: 2 },
        { facet: "country", value: "GB", searches: 4 },
        { facet: "country", value: "SE", searches: 2 },
        { facet: "country", value: "NE", searches: 1 },
        { facet: "field", value: "4.1", searches: 1 },
      ].sort((a, b) => b.searches - a.searches || a.facet.localeCompare(b.facet) || a.value.localeCompare(b.value)),
    );
  });

  it("reaches further back over 30 days", () => {
    const r = getDemandReport(t.ctx(curator.viewer), { days: 30, now: NOW });
    expect(r.perDay).toHaveLength(30);
    // Equal counts are listed alphabetically.
    expect(r.topQueries.slice(0, 3)).toEqual([
      { query: "Battery recycling", searches: 6, zeroResults: 2 },
      { query: "hydrogen storage", searches: 6, zeroResults: 6 },
      { query: "seaweed packaging", searches: 6, zeroResults: 5 },
    ]);
    expect(r.unmet.map((u) => u.query)).toContain("hydrogen storage");
    expect(r.unmet.map((u) => u.query)).not.toContain("seaweed packaging");
  });

  it("holds nothing about who searched", () => {
    recordSearchEvent(t.ctx(curator.viewer), { query: "heat pumps", filters: { country: ["DE"] }, resultCount: 2 });
    expect(Object.keys(t.db.select().from(searchEvents).get()!).sort()).toEqual([
      "createdAt",
      "filters",
      "id",
      "query",
      "resultCount",
      "strongResultCount",
    ]);
  });

  it("counts as unmet a search whose many results all matched weakly, and says so", () => {
    // "Cambridge" found 25 teams, every one only by its institution's name.
    t.db
      .insert(searchEvents)
      .values({
        query: "cambridge",
        filters: {},
        resultCount: 25,
        strongResultCount: 0,
        createdAt: at("2026-11-23T12:00:00Z"),
      })
      .run();
    t.db
      .insert(searchEvents)
      .values({
        query: "fuel cells",
        filters: {},
        resultCount: 25,
        strongResultCount: 12,
        createdAt: at("2026-11-23T12:00:00Z"),
      })
      .run();
    const unmet = getDemandReport(t.ctx(curator.viewer), { days: 7, now: NOW }).unmet;
    expect(unmet.find((u) => u.query === "cambridge")).toMatchObject({ latestResults: 25, latestStrong: 0 });
    expect(unmet.some((u) => u.query === "fuel cells")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { daySeries, periodStart, topQueries, unmetSearches, type SearchGroupRow } from "./aggregate";

const row = (
  query: string,
  searches: number,
  latestResults: number,
  lastAt: number,
  filters: Record<string, string[]> = {},
  zeroResults = latestResults === 0 ? searches : 0,
): SearchGroupRow => ({
  query,
  filters,
  searches,
  zeroResults,
  latestResults,
  lastAt,
});

describe("topQueries", () => {
  it("groups spellings that differ only in case, spacing and accents, and names them by the commonest", () => {
    const top = topQueries([
      row("Battery recycling", 3, 4, 10),
      row("battery  recycling", 5, 4, 20),
      row("battery recycling", 2, 0, 30, { country: ["KE"] }),
      row("Café roasting", 1, 1, 5),
      row("cafe roasting", 1, 1, 6),
      row("", 9, 12, 7, { country: ["GB"] }),
    ]);
    expect(top).toEqual([
      { query: "battery recycling", searches: 10, zeroResults: 2 },
      { query: "Café roasting", searches: 2, zeroResults: 0 },
    ]);
  });

  it("keeps the most searched first and stops at the limit", () => {
    const rows = Array.from({ length: 30 }, (_, i) => row(`q${i}`, i + 1, 5, i));
    const top = topQueries(rows, 5);
    expect(top.map((t) => t.query)).toEqual(["q29", "q28", "q27", "q26", "q25"]);
  });
});

describe("unmetSearches", () => {
  it("lists searches whose latest run found nothing or very little, with their filters, most searched first", () => {
    const unmet = unmetSearches([
      row("graphene", 50, 12, 100),
      row("Hydrogen storage", 2, 0, 100),
      row("hydrogen  storage", 3, 1, 200),
      row("cocoa", 4, 0, 150, { country: ["KE"] }),
      row("cocoa", 9, 3, 150),
      row("", 2, 0, 120, { field: ["4.1"], country: ["NE"] }),
      // Found nothing at first, but a team has been added since: no longer unmet.
      row("seaweed packaging", 7, 0, 10),
      row("Seaweed packaging", 1, 3, 300),
    ]);
    expect(unmet.map((u) => [u.query, u.filters, u.searches, u.latestResults])).toEqual([
      ["hydrogen storage", {}, 5, 1],
      ["cocoa", { country: ["KE"] }, 4, 0],
      ["", { country: ["NE"], field: ["4.1"] }, 2, 0],
    ]);
    expect(unmet[0]!.lastAt).toEqual(new Date(200));
  });

  it("treats the same filters in another order as the same search", () => {
    const unmet = unmetSearches([
      row("x", 1, 0, 1, { country: ["GB", "SE"] }),
      row("X", 2, 0, 2, { country: ["SE", "GB"] }),
    ]);
    expect(unmet).toHaveLength(1);
    expect(unmet[0]).toMatchObject({ query: "X", searches: 3, filters: { country: ["GB", "SE"] } });
  });
});

describe("days", () => {
  it("starts the period at UTC midnight, today included", () => {
    expect(periodStart(new Date("2026-11-23T15:30:00Z"), 7).toISOString()).toBe("2026-11-17T00:00:00.000Z");
    expect(periodStart(new Date("2026-11-23T00:00:00Z"), 1).toISOString()).toBe("2026-11-23T00:00:00.000Z");
  });

  it("fills days nobody searched with zeros", () => {
    const s = daySeries(new Date("2026-02-27T00:00:00Z"), 4, [{ day: "2026-03-01", searches: 5, zeroResults: 2 }]);
    expect(s).toEqual([
      { day: "2026-02-27", searches: 0, zeroResults: 0 },
      { day: "2026-02-28", searches: 0, zeroResults: 0 },
      { day: "2026-03-01", searches: 5, zeroResults: 2 },
      { day: "2026-03-02", searches: 0, zeroResults: 0 },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { formatReport, jsonSummary, targets, type BenchReport } from "./report";
import { percentiles } from "./stats";

const p = (ms: number) => percentiles([ms, ms, ms]);

function report(teams: number, searchP95: number, ftsP95: number | null): BenchReport {
  return {
    teams,
    queries: 3,
    seed: 1,
    corpus: {
      vocabulary: "fallback",
      topics: 10,
      institutionSource: "synthetic",
      institutions: 5,
      countries: 3,
      generateMs: 1,
    },
    buildMs: 1000,
    heap: { indexMB: 150, jsMB: 100, externalMB: 50, processMB: 300 },
    snapshot: { mb: 10, writeMs: 100, loadMs: 900, loadRuns: [900], loadedHeapMB: 140, checked: 3, mismatches: 0 },
    search: p(searchP95),
    searchByKind: [],
    suggest: p(1),
    slowest: [],
    fts5:
      ftsP95 === null
        ? null
        : { combine: "k of n words", loadMs: 1, dbMB: 1, search: p(ftsP95), byKind: [], withoutFacets: p(1) },
  };
}

describe("bench report", () => {
  it("prints one JSON object with the agreed keys", () => {
    const json = JSON.parse(jsonSummary(report(100_000, 20, 40))) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      "teams",
      "buildMs",
      "heapMB",
      "snapshotMB",
      "loadMs",
      "search",
      "suggest",
      "pasted",
      "fts5",
      "fts5Queries",
      "ratio",
    ]);
    expect(json.search).toEqual({ p50: 20, p95: 20, p99: 20 });
    expect(json.suggest).toEqual({ p50: 1, p95: 1 });
    expect(json.ratio).toBe(0.5);
    expect(JSON.parse(jsonSummary(report(10_000, 2, null))).fts5).toBeNull();
  });

  it("checks the targets that apply at the corpus size", () => {
    const at100k = targets(report(100_000, 20, 40));
    expect(at100k.find((t) => t.label.startsWith("100k search p95 ≤ 50"))?.ok).toBe(true);
    expect(at100k.find((t) => t.label.includes("stretch"))?.ok).toBe(false);
    expect(at100k.find((t) => t.label.includes("ratio"))?.ok).toBe(true);
    expect(targets(report(10_000, 6, null)).find((t) => t.label.startsWith("10k"))?.ok).toBe(false);
    expect(formatReport(report(10_000, 2, null))).toContain("FTS5 baseline skipped");
    expect(targets(report(1_000_000, 200, null))).toEqual([]);
  });

  it("compares with FTS5 on FTS5's queries when it ran only the first of them", () => {
    const r = report(1_000_000, 200, 4000);
    r.fts5!.subset = { of: 600, engine: p(100) };
    expect(JSON.parse(jsonSummary(r)).ratio).toBe(0.025);
    const text = formatReport(r);
    expect(text).toContain("FTS5 (k of n words), first 3 of 600");
    expect(text).toContain("both on the first 3 queries of the mix");
  });
});

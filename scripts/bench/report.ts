// Turning measurements into the printed table, the target check and the one-line JSON summary.
import type { SearchParams } from "@/lib/search/types";
import { fmt, round, table, type Percentiles } from "./stats";
import type { QueryKind } from "./types";

export interface KindStats {
  kind: QueryKind | "filtered" | "unfiltered";
  latency: Percentiles;
  meanTotal: number;
}

export interface SlowQuery {
  ms: number;
  kind: QueryKind;
  params: SearchParams;
  total: number;
}

export interface BenchReport {
  teams: number;
  queries: number;
  seed: number;
  corpus: {
    vocabulary: string;
    topics: number;
    institutionSource: string;
    institutions: number;
    countries: number;
    generateMs: number;
  };
  buildMs: number;
  heap: { indexMB: number; jsMB: number; externalMB: number; processMB: number };
  snapshot: {
    mb: number;
    writeMs: number;
    /** Median of loadRuns. */
    loadMs: number;
    loadRuns: number[];
    loadedHeapMB: number;
    checked: number;
    mismatches: number;
  };
  search: Percentiles;
  searchByKind: KindStats[];
  suggest: Percentiles;
  /** Pasted problems of 1,000–5,000 characters (their own mix of 100). */
  pasted?: Percentiles;
  slowest: SlowQuery[];
  fts5: null | {
    combine: string;
    loadMs: number;
    dbMB: number;
    search: Percentiles;
    byKind: KindStats[];
    /** The same mix without facet counts: what FTS5's text matching alone costs. */
    withoutFacets: Percentiles;
    /** Set when FTS5 ran only the first queries of the mix: how many there were, and the engine on those. */
    subset?: { of: number; engine: Percentiles };
  };
}

/** The engine's p95 over FTS5's p95, on the same queries. */
export function ratio(r: BenchReport): number | null {
  if (!r.fts5) return null;
  return (r.fts5.subset?.engine.p95 ?? r.search.p95) / r.fts5.search.p95;
}

/** The issue's targets that apply at this corpus size, each with its measured value. */
export function targets(r: BenchReport): { label: string; ok: boolean; value: string }[] {
  const out: { label: string; ok: boolean; value: string }[] = [];
  const ms = (x: number): string => `${fmt(x)} ms`;
  if (r.teams <= 10_000) out.push({ label: "10k search p95 ≤ 5 ms", ok: r.search.p95 <= 5, value: ms(r.search.p95) });
  if (r.teams === 100_000) {
    out.push({ label: "100k search p95 ≤ 50 ms", ok: r.search.p95 <= 50, value: ms(r.search.p95) });
    out.push({ label: "100k search p95 ≤ 10 ms (stretch)", ok: r.search.p95 <= 10, value: ms(r.search.p95) });
    const q = ratio(r);
    if (q !== null) out.push({ label: "p95 ratio ours/FTS5 ≤ 1.0", ok: q <= 1, value: fmt(q) });
    out.push({
      label: "index heap ≤ 400 MB at 100k",
      ok: r.heap.indexMB <= 400,
      value: `${fmt(r.heap.indexMB, 0)} MB`,
    });
  }
  // The issue sets no target beyond 100k teams (1M must only complete).
  if (r.teams <= 100_000) {
    out.push({ label: "suggest p95 ≤ 2 ms", ok: r.suggest.p95 <= 2, value: ms(r.suggest.p95) });
    if (r.pasted) out.push({ label: "pasted text p95 ≤ 50 ms", ok: r.pasted.p95 <= 50, value: ms(r.pasted.p95) });
    out.push({ label: "snapshot load ≤ 1.5 s", ok: r.snapshot.loadMs <= 1500, value: ms(r.snapshot.loadMs) });
  }
  return out;
}

function kindRows(title: string, kinds: KindStats[]): string[][] {
  return kinds.map((k) => [
    `  ${title} ${k.kind}`,
    String(k.latency.n),
    fmt(k.latency.p50),
    fmt(k.latency.p95),
    fmt(k.latency.p99),
    fmt(k.meanTotal, 0),
  ]);
}

function describe(p: SearchParams): string {
  const f = Object.entries(p.filters)
    .map(([k, v]) => `${k}=${(v ?? []).join("|")}`)
    .join(" ");
  return `"${p.q}"${f ? ` [${f}]` : ""}${p.sort === "updated" ? " sort=updated" : ""}${p.page > 1 ? ` page=${p.page}` : ""}`;
}

export function formatReport(r: BenchReport): string {
  const c = r.corpus;
  const lines = [
    `Search benchmark — ${r.teams.toLocaleString("en")} teams, ${r.queries} queries, seed ${r.seed}`,
    `corpus: ${c.topics} ${c.vocabulary} topics, ${c.institutions.toLocaleString("en")} ${c.institutionSource} institutions in ${c.countries} countries, generated in ${fmt(c.generateMs / 1000, 1)} s`,
    "",
    table([
      ["measure", "value"],
      ["index build", `${fmt(r.buildMs, 0)} ms`],
      ["index heap (Δ after build)", `${fmt(r.heap.indexMB, 1)} MB`],
      ["  of which JS heap / off-heap", `${fmt(r.heap.jsMB, 1)} / ${fmt(r.heap.externalMB, 1)} MB`],
      ["process heap after build", `${fmt(r.heap.processMB, 1)} MB`],
      ["snapshot size", `${fmt(r.snapshot.mb, 1)} MB`],
      ["snapshot write", `${fmt(r.snapshot.writeMs, 0)} ms`],
      [
        r.snapshot.loadRuns.length > 1 ? `snapshot load (median of ${r.snapshot.loadRuns.length})` : "snapshot load",
        `${fmt(r.snapshot.loadMs, 0)} ms`,
      ],
      ...(r.snapshot.loadRuns.length > 1
        ? [["  runs", r.snapshot.loadRuns.map((ms) => fmt(ms, 0)).join(" / ") + " ms"]]
        : []),
      ["heap of loaded index", `${fmt(r.snapshot.loadedHeapMB, 1)} MB`],
      ["loaded = built (sample)", `${r.snapshot.checked - r.snapshot.mismatches}/${r.snapshot.checked}`],
      ...(r.fts5
        ? [
            ["FTS5 load (insert + optimize)", `${fmt(r.fts5.loadMs, 0)} ms`],
            ["FTS5 database size", `${fmt(r.fts5.dbMB, 1)} MB`],
          ]
        : []),
    ]),
    "",
    table([
      ["latency (ms)", "n", "p50", "p95", "p99", "mean hits"],
      ["search (engine, end to end)", String(r.search.n), fmt(r.search.p50), fmt(r.search.p95), fmt(r.search.p99), ""],
      ...kindRows("engine", r.searchByKind),
      ...(r.fts5
        ? [
            ...(r.fts5.subset
              ? [
                  [
                    `  engine, FTS5's ${r.fts5.search.n}`,
                    String(r.fts5.subset.engine.n),
                    fmt(r.fts5.subset.engine.p50),
                    fmt(r.fts5.subset.engine.p95),
                    fmt(r.fts5.subset.engine.p99),
                    "",
                  ],
                ]
              : []),
            [
              r.fts5.subset
                ? `FTS5 (${r.fts5.combine}), first ${r.fts5.search.n} of ${r.fts5.subset.of}`
                : `FTS5 baseline (${r.fts5.combine})`,
              String(r.fts5.search.n),
              fmt(r.fts5.search.p50),
              fmt(r.fts5.search.p95),
              fmt(r.fts5.search.p99),
              "",
            ],
            ...kindRows("fts5", r.fts5.byKind),
            [
              "  fts5 without facet counts",
              String(r.fts5.withoutFacets.n),
              fmt(r.fts5.withoutFacets.p50),
              fmt(r.fts5.withoutFacets.p95),
              fmt(r.fts5.withoutFacets.p99),
              "",
            ],
          ]
        : []),
      ["suggest", String(r.suggest.n), fmt(r.suggest.p50), fmt(r.suggest.p95), fmt(r.suggest.p99), ""],
      ...(r.pasted
        ? [["pasted 1–5k chars", String(r.pasted.n), fmt(r.pasted.p50), fmt(r.pasted.p95), fmt(r.pasted.p99), ""]]
        : []),
    ]),
    "",
    r.fts5
      ? `ratio (ours p95 / FTS5 p95${r.fts5.subset ? `, both on the first ${r.fts5.search.n} queries of the mix` : ""}): ${fmt(ratio(r) ?? NaN)}`
      : "FTS5 baseline skipped (--no-fts5)",
    ...(r.fts5?.subset
      ? [
          `(FTS5 ran only the first ${r.fts5.search.n} of the ${r.fts5.subset.of} queries at this size; --fts5-queries N to change it)`,
        ]
      : []),
    "",
    "slowest engine queries:",
    ...r.slowest.map(
      (s) =>
        `  ${fmt(s.ms).padStart(8)} ms  ${s.kind.padEnd(10)} ${String(s.total).padStart(7)} hits  ${describe(s.params)}`,
    ),
    "",
    "targets:",
    ...targets(r).map((t) => `  ${t.ok ? "met   " : "MISSED"}  ${t.label}: ${t.value}`),
    ...(r.teams > 100_000 ? ["  none at this size (the issue asks only that it completes)"] : []),
  ];
  return lines.join("\n");
}

/** The machine-readable summary (ms and MB). */
export function jsonSummary(r: BenchReport): string {
  const p = (x: Percentiles, withP99 = true): Record<string, number> =>
    withP99
      ? { p50: round(x.p50, 3), p95: round(x.p95, 3), p99: round(x.p99, 3) }
      : { p50: round(x.p50, 3), p95: round(x.p95, 3) };
  const q = ratio(r);
  return JSON.stringify({
    teams: r.teams,
    buildMs: round(r.buildMs, 1),
    heapMB: round(r.heap.indexMB, 1),
    snapshotMB: round(r.snapshot.mb, 2),
    loadMs: round(r.snapshot.loadMs, 1),
    search: p(r.search),
    suggest: p(r.suggest, false),
    pasted: r.pasted ? p(r.pasted) : null,
    fts5: r.fts5 ? p(r.fts5.search) : null,
    fts5Queries: r.fts5 ? r.fts5.search.n : null,
    ratio: q === null ? null : round(q, 3),
  });
}

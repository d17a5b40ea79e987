import { describe, expect, it } from "vitest";
import { FACET_NAMES } from "@/lib/search/types";
import { fts5QueryCount, parseArgs, parseCount } from "./args";
import { createCorpusGenerator } from "./corpus";
import { generateInstitutions } from "./institutions";
import { createRng } from "./prng";
import { buildQueryMix, buildSuggestMix, typo } from "./queries";
import { percentiles } from "./stats";
import { loadVocabulary } from "./vocabulary";

const gen = createCorpusGenerator(1, loadVocabulary(null), generateInstitutions(1, 500, null).institutions);

describe("query mix", () => {
  it("is deterministic and has every kind, with and without filters", () => {
    const mix = buildQueryMix(gen, 600, 1);
    expect(mix).toEqual(buildQueryMix(gen, 600, 1));
    expect(mix).toHaveLength(600);
    const kinds = new Set(mix.map((q) => q.kind));
    expect([...kinds].sort()).toEqual(["browse", "multi-word", "one-word", "prefix", "sentence", "typo"]);
    expect(mix.some((q) => q.filtered)).toBe(true);
    expect(mix.some((q) => !q.filtered && q.params.q !== "")).toBe(true);
    for (const q of mix) {
      expect(q.params.pageSize).toBe(20);
      expect(q.filtered).toBe(Object.keys(q.params.filters).length > 0);
      for (const f of Object.keys(q.params.filters)) expect(FACET_NAMES).toContain(f);
      if (q.kind !== "browse") expect(q.params.q.trim()).not.toBe("");
    }
  });

  it("differs between seeds (so warm-up queries are not the timed ones)", () => {
    const a = buildQueryMix(gen, 100, 1).map((q) => q.params.q);
    const b = buildQueryMix(gen, 100, 2).map((q) => q.params.q);
    expect(a).not.toEqual(b);
  });

  it("makes typos one edit away", () => {
    const rng = createRng(9);
    for (const w of ["catalysis", "membrane", "robotics", "battery"]) {
      const t = typo(rng, w);
      expect(t).not.toBe(w);
      expect(Math.abs(t.length - w.length)).toBeLessThanOrEqual(1);
      expect(t[0]).toBe(w[0]);
    }
  });

  it("builds as-you-type suggestion inputs", () => {
    const s = buildSuggestMix(gen, 50, 1);
    expect(s).toEqual(buildSuggestMix(gen, 50, 1));
    for (const q of s) expect(q.length).toBeGreaterThanOrEqual(2);
  });
});

describe("flags and statistics", () => {
  it("parses counts with suffixes", () => {
    expect(parseCount("100k", "--teams")).toBe(100_000);
    expect(parseCount("1M", "--teams")).toBe(1_000_000);
    expect(parseCount("1_000", "--teams")).toBe(1000);
    expect(() => parseCount("ten", "--teams")).toThrow();
    expect(parseArgs(["--teams", "10k", "--json", "--no-fts5", "--seed=3"])).toMatchObject({
      teams: 10_000,
      json: true,
      fts5: false,
      seed: 3,
    });
    expect(() => parseArgs(["--bogus"])).toThrow(/unknown flag/);
    expect(fts5QueryCount(parseArgs(["--teams", "100k"]), 600)).toBe(600);
    expect(fts5QueryCount(parseArgs(["--teams", "1m"]), 600)).toBe(60);
    expect(fts5QueryCount(parseArgs(["--teams", "1m", "--fts5-queries", "120"]), 600)).toBe(120);
  });

  it("computes nearest-rank percentiles", () => {
    const p = percentiles(Array.from({ length: 100 }, (_, i) => i + 1));
    expect([p.p50, p.p95, p.p99, p.max]).toEqual([50, 95, 99, 100]);
  });
});

import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FACET_NAMES, type FacetName, type SearchDocument, type SearchParams } from "@/lib/search/types";
import { createCorpusGenerator, generateCorpus } from "./corpus";
import { facetValuesOf, Fts5Baseline } from "./fts5";
import { matchExpression, queryTerms } from "./fts5-query";
import { generateInstitutions } from "./institutions";
import { buildQueryMix } from "./queries";
import { loadVocabulary } from "./vocabulary";

describe("FTS5 query building", () => {
  it("drops stop and framing words and prefixes the last word typed", () => {
    expect(queryTerms("we need help with battery recyc")).toEqual({ words: ["battery", "recyc"], prefix: true });
    expect(queryTerms("battery recycling ")).toEqual({ words: ["battery", "recycling"], prefix: false });
    expect(queryTerms("help")).toEqual({ words: ["help"], prefix: true });
    expect(queryTerms("")).toEqual({ words: [], prefix: false });
  });

  it("requires k of n words as an OR of AND groups", () => {
    const t = { words: ["a1", "b2", "c3"], prefix: true };
    expect(matchExpression(t, 1, null)).toBe(`"a1" OR "b2" OR "c3"*`);
    expect(matchExpression(t, 3, null)).toBe(`"a1" AND "b2" AND "c3"*`);
    expect(matchExpression(t, 2, ["name"])).toBe(`{name} : (("a1" AND "b2") OR ("a1" AND "c3"*) OR ("b2" AND "c3"*))`);
  });
});

describe("FTS5 baseline", () => {
  let dir: string;
  let docs: SearchDocument[];
  let fts: Fts5Baseline;

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "bench-fts5-test-"));
    const gen = createCorpusGenerator(1, loadVocabulary(null), generateInstitutions(1, 100, null).institutions);
    docs = generateCorpus(gen, 1500);
    fts = new Fts5Baseline(path.join(dir, "t.sqlite"), "or");
    fts.load(docs);
  });
  afterAll(() => {
    fts.close();
    rmSync(dir, { recursive: true, force: true });
  });

  // The reference: filters and disjunctive facet counts computed in plain JS over a match set.
  function expected(matchIds: Set<number>, p: SearchParams) {
    const passes = (d: SearchDocument, except: FacetName | null) =>
      FACET_NAMES.every(
        (f) => f === except || !p.filters[f]?.length || facetValuesOf(d, f).some((v) => p.filters[f]!.includes(v)),
      );
    const matched = docs.filter((d) => matchIds.has(d.id));
    const facets = {} as Record<FacetName, Map<string, number>>;
    for (const f of FACET_NAMES) {
      facets[f] = new Map();
      for (const d of matched)
        if (passes(d, f)) for (const v of new Set(facetValuesOf(d, f))) facets[f].set(v, (facets[f].get(v) ?? 0) + 1);
    }
    return { total: matched.filter((d) => passes(d, null)).length, facets };
  }

  it("counts totals and facets like a brute-force reference", () => {
    const mix = buildQueryMix(
      createCorpusGenerator(1, loadVocabulary(null), generateInstitutions(1, 100, null).institutions),
      80,
      5,
    );
    for (const q of mix.filter((x) => x.kind === "one-word" || x.kind === "browse" || x.filtered).slice(0, 25)) {
      const r = fts.search(q.params);
      // A query of stop words only ("con" is Spanish and Italian for "with") lists every team.
      const none = queryTerms(q.params.q).words.length === 0;
      const ids = new Set(none ? docs.map((d) => d.id) : fts.matchedIds());
      const e = expected(ids, q.params);
      expect(r.total).toBe(e.total);
      expect(r.ids.length).toBe(Math.max(0, Math.min(20, e.total - (q.params.page - 1) * 20)));
      for (const f of FACET_NAMES) {
        expect(Object.fromEntries(r.facets[f].map((c) => [c.value, c.count]))).toEqual(Object.fromEntries(e.facets[f]));
      }
    }
  });
});

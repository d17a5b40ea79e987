import { describe, expect, it } from "vitest";
import { buildSearchEngine } from "./engine";
import { FIXED_NOW, doc, sampleDocs } from "@/tests/support/search/fixtures";
import type { SearchParams } from "./types";

const engine = () => buildSearchEngine(sampleDocs(), { now: () => FIXED_NOW });
const params = (over: Partial<SearchParams> = {}): SearchParams => ({
  q: "",
  filters: {},
  sort: "relevance",
  page: 1,
  pageSize: 20,
  ...over,
});
const names = (e: ReturnType<typeof engine>, over: Partial<SearchParams>) => {
  const byId = new Map(sampleDocs().map((d) => [d.id, d.name]));
  return e.search(params(over)).hits.map((h) => byId.get(h.id));
};

describe("matching", () => {
  const e = engine();

  it("finds words in any form (stemming) and prefers name and keyword matches", () => {
    expect(names(e, { q: "coating " })[0]).toBe("Graphene Coatings Group");
    const hit = e.search(params({ q: "coatings " })).hits[0]!;
    expect(hit.matchedFields).toEqual(expect.arrayContaining(["name", "keywords", "summary"]));
    expect(hit.matchedTerms).toContain("coat");
  });

  it("tolerates typos scaled to word length", () => {
    expect(names(e, { q: "grapheen" })[0]).toBe("Graphene Coatings Group");
    expect(names(e, { q: "nanotechnolgy" })[0]).toBe("Nanotechnology Surfaces Unit");
    expect(e.search(params({ q: "lwa " })).total).toBe(0); // 3 letters: no typo tolerance
  });

  it("matches the last word as a prefix", () => {
    expect(names(e, { q: "batt" })).toEqual(["Battery Pack Lab"]);
    expect(names(e, { q: "graphene coat" })[0]).toBe("Graphene Coatings Group");
  });

  it("folds accents", () => {
    expect(names(e, { q: "sao paulo" })).toEqual(["Water Reuse Centre"]);
    expect(names(e, { q: "São Paulo" })).toEqual(["Water Reuse Centre"]);
  });

  it("expands synonyms and plain language", () => {
    expect(names(e, { q: "AI" })).toContain("Practical AI for Manufacturers");
    expect(names(e, { q: "EV" })).toContain("Battery Pack Lab");
    expect(names(e, { q: "IoT" })).toEqual(["Connected Sensors Group"]);
    expect(names(e, { q: "3d printing" })).toEqual(["Additive Manufacturing Hub"]);
    expect(names(e, { q: "KTP" })).toContain("Additive Manufacturing Hub");
    expect(names(e, { q: "rust" })).toEqual(["Graphene Coatings Group"]);
  });

  it("always searches the description and case studies, ranking their matches after the name's", () => {
    const hits = e.search(params({ q: "recycled polymer" })).hits;
    expect(hits.map((h) => h.matchedFields)).toEqual([["description"]]);
    const coat = e.search(params({ q: "coatings" })).hits;
    expect(coat[0]!.matchedFields).toContain("name");
    expect(coat.some((h) => h.matchedFields.includes("description") && !h.matchedFields.includes("name"))).toBe(true);
  });

  it("keeps only teams matching every word when some do (here, in a description)", () => {
    expect(names(e, { q: "coatings metal " })).toEqual(["Nanotechnology Surfaces Unit"]);
  });

  it("falls back to teams matching some of the words when none match all", () => {
    expect(names(e, { q: "graphene batteries " })).toEqual(
      expect.arrayContaining(["Graphene Coatings Group", "Battery Pack Lab"]),
    );
  });
});

describe("filters, facets, sorting and pages", () => {
  const e = engine();

  it("lists every team for an empty query and counts facets over all of them", () => {
    const r = e.search(params());
    expect(r.total).toBe(8);
    expect(r.facets.country[0]).toEqual({ value: "GB", count: 4 });
    expect(r.facets.region.map((f) => f.value).sort()).toEqual(["EU", "SA"]);
  });

  it("filters with OR inside a facet and AND across facets", () => {
    expect(e.search(params({ filters: { country: ["DE", "BR"] } })).total).toBe(2);
    expect(e.search(params({ filters: { country: ["DE", "BR"], availability: ["now"] } })).total).toBe(1);
    expect(e.search(params({ filters: { field: ["2"] } })).total).toBe(7);
  });

  it("says how many teams dropping each selected facet would give", () => {
    const r = e.search(params({ q: "water", filters: { country: ["GB"] } }));
    expect(r.total).toBe(0);
    expect(r.withoutFacet).toEqual({ country: 1 });
  });

  it("pages, and sorts by last update", () => {
    const p1 = e.search(params({ pageSize: 3 }));
    const p3 = e.search(params({ pageSize: 3, page: 3 }));
    expect(p1.pageCount).toBe(3);
    expect(p3.hits).toHaveLength(2);
    expect(new Set([...p1.hits, ...p3.hits].map((h) => h.id)).size).toBe(5);
    const fresh = buildSearchEngine([
      doc({ id: 100, name: "Old", updatedAt: 1 }),
      doc({ id: 101, name: "New", updatedAt: 2 }),
    ]);
    expect(fresh.search(params({ sort: "updated" })).hits.map((h) => h.id)).toEqual([101, 100]);
  });
});

describe("odd input never throws", () => {
  const e = engine();
  it.each([
    ["a 10,000-character query", { q: "graphene ".repeat(1200) }],
    ["punctuation only", { q: "?!?!...;;" }],
    ["stop words only", { q: "the and of" }],
    ["control characters", { q: "\u0000\u0001gra\u0007phene\u001b" }],
    ["an unbalanced quote", { q: '"graphene coatings' }],
    ["page -1", { page: -1 }],
    ["page 1e9", { page: 1e9 }],
    ["a huge page size", { pageSize: 1e9 }],
    ["NaN page", { page: Number.NaN }],
    ["unknown facet values", { filters: { country: ["ZZ", "<script>"], language: ["xx"] } }],
  ])("%s", (_label, over) => {
    const r = e.search(params(over as Partial<SearchParams>));
    expect(r.page).toBeGreaterThanOrEqual(1);
    expect(r.hits.length).toBeLessThanOrEqual(100);
  });

  it("answers a stop-word query with every team and the words it ignored", () => {
    const r = e.search(params({ q: "the and of" }));
    expect(r.total).toBe(8);
    expect(r.ignoredTerms).toEqual(["the", "and", "of"]);
  });

  it("survives garbage that is not even SearchParams", () => {
    expect(() => e.search({ q: 42, filters: { country: "GB" }, page: "x" } as unknown as SearchParams)).not.toThrow();
    expect(() => e.search(null as unknown as SearchParams)).not.toThrow();
  });

  it("suggests the closest spellings when nothing matches", () => {
    // Three edits away: beyond typo tolerance (two), within "did you mean" (three).
    const r = e.search(params({ q: "grafeenne " }));
    expect(r.total).toBe(0);
    expect(r.didYouMean[0]).toBe("graphene");
    expect(e.search(params({ q: "zzzzqqqxx" })).didYouMean).toEqual([]);
  });
});

describe("add, replace, discard", () => {
  it("throws on a duplicate id, as MiniSearch does", () => {
    const e = engine();
    expect(() => e.add(doc({ id: 1, name: "Again" }))).toThrow(/duplicate/i);
  });

  it("replaces and discards, also after compaction", () => {
    const e = engine();
    e.replace(doc({ id: 1, name: "Ceramic Glazes Studio", keywords: ["glaze"] }));
    expect(e.search(params({ q: "graphene" })).total).toBe(0);
    expect(e.search(params({ q: "glaze" })).hits.map((h) => h.id)).toEqual([1]);
    expect(e.discard(1)).toBe(true);
    expect(e.discard(1)).toBe(false);
    expect(e.search(params({ q: "glaze" })).total).toBe(0);
    for (let i = 0; i < 50; i++) e.replace(doc({ id: 2, name: `Practical AI ${i}` }));
    e.compact();
    expect(e.size).toBe(7);
    expect(e.search(params({ q: "practical" })).hits.map((h) => h.id)).toEqual([2]);
    expect(e.search(params()).total).toBe(7);
  });
});

describe("suggest", () => {
  const e = engine();
  it("offers keyword phrases and team names for a prefix", () => {
    const s = e.suggest("grap");
    expect(s).toContainEqual({ kind: "term", text: "graphene" });
    expect(s).toContainEqual({ kind: "team", text: "Graphene Coatings Group", slug: "team-1" });
  });

  it("completes a later word of a phrase and respects the limit", () => {
    expect(e.suggest("additive man").map((x) => x.text)).toContain("additive manufacturing");
    expect(e.suggest("a", 3).length).toBeLessThanOrEqual(3);
    expect(e.suggest("")).toEqual([]);
    expect(e.suggest("\u0000".repeat(500))).toEqual([]);
  });
});

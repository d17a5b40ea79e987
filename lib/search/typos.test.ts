import { describe, expect, it } from "vitest";
import { osaDistance } from "./distance";
import { buildSearchEngine, type SearchEngine } from "./engine";
import { maxEdits } from "./options";
import { parseQuery } from "./query";
import { FIXED_NOW, doc, sampleDocs } from "@/tests/support/search/fixtures";
import { closestWords, suggestionBudget, typoCandidates } from "./typos";
import type { SearchParams } from "./types";

/** The sample register plus teams whose telling words are short-stemmed, swapped or description-only. */
function corpus() {
  return [
    ...sampleDocs(),
    doc({
      id: 20,
      name: "Skin Health Lab",
      keywords: ["inflammation", "dermatology"],
      summary: "Testing creams for skin inflammation.",
    }),
    doc({
      id: 21,
      name: "Clean Fuels Centre",
      keywords: ["hydrogen", "fuel cells"],
      summary: "Hydrogen storage and fuel cell testing.",
    }),
    doc({
      id: 22,
      name: "User Studies Group",
      keywords: ["user research", "service design"],
      summary: "Research with the people who use your product.",
    }),
    doc({
      id: 23,
      name: "Packaging Materials Unit",
      summary: "Packaging for food producers.",
      description: "We develop biodegradable trays and compostable films from starch.",
    }),
    doc({
      id: 24,
      name: "Process Engineering Group",
      keywords: ["manufacturing processes"],
      summary: "Leaner manufacturing for small plants.",
    }),
  ];
}

const params = (over: Partial<SearchParams> = {}): SearchParams => ({
  q: "",
  filters: {},
  sort: "relevance",
  page: 1,
  pageSize: 20,
  ...over,
});
const ids = (e: SearchEngine, q: string, over: Partial<SearchParams> = {}) =>
  e.search(params({ q, ...over })).hits.map((h) => h.id);

describe("typo tolerance on written words", () => {
  const e = buildSearchEngine(corpus(), { now: () => FIXED_NOW });

  it("finds a word whose stem is short (inflammation → inflamm) from a one-letter slip", () => {
    expect(ids(e, "inflammatzon")).toEqual([20]);
    expect(ids(e, "inflammatzon ")).toEqual([20]);
    expect(e.search(params({ q: "inflammatzon" })).hits[0]!.matchedTerms).toEqual(["inflamm"]);
  });

  it("counts a swap of neighbouring letters as one edit", () => {
    expect(ids(e, "reserach ")).toEqual(ids(e, "research "));
    expect(ids(e, "reserach ")).toContain(22);
    expect(ids(e, "hydorgen ")).toEqual([21]);
    expect(ids(e, "grpahene ")).toEqual([1]);
    // A swap is one edit, so a 4–7 letter word (one edit allowed) may have one.
    expect(ids(e, "hydrogne ")).toEqual([21]);
  });

  it("reaches words found only in descriptions", () => {
    expect(e.search(params({ q: "biodegradabel " })).hits.map((h) => [h.id, h.matchedFields])).toEqual([
      [23, ["description"]],
    ]);
    expect(ids(e, "compostbale ")).toEqual([23]);
    expect(ids(e, "biodegradeable ")).toEqual([23]); // the same stem as biodegradable
    expect(ids(e, "polymre ")).toEqual([6]);
  });

  it("keeps exact matches above typo matches", () => {
    const twins = buildSearchEngine(
      [
        doc({ id: 1, name: "Battery Lab", keywords: ["batteries"] }),
        doc({ id: 2, name: "Batter Lab", keywords: ["batter"] }),
        doc({ id: 3, name: "Batery Works", keywords: ["batery"] }),
      ],
      { now: () => FIXED_NOW },
    );
    // "batery" is not English and rare in the register, so "battery" (one edit away) is matched too — below it.
    expect(ids(twins, "batery ")).toEqual([3, 1]);
    // "batter" is a correctly spelled English word: it is never stretched to "battery".
    expect(ids(twins, "batter ")).toEqual([2]);
    // The stem of "batterie" is that of "batteries" (exact); "batterie" is itself an English word, so exact only.
    expect(ids(twins, "batterie ")).toEqual([1]);
  });

  it("does not over-match: nonsense finds nothing, short words are exact", () => {
    expect(e.search(params({ q: "xqzvw" })).total).toBe(0);
    expect(e.search(params({ q: "xqzvw" })).didYouMean).toEqual([]);
    for (const q of ["ai", "iot", "lwa", "ion"]) {
      expect(
        parseQuery(q, e.synonyms).concepts.flatMap((c) => typoCandidates(e.state, c)),
        q,
      ).toEqual([]);
    }
    expect(e.search(params({ q: "lwa " })).total).toBe(0);
    expect(
      e
        .search(params({ q: "AI" }))
        .hits.flatMap((h) => h.matchedTerms)
        .every((t) => ["ai", "artifici", "intellig", "machin", "learn"].includes(t)),
    ).toBe(true);
  });

  it("does not correct a word the index knows well", () => {
    const c = parseQuery("graphene", e.synonyms).concepts[0]!;
    expect(typoCandidates(e.state, c)).toEqual([]);
  });
});

describe("did you mean agrees with typo tolerance", () => {
  const e = buildSearchEngine(corpus(), { now: () => FIXED_NOW });

  it("offers corrections beyond the typo budget", () => {
    const r = e.search(params({ q: "grafeenne " }));
    expect(r.total).toBe(0);
    expect(r.didYouMean[0]).toBe("graphene");
    expect(e.search(params({ q: r.didYouMean[0] })).total).toBeGreaterThan(0);
  });

  it("does not offer a correction the search already tried (with a filter that empties it)", () => {
    const r = e.search(params({ q: "hydorgen", filters: { country: ["BR"] } }));
    expect(r.total).toBe(0);
    expect(r.didYouMean).toEqual([]);
    expect(r.withoutFacet).toEqual({ country: 1 });
  });

  it("for every one-edit typo of every indexed word: a suggestion within the budget never finds more", () => {
    const words = e.state.surface.exportWords().filter((w) => w.length >= 4);
    let checked = 0;
    for (const w of words) {
      for (const typo of [w.slice(1), w.slice(0, 2) + w[3] + w[2] + w.slice(4), `${w.slice(0, -1)}q`]) {
        if (typo === w) continue;
        const r = e.search(params({ q: `${typo} ` }));
        if (r.total > 0) continue;
        checked++;
        for (const s of r.didYouMean) {
          // A suggestion within the typo budget that finds teams would have been found by the typo.
          if (osaDistance(typo, s, maxEdits(typo.length)) <= maxEdits(typo.length))
            expect(e.search(params({ q: `${s} ` })).total, `${typo} → ${s}`).toBe(0);
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it("closestWords ranks by distance and leaves out stems already searched", () => {
    expect(suggestionBudget(2)).toBe(-1);
    expect(closestWords(e.state, "hydorgen", new Set())).toEqual(["hydrogen"]);
    expect(closestWords(e.state, "hydorgen", new Set(["hydrogen"]))).toEqual([]);
    expect(closestWords(e.state, "grafeenne", new Set())[0]).toBe("graphene");
  });
});

describe("the typo dictionary follows writes", () => {
  it("learns new words, and forgets words whose teams are gone once the index compacts", () => {
    const e = buildSearchEngine(corpus(), { now: () => FIXED_NOW });
    expect(ids(e, "cermaics ")).toEqual([]);
    e.replace(doc({ id: 24, name: "Ceramics Studio", keywords: ["ceramics"] }));
    expect(ids(e, "cermaics ")).toEqual([24]);
    e.discard(21);
    expect(ids(e, "hydorgen ")).toEqual([]); // no postings left: not matched even before compaction
    e.compact();
    expect(e.state.surface.has("hydrogen")).toBe(false);
    expect(e.state.surface.has("ceramics")).toBe(true);
    expect(ids(e, "cermaics ")).toEqual([24]);
  });
});

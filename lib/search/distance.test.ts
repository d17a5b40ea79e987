import SearchableMap from "minisearch/SearchableMap";
import { describe, expect, it } from "vitest";
import { fuzzyWalk, osaDistance } from "./distance";

describe("osaDistance", () => {
  it.each([
    ["graphene", "graphene", 0],
    ["grapheen", "graphene", 1], // swap
    ["reserach", "research", 1], // swap
    ["hydorgen", "hydrogen", 1], // swap
    ["grpahene", "graphene", 1], // swap
    ["inflammatzon", "inflammation", 1], // substitution
    ["manufacturng", "manufacturing", 1], // deletion
    ["nanotechnolgy", "nanotechnology", 1],
    ["coatings", "coating", 1], // insertion
    ["kitten", "sitting", 3],
    ["", "abc", 3],
    ["abc", "", 3],
    // Optimal string alignment edits no substring twice: "ca" → "ac" → "abc" is not allowed.
    ["ca", "abc", 3],
    ["abcdef", "badcfe", 3],
  ])("%s → %s is %i", (a, b, d) => {
    expect(osaDistance(a, b, 5)).toBe(d);
    expect(osaDistance(b, a, 5)).toBe(d);
  });

  it("stops at the bound: anything beyond max is max + 1", () => {
    expect(osaDistance("graphene", "battery", 2)).toBe(3);
    expect(osaDistance("a", "abcdefgh", 2)).toBe(3);
    expect(osaDistance("reserach", "research", 0)).toBe(1);
    expect(osaDistance("reserach", "research", 1)).toBe(1);
  });
});

/** A seeded generator, so a failure reproduces. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const walk = (map: SearchableMap<unknown>, q: string, max: number) => {
  const out = new Map<string, number>();
  fuzzyWalk(map, q, max, (w, d) => out.set(w, d));
  return out;
};

describe("fuzzyWalk over a radix tree", () => {
  const words = [
    "graphene",
    "graph",
    "graphite",
    "research",
    "researcher",
    "hydrogen",
    "hydrology",
    "ai",
    "aid",
    "iot",
    "lot",
    "ion",
    "coating",
    "coatings",
    "inflammation",
  ];
  const map = new SearchableMap<true>();
  for (const w of words) map.set(w, true);

  it("counts a swap of neighbouring letters as one edit", () => {
    expect(walk(map, "reserach", 1)).toEqual(new Map([["research", 1]]));
    expect(walk(map, "hydorgen", 1)).toEqual(new Map([["hydrogen", 1]]));
    expect([...walk(map, "grpahene", 1).keys()]).toEqual(["graphene"]);
  });

  it("includes the word itself at distance 0 and respects the bound", () => {
    expect(walk(map, "coating", 0)).toEqual(new Map([["coating", 0]]));
    expect(walk(map, "coating", 1)).toEqual(
      new Map([
        ["coating", 0],
        ["coatings", 1],
      ]),
    );
    expect(walk(map, "xqzvw", 2).size).toBe(0);
  });

  it("finds exactly the words a brute-force comparison finds (random words and typos)", () => {
    const next = rng(42);
    const letters = "aeioubcdgnrst";
    const word = (n: number) => Array.from({ length: n }, () => letters[Math.floor(next() * letters.length)]).join("");
    const dictionary = Array.from({ length: 400 }, () => word(2 + Math.floor(next() * 8)));
    const tree = new SearchableMap<true>();
    for (const w of dictionary) tree.set(w, true);
    const unique = [...new Set(dictionary)];
    for (let q = 0; q < 150; q++) {
      // Half the queries are mangled dictionary words (swaps included), half random.
      let query = q % 2 === 0 ? unique[Math.floor(next() * unique.length)]! : word(3 + Math.floor(next() * 7));
      if (q % 2 === 0 && query.length > 2) {
        const i = Math.floor(next() * (query.length - 1));
        query = query.slice(0, i) + query[i + 1] + query[i] + query.slice(i + 2);
      }
      for (const max of [1, 2, 3]) {
        const expected = new Map(
          unique.map((w) => [w, osaDistance(query, w, max)] as const).filter(([, d]) => d <= max),
        );
        expect(walk(tree, query, max), `${query} within ${max}`).toEqual(expected);
      }
    }
  });
});

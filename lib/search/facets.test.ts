import { describe, expect, it } from "vitest";
import { FacetStore } from "./facets";
import { FACET_NAMES } from "./types";

const values = (country: string, sectors: string[], availability: string) =>
  FACET_NAMES.map((n) =>
    n === "country" ? [country] : n === "sector" ? sectors : n === "availability" ? [availability] : [],
  );

function store() {
  const s = new FacetStore();
  s.set(0, values("GB", ["C"], "now"));
  s.set(1, values("GB", ["C", "J"], "limited"));
  s.set(2, values("FR", ["J"], "now"));
  s.set(3, values("DE", ["C"], "now"));
  return s;
}

function countAll(s: FacetStore, filters: Parameters<FacetStore["prepare"]>[0], docs = [0, 1, 2, 3]) {
  const p = s.prepare(filters);
  const counts = s.newCounts();
  const out = new Int32Array(docs.length);
  const n = s.tally(
    Int32Array.from(docs),
    docs.length,
    new Uint8Array(8).fill(1),
    p,
    counts,
    new Int32Array(FACET_NAMES.length),
    out,
  );
  return { passing: [...out.subarray(0, n)], facets: s.toFacets(counts, p) };
}

describe("FacetStore", () => {
  it("counts every value over the whole set without filters", () => {
    const { passing, facets } = countAll(store(), {});
    expect(passing).toEqual([0, 1, 2, 3]);
    expect(facets.country).toEqual([
      { value: "GB", count: 2 },
      { value: "DE", count: 1 },
      { value: "FR", count: 1 },
    ]);
    expect(facets.sector).toEqual([
      { value: "C", count: 3 },
      { value: "J", count: 2 },
    ]);
  });

  it("ORs values within a facet and ANDs facets", () => {
    expect(countAll(store(), { country: ["GB", "FR"] }).passing).toEqual([0, 1, 2]);
    expect(countAll(store(), { country: ["GB", "FR"], sector: ["J"] }).passing).toEqual([1, 2]);
  });

  it("counts a facet ignoring its own selection (disjunctive)", () => {
    const { facets } = countAll(store(), { country: ["GB"], sector: ["J"] });
    // Country counts ignore country=GB but respect sector=J: teams 1 (GB) and 2 (FR).
    expect(facets.country).toEqual([
      { value: "FR", count: 1 },
      { value: "GB", count: 1 },
    ]);
    // Sector counts ignore sector=J but respect country=GB: teams 0 and 1.
    expect(facets.sector).toEqual([
      { value: "C", count: 2 },
      { value: "J", count: 1 },
    ]);
    // Other facets count only the result set (team 1).
    expect(facets.availability).toEqual([{ value: "limited", count: 1 }]);
  });

  it("matches nothing for an unknown value but still lists it as selected", () => {
    const { passing, facets } = countAll(store(), { country: ["ZZ"] });
    expect(passing).toEqual([]);
    expect(facets.country.find((c) => c.value === "ZZ")).toEqual({ value: "ZZ", count: 0 });
    expect(facets.country.find((c) => c.value === "GB")).toEqual({ value: "GB", count: 2 });
  });

  it("forgets cleared documents and survives export and import", () => {
    const s = store();
    s.clear(1);
    const copy = new FacetStore();
    copy.importState(s.exportState(4));
    const { facets } = countAll(copy, {}, [0, 2, 3]);
    expect(facets.sector).toEqual([
      { value: "C", count: 2 },
      { value: "J", count: 1 },
    ]);
    expect(copy.valuesOf(2)[FACET_NAMES.indexOf("country")]).toEqual(["FR"]);
  });
});

describe("FacetStore.tally matches a naive count", () => {
  // Deterministic pseudo-random documents and filters.
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(xs: readonly T[], k: number) => xs.filter(() => rand() < k / xs.length);
  const COUNTRIES = ["GB", "FR", "DE", "US", "JP"];
  const SECTORS = ["A", "C", "J", "M", "Q"];
  const AVAIL = ["now", "limited", "not-now"];
  const docs = Array.from({ length: 300 }, () =>
    FACET_NAMES.map((n) =>
      n === "country"
        ? [COUNTRIES[Math.floor(rand() * 5)]!]
        : n === "sector"
          ? pick(SECTORS, 2)
          : n === "availability"
            ? [AVAIL[Math.floor(rand() * 3)]!]
            : [],
    ),
  );

  function naive(filters: Partial<Record<(typeof FACET_NAMES)[number], string[]>>) {
    const counts = new Map<string, number>();
    let total = 0;
    docs.forEach((values) => {
      const fails = FACET_NAMES.map((n, f) =>
        filters[n]?.length ? !values[f]!.some((v) => filters[n]!.includes(v)) : false,
      );
      const failing = fails.filter(Boolean).length;
      if (failing === 0) total++;
      FACET_NAMES.forEach((n, f) => {
        if (failing === 0 || (failing === 1 && fails[f]))
          for (const v of values[f]!) counts.set(`${n}:${v}`, (counts.get(`${n}:${v}`) ?? 0) + 1);
      });
    });
    return { total, counts };
  }

  const cases: Partial<Record<(typeof FACET_NAMES)[number], string[]>>[] = [
    {},
    { availability: ["now", "limited"] },
    { country: ["GB"] },
    { country: ["GB", "FR"], sector: ["C"] },
    { sector: ["J", "M"], availability: ["not-now"] },
    { country: ["US"], sector: ["A"], availability: ["now"] },
  ];

  it.each(cases)("for %j, over all documents and over a list", (filters) => {
    const s = new FacetStore();
    docs.forEach((v, i) => s.set(i, v));
    const expected = naive(filters);
    const alive = new Uint8Array(docs.length).fill(1);
    const allIds = Int32Array.from(docs.keys());
    for (const list of [null, allIds]) {
      const p = s.prepare(filters);
      const counts = s.newCounts();
      const out = new Int32Array(docs.length);
      const passed = s.tally(list, docs.length, alive, p, counts, new Int32Array(FACET_NAMES.length), out);
      expect(passed).toBe(expected.total);
      const got = new Map<string, number>();
      const facets = s.toFacets(counts, p);
      for (const n of FACET_NAMES) for (const c of facets[n]) if (c.count > 0) got.set(`${n}:${c.value}`, c.count);
      expect(got).toEqual(expected.counts);
    }
  });
});

describe("FacetStore.countMembers", () => {
  it("gives the counts of direct counting, whether it counts the members or subtracts the others", () => {
    const s = store();
    s.set(4, values("GB", ["J"], "not-now"));
    s.clear(4); // a discarded document never counts
    const alive = Uint8Array.from([1, 1, 1, 1, 0, 0, 0, 0]);
    const p = s.prepare({});
    for (const members of [[1], [0, 2], [0, 1, 3], [0, 1, 2, 3]]) {
      const stamp = new Uint32Array(8);
      for (const d of members) stamp[d] = 7;
      const counts = s.newCounts();
      s.countMembers(Int32Array.from(members), members.length, 4, 5, alive, stamp, 7, counts);
      expect(s.toFacets(counts, p), String(members)).toEqual(countAll(s, {}, members).facets);
    }
  });
});

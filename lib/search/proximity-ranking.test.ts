// Term proximity in the engine's ranking: same words, same counts, same lengths; the team whose
// text has them together ranks first, whichever of a concept's forms (synonym, typo) it uses.
import { describe, expect, it } from "vitest";
import { buildSearchEngine } from "./engine";
import { FIXED_NOW, doc } from "@/tests/support/search/fixtures";
import type { SearchDocument, SearchParams } from "./types";

const search = (e: ReturnType<typeof buildSearchEngine>, q: string, over: Partial<SearchParams> = {}) =>
  e.search({ q, filters: {}, sort: "relevance", page: 1, pageSize: 20, ...over });
const ids = (e: ReturnType<typeof buildSearchEngine>, q: string) => search(e, q).hits.map((h) => h.id);

// Ties are broken by id (lower first): without proximity, team 1 (words apart) would come first.
// Proximity weighs a word by log(N / N_t): others teams make the words rare, as in a register.
const others = () =>
  [...Array(8).keys()].map((i) => doc({ id: 1000 + i, name: `Other ${i}`, summary: "pottery and glass" }));
const pair = (apart: string, together: string): SearchDocument[] => [
  doc({ id: 1, name: "Team One", summary: apart }),
  doc({ id: 2, name: "Team Two", summary: together }),
  ...others(),
];
const filler = (n: number) => [...Array(n).keys()].map((i) => ["alpha", "bravo", "delta", "echo"][i % 4]).join(" ");

describe("term proximity", () => {
  it("ranks a text with the query's words together above one with them apart", () => {
    const e = buildSearchEngine(pair(`heat ${filler(6)} transfer study`, `heat transfer ${filler(6)} study`), {
      now: () => FIXED_NOW,
    });
    expect(ids(e, "heat transfer")).toEqual([2, 1]);
    const [first, second] = search(e, "heat transfer").hits;
    expect(first!.score).toBeGreaterThan(second!.score);
    // "why it matched" is the same for both: proximity changes the order, not the match.
    expect(first!.matchedTerms.sort()).toEqual(["heat", "transfer"]);
    expect(second!.matchedTerms.sort()).toEqual(["heat", "transfer"]);
  });

  it("leaves a one-word query and words in different fields alone", () => {
    const e = buildSearchEngine(pair(`heat ${filler(6)} transfer`, `heat transfer ${filler(6)}`), {
      now: () => FIXED_NOW,
    });
    const one = search(e, "heat").hits;
    expect(one[0]!.score).toBe(one[1]!.score);
    const fields = buildSearchEngine(
      [
        doc({ id: 1, name: "Heat Lab", summary: `transfer ${filler(4)}` }),
        doc({ id: 2, name: "Heat Lab", summary: `${filler(4)} transfer` }),
        ...others(),
      ],
      { now: () => FIXED_NOW },
    );
    const hits = search(fields, "heat transfer").hits;
    expect(hits.map((h) => h.score)).toEqual([hits[0]!.score, hits[0]!.score]);
  });

  it("counts a concept's synonym and an accepted typo as the concept", () => {
    const syn = buildSearchEngine(
      pair(`machine learning ${filler(6)} for welding`, `machine learning for welding ${filler(6)}`),
      { now: () => FIXED_NOW },
    );
    expect(ids(syn, "AI welding")).toEqual([2, 1]);
    const typo = buildSearchEngine(
      pair(`corrosion ${filler(6)} monitoring sensors`, `corrosion monitoring ${filler(6)} sensors`),
      { now: () => FIXED_NOW },
    );
    const r = search(typo, "corosion monitoring");
    expect(r.hits.map((h) => h.id)).toEqual([2, 1]);
    expect(r.hits[0]!.matchedTerms).toContain("corros");
  });

  it("answers the same after adds, discards and compaction as a fresh build of the same teams", () => {
    const texts = [
      "heat transfer in composite slabs",
      "transfer of heat through walls and heat losses",
      "composite materials for aircraft wings",
      "heat exchangers and the transfer coefficient",
      "slabs of concrete for heat storage",
    ];
    const docs = [...texts.map((t, i) => doc({ id: i + 1, name: `Team ${i + 1}`, summary: t })), ...others()];
    const grown = buildSearchEngine(docs.slice(0, 2), { now: () => FIXED_NOW });
    for (const d of docs.slice(2)) grown.add(d);
    grown.add(doc({ id: 50, name: "Gone", summary: "heat heat transfer unique-word" }));
    grown.replace(doc({ id: 2, name: "Team 2", summary: "old text about heat transfer" }));
    grown.replace(docs[1]!);
    grown.discard(50);
    const fresh = buildSearchEngine(docs, { now: () => FIXED_NOW });
    for (const q of ["heat transfer", "composite slabs heat", "heat transfer coefficient"]) {
      const a = search(grown, q).hits;
      expect(a.map((h) => h.id)).toEqual(search(fresh, q).hits.map((h) => h.id));
      grown.compact();
      expect(search(grown, q).hits).toEqual(search(fresh, q).hits);
    }
  });

  it("pages through the re-ranked head and beyond it without a gap or a repeat", () => {
    const many = [...Array(150).keys()].map((i) =>
      doc({
        id: i + 1,
        name: `Team ${i + 1}`,
        summary: i % 3 === 0 ? `heat transfer ${filler(4)}` : `heat ${filler(4)} transfer`,
      }),
    );
    const e = buildSearchEngine([...many, ...others()], { now: () => FIXED_NOW });
    const pages = [...Array(8).keys()].flatMap((p) => search(e, "heat transfer", { page: p + 1 }).hits);
    expect(pages).toHaveLength(150);
    expect(new Set(pages.map((h) => h.id)).size).toBe(150);
    for (let i = 1; i < pages.length; i++) expect(pages[i]!.score).toBeLessThanOrEqual(pages[i - 1]!.score);
    expect(search(e, "heat transfer", { pageSize: 100 }).hits).toEqual(pages.slice(0, 100));
    // The head is the first 100 by BM25 (all tie: teams 1–100 by id); its 34 teams with the words
    // adjacent (every third) come first, the rest of the head next, then the teams beyond it.
    expect(pages.slice(0, 34).every((h) => (h.id - 1) % 3 === 0)).toBe(true);
    expect(pages.slice(34, 100).every((h) => (h.id - 1) % 3 !== 0 && h.id <= 100)).toBe(true);
    expect(pages.slice(100).every((h) => h.id > 100)).toBe(true);
  });
});

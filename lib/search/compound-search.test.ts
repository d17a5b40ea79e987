// German compounds on the demo register through the real engine: the German listing (University
// of Hohenheim, db/seed/demo/other-languages.ts) writes "Wärmerückgewinnung", "Teigführungen" and
// "Backöfen"; a query for one of their parts finds it, and the whole word still counts most.
import { describe, expect, it } from "vitest";
import { buildSearchEngine, type SearchEngine } from "./engine";
import { doc, FIXED_NOW } from "@/tests/support/search/fixtures";
import { useDemoEngine } from "@/tests/support/search/demo";
import type { SearchResult } from "./types";

const HOHENHEIM = "uni-hohenheim-backwaren-energie";

const reg = useDemoEngine();

const search = (e: SearchEngine, q: string): SearchResult =>
  e.search({ q, filters: {}, sort: "relevance", page: 1, pageSize: 10 });

describe("German compounds on the demo register", () => {
  it("finds the German listing by a part of one of its compounds", () => {
    const listing = reg.demo.docs.find((d) => d.slug === HOHENHEIM)!;
    // The listing has these words only inside compounds.
    expect(listing.summary).toContain("Wärmerückgewinnung");
    expect(`${listing.summary} ${listing.description}`).not.toMatch(/\b(Rückgewinnung|Wärme|Führung)\b/);
    for (const [q, parts] of [
      ["Rückgewinnung der Wärme", ["de:warm", "de:gewinn"]],
      ["Führung des Teigs", ["de:fuhrung", "de:teig"]],
      ["Öfen in der Bäckerei", ["de:ofen"]],
    ] as const) {
      const r = search(reg.engine, q);
      expect(reg.docOf(r.hits[0]!.id).slug, q).toBe(HOHENHEIM);
      expect(r.hits[0]!.matchedTerms, q).toEqual(expect.arrayContaining([...parts]));
      expect(r.languageNote?.language, q).toBe("German");
      expect(r.languageNote?.listingsInLanguage, q).toBeGreaterThanOrEqual(1);
    }
  });

  it("a German compound query finds a listing that uses its parts as separate words", () => {
    const docs = [
      ...reg.demo.docs,
      doc({
        id: 900_001,
        name: "Prozesswasser in Molkereien",
        summary:
          "Wir beraten Molkereien und Käsereien bei der Reinigung von Abwasser und bei der Rückführung von Molke aus dem Prozesswasser.",
      }),
      doc({
        id: 900_002,
        name: "Verfahren für Brauereien",
        summary:
          "Unsere Gruppe entwickelt Verfahren der Abwasserreinigung für Brauereien und Molkereien und begleitet die Planung neuer Anlagen.",
      }),
    ];
    const withGerman = buildSearchEngine(docs, { now: () => FIXED_NOW });
    const r = search(withGerman, "Abwasserreinigung");
    expect(r.languageNote).toMatchObject({ language: "German", englishQuery: "wastewater" });
    const ids = r.hits.map((h) => h.id);
    expect(ids.slice(0, 2).sort()).toEqual([900_001, 900_002]);
    // The listing with the whole word weighs at least as much as the one with its parts.
    const score = (id: number) => r.hits.find((h) => h.id === id)!.score;
    expect(score(900_002)).toBeGreaterThanOrEqual(score(900_001));
    // And a part alone finds the whole word.
    expect(search(withGerman, "Reinigung von Abwasser").hits.map((h) => h.id)).toContain(900_002);
  });
});

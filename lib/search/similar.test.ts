import { describe, expect, it } from "vitest";
import { buildSearchEngine } from "./engine";
import { findSimilar, similarQueryText, SIMILAR, tellingTerms } from "./similar";
import { doc, FIXED_NOW } from "@/tests/support/search/fixtures";
import type { SearchDocument } from "./types";

/** Eight soil teams that share words with each other, and unrelated teams around them. */
function register(): SearchDocument[] {
  const soil = Array.from({ length: 8 }, (_, i) =>
    doc({
      id: 100 + i,
      name: `Soil Carbon Group ${i}`,
      keywords: ["soil carbon", "regenerative agriculture", i % 2 ? "cover crops" : "biochar"],
      summary: `We measure soil organic carbon and help farms store more of it (${i}).`,
      countryCode: i % 2 ? "BR" : "KE",
    }),
  );
  const other = [
    doc({ id: 1, name: "Graphene Coatings Group", keywords: ["graphene", "coatings"], summary: "Paints." }),
    doc({ id: 2, name: "Workplace Law Clinic", keywords: ["employment law"], summary: "Advice for employers." }),
    doc({ id: 3, name: "Battery Pack Lab", keywords: ["batteries"], summary: "Testing battery packs." }),
    doc({ id: 4, name: "Graphene Inks", keywords: ["graphene", "printed electronics"], summary: "Inks." }),
  ];
  // Enough unrelated teams that "soil" and "carbon" are telling (rare) words.
  const filler = Array.from({ length: 40 }, (_, i) =>
    doc({ id: 200 + i, name: `Unrelated Team ${i}`, keywords: [`topic${i}`], summary: "Something else entirely." }),
  );
  return [...soil, ...other, ...filler];
}

const engineOf = (docs: SearchDocument[]) => buildSearchEngine(docs, { now: () => FIXED_NOW });

describe("tellingTerms", () => {
  it("ranks a team's distinctive, shared words first, and leaves out words only it has or most teams have", () => {
    const docs = register();
    const e = engineOf(docs);
    const terms = tellingTerms(e, docs[0]!).map((t) => t.word);
    expect(terms.slice(0, 3)).toEqual(expect.arrayContaining(["soil", "carbon"]));
    expect(terms).not.toContain("0"); // only this team has it, and numbers are not expertise
    expect(terms).not.toContain("university"); // institution: every team has it, and it is not expertise
    expect(terms.length).toBeLessThanOrEqual(SIMILAR.maxTerms);
  });

  it("is deterministic, and its words analyse back to its terms", () => {
    const docs = register();
    const a = tellingTerms(engineOf(docs), docs[3]!);
    const b = tellingTerms(engineOf([...docs].reverse()), docs[3]!);
    expect(a).toEqual(b);
    expect(similarQueryText(a).endsWith(" ")).toBe(true);
  });
});

describe("findSimilar", () => {
  it("finds the other soil teams, at most six, never the team itself", () => {
    const docs = register();
    const e = engineOf(docs);
    const { hits } = findSimilar(e, docs[0]!);
    expect(hits.length).toBe(6);
    expect(hits.map((h) => h.id)).not.toContain(docs[0]!.id);
    for (const h of hits) expect(h.id).toBeGreaterThanOrEqual(100);
    for (const h of hits) expect(h.id).toBeLessThan(108);
    expect(findSimilar(e, docs[0]!, 3).hits).toHaveLength(3);
    expect(findSimilar(e, docs[0]!, 50).hits.length).toBeLessThanOrEqual(7);
  });

  it("gives the same answer every time", () => {
    const docs = register();
    const e = engineOf(docs);
    const first = findSimilar(e, docs[2]!).hits.map((h) => h.id);
    for (let i = 0; i < 3; i++) expect(findSimilar(e, docs[2]!).hits.map((h) => h.id)).toEqual(first);
  });

  it("says why each team matched: the shared terms and the fields they are in", () => {
    const docs = register();
    const { hits, terms } = findSimilar(engineOf(docs), docs[0]!);
    const telling = new Set(terms.map((t) => t.term));
    for (const h of hits) {
      expect(h.matchedTerms.filter((t) => telling.has(t)).length).toBeGreaterThanOrEqual(2);
      expect(h.matchedFields.length).toBeGreaterThan(0);
    }
  });

  it("never lists a team that has left the index (unpublished, archived or merged)", () => {
    const docs = register();
    const e = engineOf(docs);
    const before = findSimilar(e, docs[0]!).hits.map((h) => h.id);
    e.discard(before[0]!);
    const after = findSimilar(e, docs[0]!).hits.map((h) => h.id);
    expect(after).not.toContain(before[0]);
    expect(after).toHaveLength(6);
  });

  it("finds nothing rather than something unrelated for a team that shares no telling word", () => {
    const docs = register();
    const law = docs.find((d) => d.name === "Workplace Law Clinic")!;
    expect(findSimilar(engineOf(docs), law).hits).toEqual([]);
  });

  it("finds another team with one strong word in common only when it shares a second", () => {
    const docs = register();
    const graphene = docs.find((d) => d.id === 1)!;
    const found = findSimilar(engineOf(docs), graphene).hits.map((h) => h.id);
    // "graphene" alone links the two graphene teams; one shared word is not similar expertise.
    expect(found).toEqual([]);
  });
});

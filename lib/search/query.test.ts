import { describe, expect, it } from "vitest";
import { minimumMatch, parseQuery } from "./query";
import { DEFAULT_SYNONYM_GROUPS } from "./synonym-data";
import { buildSynonymIndex } from "./synonyms";

const synonyms = buildSynonymIndex(DEFAULT_SYNONYM_GROUPS);
const parse = (q: unknown) => parseQuery(q, synonyms);

describe("parseQuery limits and odd input", () => {
  it("caps the length at 5,000 characters (a pasted problem fits) and says so", () => {
    const p = parse("graphene ".repeat(2000));
    expect(p.text.length).toBeLessThanOrEqual(5000);
    expect(p.text.length).toBeGreaterThan(4900);
    expect(p.truncated).toBe(true);
    expect(p.concepts).toHaveLength(1);
    expect(p.concepts[0]!.occurrences).toBeGreaterThan(500);
    expect(parse("graphene ".repeat(50)).truncated).toBe(false);
  });

  it("keeps every word of a long query (the engine reduces it by weight, not position)", () => {
    const words = Array.from(
      { length: 60 },
      (_, i) => `word${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`,
    );
    const p = parse(words.join(" "));
    expect(p.concepts).toHaveLength(60);
    expect(p.truncated).toBe(false);
  });

  it("strips control characters", () => {
    expect(parse("gra\u0000phene\u0007 coat\u001bings").concepts.map((c) => c.text)).toEqual([
      "gra",
      "phene",
      "coat",
      "ings",
    ]);
  });

  it("answers punctuation-only and non-string input with no concepts", () => {
    expect(parse("?!.,;:()[]{}--//").concepts).toEqual([]);
    expect(parse(undefined).concepts).toEqual([]);
    expect(parse({ q: 1 }).concepts).toEqual([]);
  });

  it("reports stop-word-only queries as ignored words", () => {
    const p = parse("the and of with");
    expect(p.concepts).toEqual([]);
    expect(p.ignored).toEqual(["the", "and", "of", "with"]);
  });

  it("handles balanced and unbalanced quotes", () => {
    const quoted = parse('"graphene coatings" paint');
    expect(quoted.concepts.map((c) => [c.text, c.required])).toEqual([
      ["graphene", true],
      ["coatings", true],
      ["paint", false],
    ]);
    const unbalanced = parse('graphene "coatings');
    expect(unbalanced.concepts.map((c) => [c.text, c.required])).toEqual([
      ["graphene", false],
      ["coatings", false],
    ]);
  });
});

describe("parseQuery matching rules", () => {
  it("matches the last word as a prefix only while it is being typed", () => {
    expect(parse("graphene coat").concepts.map((c) => c.prefix)).toEqual([null, "coat"]);
    expect(parse("graphene coat ").concepts.map((c) => c.prefix)).toEqual([null, null]);
    expect(parse("co").concepts[0]!.prefix).toBeNull();
  });

  it("scales typo tolerance with word length, none up to three letters", () => {
    const fuzz = (w: string) => parse(`${w} `).concepts[0]!.fuzzy;
    expect(fuzz("gas")).toBe(0);
    expect(fuzz("pump")).toBe(1);
    expect(fuzz("grapheen")).toBe(2);
    expect(fuzz("nanotechnolgy")).toBe(2);
    expect(fuzz("4000")).toBe(0);
  });

  it("expands synonyms and plain-language phrases into one concept", () => {
    const [ai] = parse("AI").concepts;
    expect(ai!.alternatives.map((a) => a.terms.join(" "))).toEqual(
      expect.arrayContaining(["ai", "artifici intellig", "machin learn"]),
    );
    expect(parse("internet of things sensors").concepts.map((c) => c.text)).toEqual(["internet things", "sensors"]);
  });

  it("reads IT in capitals as information technology", () => {
    expect(parse("IT support").concepts[0]!.text).toBe("information technology");
    expect(parse("make it work").concepts.map((c) => c.text)).toEqual(["work"]);
  });

  it("drops framing words when something specific remains", () => {
    const p = parse("we need someone who can help us make our packaging recyclable");
    expect(p.concepts.map((c) => c.text)).toEqual(["packaging", "recyclable"]);
    expect(parse("help").concepts.map((c) => c.text)).toEqual(["help"]);
  });

  it("counts a repeated word once", () => {
    expect(parse("graphene graphene Graphene").concepts).toHaveLength(1);
  });
});

describe("minimumMatch", () => {
  it("is all (or all but one) words for short queries and any word for long ones", () => {
    expect([1, 2, 3, 4, 5, 10, 32].map(minimumMatch)).toEqual([1, 2, 2, 3, 1, 1, 1]);
  });
});

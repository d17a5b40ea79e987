import SearchableMap from "minisearch/SearchableMap";
import { describe, expect, it } from "vitest";
import { SurfaceDictionary, isSurfaceWord } from "./surface-dictionary";
import { analyze } from "./text";

const near = (d: SurfaceDictionary, word: string, max: number) =>
  d
    .near(word, max)
    .map((n) => `${n.word}:${n.distance}`)
    .sort();

describe("isSurfaceWord", () => {
  it("keeps words of three or more letters, not numbers or stop words", () => {
    expect(["graphene", "ion", "sao"].every(isSurfaceWord)).toBe(true);
    expect(["ai", "co2", "h2020", "3d", "the", "with", "x".repeat(41)].some(isSurfaceWord)).toBe(false);
  });
});

describe("SurfaceDictionary", () => {
  it("collects the words of indexed text as written: folded, lower case, not stemmed", () => {
    const d = new SurfaceDictionary();
    analyze("Inflammation and the Coatings of São Paulo, CO2 and 3-D parts", d);
    expect(d.exportWords().sort()).toEqual(["coatings", "inflammation", "parts", "paulo", "sao"]);
    expect(d.has("coatings")).toBe(true);
    expect(d.has("coat")).toBe(false);
  });

  it("finds the written word a misspelling is close to, where the stem is far", () => {
    const d = new SurfaceDictionary();
    analyze("Chronic inflammation research", d);
    // The stem of "inflammation" is "inflamm": five edits from the typo, one from the word.
    expect(near(d, "inflammatzon", 2)).toEqual(["inflammation:1"]);
    expect(near(d, "reserach", 1)).toEqual(["research:1"]);
    expect(near(d, "research", 0)).toEqual(["research:0"]);
    expect(d.near("research", -1)).toEqual([]);
  });

  it("keeps the typo tree current after it is built", () => {
    const d = new SurfaceDictionary();
    analyze("graphene", d);
    expect(near(d, "hydorgen", 1)).toEqual([]);
    analyze("hydrogen storage", d);
    expect(near(d, "hydorgen", 1)).toEqual(["hydrogen:1"]);
    expect(d.size).toBe(3);
  });

  it("prunes the words it is told to drop", () => {
    const d = new SurfaceDictionary();
    analyze("graphene coatings hydrogen", d);
    d.warm();
    d.prune((w) => w !== "hydrogen");
    expect(d.has("hydrogen")).toBe(false);
    expect(near(d, "hydorgen", 1)).toEqual([]);
    expect(near(d, "grpahene", 1)).toEqual(["graphene:1"]);
  });

  it("round-trips through its word list and rejects a bad one", () => {
    const d = new SurfaceDictionary();
    analyze("graphene coatings hydrogen", d);
    const copy = new SurfaceDictionary();
    copy.importWords(d.exportWords());
    expect(copy.exportWords().sort()).toEqual(d.exportWords().sort());
    expect(near(copy, "grpahene", 1)).toEqual(["graphene:1"]);
    expect(() => copy.importWords(["graphene", "co2"])).toThrow(/bad surface word/);
  });

  it("builds the same tree as inserting word by word, and keeps it usable for later writes", () => {
    const words = [
      "graph",
      "graphene",
      "graphite",
      "grape",
      "research",
      "researcher",
      "resin",
      "zinc",
      "zincs",
      "abc",
      "abd",
      "abcd",
    ];
    const d = new SurfaceDictionary();
    d.importWords(words);
    const built = d.warm();
    const reference = new SearchableMap<true>();
    for (const w of [...words].reverse()) reference.set(w, true);
    const shape = (node: Map<string, unknown>): unknown =>
      Object.fromEntries(
        [...node].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, v instanceof Map ? shape(v) : v]),
      );
    expect(shape(built._tree)).toEqual(shape(reference._tree));
    analyze("grapes", d);
    d.prune((w) => w !== "graphite");
    expect([...built.keys()].sort()).toEqual([...words.filter((w) => w !== "graphite"), "grapes"].sort());
    expect(near(d, "grpahite", 1)).toEqual([]);
    expect(near(d, "grpahene", 1)).toEqual(["graphene:1"]);
    expect(near(d, "grapse", 1)).toEqual(["grape:1", "grapes:1"]);
  });
});

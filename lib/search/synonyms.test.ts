import { describe, expect, it } from "vitest";
import { DEFAULT_SYNONYM_GROUPS } from "./synonym-data";
import { buildSynonymIndex, mergeSynonymGroups } from "./synonyms";
import { analyze } from "./text";

describe("synonym data", () => {
  it("has about forty groups, each of at least two phrases", () => {
    expect(DEFAULT_SYNONYM_GROUPS.length).toBeGreaterThanOrEqual(40);
    for (const g of DEFAULT_SYNONYM_GROUPS) expect(g.length).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ["ai", "artificial intelligence"],
    ["ai", "machine learning"],
    ["ev", "electric vehicle"],
    ["iot", "internet of things"],
    ["3d printing", "additive manufacturing"],
    ["ktp", "knowledge transfer partnership"],
  ])("%s ↔ %s", (a, b) => {
    const index = buildSynonymIndex(DEFAULT_SYNONYM_GROUPS);
    const match = index.matchAt(analyze(a), 0);
    expect(match).not.toBeNull();
    expect(index.groups[match!.group]!.map((p) => p.terms.join(" "))).toContain(analyze(b).join(" "));
  });
});

describe("mergeSynonymGroups", () => {
  it("joins groups that share a phrase, as analysed", () => {
    const merged = mergeSynonymGroups([["rust", "corrosion"]], [["Rusting", "oxidation"]], [["paint", "coating"]]);
    expect(merged).toHaveLength(2);
    expect(merged[0]).toEqual(["rust", "corrosion", "oxidation"]);
  });

  it("ignores phrases that are only stop words", () => {
    expect(mergeSynonymGroups([["the", "of"]])).toEqual([]);
  });
});

describe("buildSynonymIndex.matchAt", () => {
  const index = buildSynonymIndex([
    ["iot", "internet of things"],
    ["internet", "web"],
  ]);

  it("prefers the longest phrase at a position", () => {
    const terms = analyze("internet of things sensors");
    const m = index.matchAt(terms, 0);
    expect(m?.phrase.text).toBe("internet of things");
  });

  it("falls back to a shorter phrase", () => {
    const m = index.matchAt(analyze("internet shop"), 0);
    expect(m?.phrase.text).toBe("internet");
  });

  it("lets curated groups extend the defaults", () => {
    const extended = buildSynonymIndex(mergeSynonymGroups(DEFAULT_SYNONYM_GROUPS, [["ai", "neural networks"]]));
    const m = extended.matchAt(analyze("neural networks"), 0)!;
    expect(extended.groups[m.group]!.map((p) => p.text)).toEqual(
      expect.arrayContaining(["ai", "artificial intelligence", "neural networks"]),
    );
  });
});

import { describe, expect, it } from "vitest";
import { everydayRarity, phraseRarity } from "./everyday-words";

describe("everydayRarity", () => {
  it("is low for everyday words, high for technical ones, 1 for words never said", () => {
    expect(everydayRarity("the")).toBeLessThan(0.2);
    expect(everydayRarity("looked")).toBeLessThan(everydayRarity("dyeing"));
    expect(everydayRarity("family")).toBeLessThan(everydayRarity("wastewater"));
    expect(everydayRarity("Family")).toBe(everydayRarity("family"));
    expect(everydayRarity("zzqxv")).toBe(1);
    for (const w of ["the", "looked", "wastewater", "zzqxv"]) {
      expect(everydayRarity(w)).toBeGreaterThan(0);
      expect(everydayRarity(w)).toBeLessThanOrEqual(1);
    }
  });

  it("takes a phrase's rarest word", () => {
    expect(phraseRarity("heat pump")).toBe(Math.max(everydayRarity("heat"), everydayRarity("pump")));
    expect(phraseRarity("")).toBe(1);
  });
});

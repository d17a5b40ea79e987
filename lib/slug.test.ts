import { describe, expect, it } from "vitest";
import { foldAccents, isSlug, slugify } from "./slug";

describe("slugify", () => {
  it("folds accents and punctuation", () => {
    expect(slugify("Universidade de São Paulo")).toBe("universidade-de-sao-paulo");
    expect(slugify("Eidgenössische Technische Hochschule Zürich")).toBe("eidgenossische-technische-hochschule-zurich");
    expect(slugify("  Queen's University Belfast ")).toBe("queen-s-university-belfast");
    expect(slugify("Arts & Crafts")).toBe("arts-and-crafts");
  });
  it("returns empty for text with no letters or digits", () => {
    expect(slugify("—!!—")).toBe("");
    expect(slugify("北京大学")).toBe("");
  });
  it("caps length without a trailing hyphen", () => {
    const s = slugify("a ".repeat(100), 10);
    expect(s.length).toBeLessThanOrEqual(10);
    expect(s.endsWith("-")).toBe(false);
  });
  it("folds accents", () => expect(foldAccents("Montréal Łódź")).toBe("Montreal Łodz"));
});

describe("isSlug", () => {
  it.each(["oxford", "tu-delft-wind", "a1"])("accepts %s", (s) => expect(isSlug(s)).toBe(true));
  it.each(["", "-a", "a-", "a--b", "A", "a_b", "a/b", "../etc", "x".repeat(121), "%00"])("rejects %s", (s) =>
    expect(isSlug(s)).toBe(false),
  );
});

import { describe, expect, it } from "vitest";
import { analyze, normalizeText, stem, tokenize } from "./text";

describe("normalizeText", () => {
  it("folds accents and case so São Paulo meets Sao Paulo", () => {
    expect(normalizeText("São Paulo")).toBe("sao paulo");
    expect(analyze("São Paulo")).toEqual(analyze("SAO PAULO"));
    expect(normalizeText("Zürich Ørsted Łódź Straße")).toBe("zurich orsted lodz strasse");
  });

  it("replaces control and invisible characters with spaces", () => {
    expect(normalizeText("a\u0000b\tc\u200bd\u0007")).toBe("a b c d ");
  });

  it("keeps R&D as one word and drops apostrophes", () => {
    expect(tokenize("R&D for women's health")).toEqual(["rnd", "for", "womens", "health"]);
  });
});

describe("tokenize", () => {
  it("splits hyphenated words into parts and the joined form", () => {
    expect(tokenize("co-design of 3-D parts")).toEqual(["co", "design", "codesign", "of", "3d", "parts"]);
  });

  it("drops one-letter words and punctuation", () => {
    expect(tokenize("a ... !!! x y?")).toEqual([]);
  });
});

describe("analyze (stemming and stop words)", () => {
  it.each([
    ["coatings", "coating"],
    ["recycling", "recycled"],
    ["batteries", "battery"],
    ["manufacturing", "manufacture"],
    ["sensors", "sensor"],
  ])("%s and %s meet", (a, b) => {
    expect(analyze(a)).toEqual(analyze(b));
  });

  it("drops stop words", () => {
    expect(analyze("the use of graphene in the paint")).toEqual([stem("use"), stem("graphene"), stem("paint")]);
    expect(analyze("the and of with")).toEqual([]);
  });

  it("leaves numbers and short words alone", () => {
    expect(analyze("3d printing for EV")).toEqual(["3d", "print", "ev"]);
  });
});

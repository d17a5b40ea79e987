import { describe, expect, it } from "vitest";
import { isWeakHit, strongResultCount } from "./match-strength";

const hit = (matchedFields: string[], extra: { typoOnly?: boolean; fuzzyOnly?: boolean } = {}) => ({
  matchedFields,
  matchedTerms: ["x"],
  ...extra,
});

describe("isWeakHit", () => {
  it("is weak when only the institution's name or the place matched", () => {
    expect(isWeakHit(hit(["institution"]), true)).toBe(true);
    expect(isWeakHit(hit(["institution", "place"]), true)).toBe(true);
    expect(isWeakHit(hit(["institution", "keywords"]), true)).toBe(false);
    expect(isWeakHit(hit(["summary"]), true)).toBe(false);
  });
  it("is weak when the engine says it matched only through typo tolerance", () => {
    expect(isWeakHit(hit(["keywords"], { typoOnly: true }), true)).toBe(true);
    expect(isWeakHit(hit(["keywords"], { fuzzyOnly: true }), true)).toBe(true);
    expect(isWeakHit(hit(["keywords"], { typoOnly: false }), true)).toBe(false);
  });
  it("is never weak for a search with filters and no words", () => {
    expect(isWeakHit(hit([]), false)).toBe(false);
    expect(isWeakHit(hit(["institution"]), false)).toBe(false);
  });
});

describe("strongResultCount", () => {
  it("counts the strong hits of the page, never more than the total", () => {
    const hits = [hit(["name"]), hit(["institution"]), hit(["keywords"], { typoOnly: true }), hit(["summary"])];
    expect(strongResultCount(hits, 4, true)).toBe(2);
    expect(strongResultCount(hits.slice(0, 1), 0, true)).toBe(0);
    expect(strongResultCount([hit(["institution"]), hit(["place"]), hit(["institution"])], 37, true)).toBe(0);
  });
  it("does not judge from a page too small to tell (an API client asking for one result)", () => {
    expect(strongResultCount([hit(["institution"])], 40, true)).toBe(40);
  });
  it("takes every result of a filters-only search as strong", () => {
    expect(strongResultCount([hit([])], 12, false)).toBe(12);
  });
});

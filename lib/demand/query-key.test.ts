import { describe, expect, it } from "vitest";
import { canonicalFilters, filtersKey, normaliseQuery, searchKey } from "./query-key";

describe("normaliseQuery", () => {
  it.each([
    ["  Café  ROASTING ", "cafe roasting"],
    ["São\tPaulo\n food", "sao paulo food"],
    ["Battery Recycling", "battery recycling"],
    ["farmers’ co-ops", "farmers' co-ops"],
    ["zero\u0000width\u200bspace", "zero width space"],
    ["", ""],
  ])("%j → %j", (input, expected) => expect(normaliseQuery(input)).toBe(expected));
});

describe("filters and search keys", () => {
  it("sorts names and values, drops empty lists and duplicates", () => {
    expect(canonicalFilters({ field: ["2.5"], country: ["SE", "GB", "SE"], sector: [] })).toEqual({
      country: ["GB", "SE"],
      field: ["2.5"],
    });
    expect(filtersKey({ country: ["SE", "GB"] })).toBe(filtersKey({ country: ["GB", "SE"], language: undefined }));
  });

  it("treats case, spacing, accents and filter order alike, and different filters as different searches", () => {
    expect(searchKey("Crème  brûlée", { country: ["FR", "BE"] })).toBe(
      searchKey("creme brulee ", { country: ["BE", "FR"] }),
    );
    expect(searchKey("creme brulee", { country: ["FR"] })).not.toBe(searchKey("creme brulee", {}));
    expect(searchKey("creme", {})).not.toBe(searchKey("creme brulee", {}));
  });
});

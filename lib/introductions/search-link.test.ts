import { describe, expect, it } from "vitest";
import { filtersFromParams, savedSearchQuery } from "./search-link";

describe("saved search links", () => {
  it("round-trips words and filters through the search page's address format", () => {
    const qs = savedSearchQuery("ceramic glaze", { country: ["GB", "IE"], sector: ["C"] });
    expect(qs).toBe("?q=ceramic+glaze&country=GB&country=IE&sector=C");
    const params = Object.fromEntries(
      [...new URLSearchParams(qs.slice(1)).keys()].map((k) => [k, new URLSearchParams(qs.slice(1)).getAll(k)]),
    );
    expect(filtersFromParams(params)).toEqual({ country: ["GB", "IE"], sector: ["C"] });
  });
  it("is empty for an empty search and ignores unknown parameters", () => {
    expect(savedSearchQuery("", {})).toBe("");
    expect(filtersFromParams({ bogus: "1", page: "2" })).toEqual({});
  });
});

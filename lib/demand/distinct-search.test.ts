import { describe, expect, it } from "vitest";
import { emptySearchParams } from "@/lib/validation/search";
import { startsNewSearch } from "./distinct-search";
import type { SearchParams } from "@/lib/search/types";

const HOSTS = ["atlas.example", null];
const params = (over: Partial<SearchParams>): SearchParams => ({ ...emptySearchParams(), ...over });
const graphene = params({ q: "graphene coatings", filters: { country: ["GB", "SE"] } });

describe("startsNewSearch", () => {
  it("counts a search arriving from elsewhere, or with no Referer at all", () => {
    expect(startsNewSearch(graphene, null, HOSTS)).toBe(true);
    expect(startsNewSearch(graphene, "https://atlas.example/", HOSTS)).toBe(true);
    expect(startsNewSearch(graphene, "https://atlas.example/teams/x", HOSTS)).toBe(true);
    expect(startsNewSearch(graphene, "not a url", HOSTS)).toBe(true);
  });

  it("never counts page 2 and beyond", () => {
    expect(startsNewSearch({ ...graphene, page: 2 }, null, HOSTS)).toBe(false);
    expect(startsNewSearch({ ...graphene, page: 3 }, "https://atlas.example/", HOSTS)).toBe(false);
  });

  it("does not count re-sorting or returning to page 1 of the same words and filters", () => {
    const same = "https://atlas.example/search?q=Graphene+coatings&country=SE&country=GB&page=2";
    expect(startsNewSearch(graphene, same, HOSTS)).toBe(false);
    expect(
      startsNewSearch(
        { ...graphene, sort: "updated" },
        "https://atlas.example/search?q=graphene%20coatings&country=gb&country=se",
        HOSTS,
      ),
    ).toBe(false);
  });

  it("counts new words or changed filters typed on a results page", () => {
    expect(startsNewSearch(graphene, "https://atlas.example/search?q=graphene&country=GB&country=SE", HOSTS)).toBe(
      true,
    );
    expect(startsNewSearch(graphene, "https://atlas.example/search?q=graphene+coatings&country=GB", HOSTS)).toBe(true);
  });

  it("does not count a curator re-running a search from the curation pages", () => {
    expect(startsNewSearch(graphene, "https://atlas.example/curate/demand?days=7", HOSTS)).toBe(false);
    expect(startsNewSearch(graphene, "https://elsewhere.example/curate/demand", HOSTS)).toBe(true);
  });

  it("treats a results page on another site as a new search", () => {
    expect(
      startsNewSearch(graphene, "https://elsewhere.example/search?q=graphene+coatings&country=GB&country=SE", HOSTS),
    ).toBe(true);
    expect(
      startsNewSearch(graphene, "https://ATLAS.example/search?q=graphene+coatings&country=GB&country=SE", [
        "proxy.internal:3000",
        "atlas.example",
      ]),
    ).toBe(false);
  });
});

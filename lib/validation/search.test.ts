import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import {
  parseSearchApiParams,
  parseSearchPageParams,
  parseSuggestParams,
  searchParamsRecord,
  searchQueryString,
} from "./search";

const api = (qs: string) => parseSearchApiParams(new URLSearchParams(qs));
function apiError(qs: string): AppError {
  try {
    api(qs);
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error(`expected ${qs} to be rejected`);
}

describe("parseSearchApiParams (strict)", () => {
  it("reads every parameter, OR-ing repeated facet values", () => {
    expect(
      api(
        "q=graphene&country=gb&country=FR&field=2.5&sector=c&language=EN&availability=now&sort=updated&page=2&pageSize=50",
      ),
    ).toEqual({
      q: "graphene",
      filters: { country: ["GB", "FR"], field: ["2.5"], sector: ["C"], language: ["en"], availability: ["now"] },
      sort: "updated",
      page: 2,
      pageSize: 50,
    });
  });

  it("defaults to an empty query, relevance, page 1 of 20", () => {
    expect(api("")).toEqual({ q: "", filters: {}, sort: "relevance", page: 1, pageSize: 20 });
  });

  it.each([
    ["unknown parameter", "colour=red", "colour"],
    ["unknown country", "country=ZZ", "country"],
    ["malformed field", "field=abc", "field"],
    ["unknown region", "region=XX", "region"],
    ["unknown cost band", "costBand=cheap", "costBand"],
    ["page -1", "page=-1", "page"],
    ["page 0", "page=0", "page"],
    ["page 1e9", "page=1e9", "page"],
    ["page too large", "page=10001", "page"],
    ["page not a number", "page=abc", "page"],
    ["pageSize too large", "pageSize=1000", "pageSize"],
    ["bad sort", "sort=price", "sort"],
    ["q twice", "q=a&q=b", "q"],
    ["a 10,000-character q", `q=${"a".repeat(10_000)}`, "q"],
  ])("400 for %s, naming the parameter", (_label, qs, name) => {
    const err = apiError(qs);
    expect(err.status).toBe(400);
    expect(err.code).toBe("bad_request");
    expect(err.message).toContain(`"${name}"`);
    expect(Object.keys(err.fields ?? {})).toContain(name);
  });

  it("strips control characters from q rather than failing", () => {
    expect(api("q=gra%00phene%07").q).toBe("gra phene");
  });
});

describe("parseSearchPageParams (lenient)", () => {
  it("keeps what is valid and explains what was dropped", () => {
    const { params, problems } = parseSearchPageParams({
      q: "graphene",
      country: ["GB", "ZZ"],
      page: "-1",
      utm_source: "x",
    });
    expect(params.filters.country).toEqual(["GB"]);
    expect(params.page).toBe(1);
    expect(problems).toHaveLength(2);
    expect(problems.join(" ")).toMatch(/country/);
    expect(problems.join(" ")).toMatch(/page/);
  });

  it("keeps a pasted problem of 5,000 characters, shortens a longer one and says so", () => {
    expect(parseSearchPageParams({ q: "graphene ".repeat(500) }).problems).toEqual([]);
    const { params, problems } = parseSearchPageParams({ q: "graphene ".repeat(6000) });
    expect(params.q.length).toBeLessThanOrEqual(5000);
    expect(problems[0]).toMatch(/shortened/);
  });

  it("reads the words the person dropped (drop, repeated)", () => {
    expect(parseSearchPageParams({ q: "water treatment", drop: ["water", " water "] }).params.exclude).toEqual([
      "water",
    ]);
    expect(searchQueryString({ q: "a b", exclude: ["a"] })).toBe("q=a+b&drop=a");
  });

  it("rejects a q with no letter or digit on the API, with a 400 naming q", () => {
    expect(() => parseSearchApiParams(new URLSearchParams("q=%F0%9F%8D%9E%F0%9F%94%A5"))).toThrow(
      /no letters or digits/,
    );
    expect(() => parseSearchApiParams(new URLSearchParams(`q=${"a".repeat(5001)}`))).toThrow(/at most 5000/);
  });

  it("ignores empty values from a submitted form", () => {
    expect(parseSearchPageParams({ q: "", country: "", sort: "" }).problems).toEqual([]);
  });
});

describe("query strings", () => {
  it("round-trip through the page parser", () => {
    const p = { q: "graphene", filters: { country: ["GB", "FR"] }, sort: "updated" as const, page: 3, pageSize: 20 };
    const qs = searchQueryString(p);
    expect(qs).toBe("q=graphene&country=GB&country=FR&sort=updated&page=3");
    expect(parseSearchPageParams(searchParamsRecord(p)).params).toEqual(p);
  });
});

describe("parseSuggestParams", () => {
  it("cuts q to the suggestion limit and validates limit", () => {
    expect(parseSuggestParams(new URLSearchParams(`q=${"x".repeat(1000)}`)).q).toHaveLength(100);
    expect(() => parseSuggestParams(new URLSearchParams("q=a&limit=99"))).toThrow(/limit/);
    expect(() => parseSuggestParams(new URLSearchParams("q=a&foo=1"))).toThrow(/foo/);
  });
});

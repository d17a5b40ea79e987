import { describe, expect, it } from "vitest";
import { countryParam, parseBrowseQuery, slugParam } from "./browse";

describe("parseBrowseQuery", () => {
  it("accepts valid filters and normalises the country", () => {
    expect(parseBrowseQuery({ country: "gb", field: "2.5", page: "3" })).toEqual({
      value: { country: "GB", field: "2.5", page: 3 },
      problems: [],
    });
  });
  it("treats empty values as no filter", () => {
    expect(parseBrowseQuery({ country: "", field: "" }).problems).toEqual([]);
  });
  it.each([
    [{ page: "-1" }, "page"],
    [{ page: "0" }, "page"],
    [{ page: "1e9" }, "page"],
    [{ page: "99999999999999999999" }, "page"],
    [{ page: "abc" }, "page"],
    [{ country: "XX" }, "country"],
    [{ country: "United Kingdom" }, "country"],
    [{ field: "9.9" }, "field"],
    [{ field: "x".repeat(5000) }, "field"],
  ])("drops and reports %j", (raw, key) => {
    const r = parseBrowseQuery(raw);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatch(new RegExp(`^${key}:`));
    expect(r.value).toEqual({});
  });
  it("uses the first of repeated parameters", () => {
    expect(parseBrowseQuery({ page: ["2", "3"] }).value.page).toBe(2);
  });
});

describe("route params", () => {
  it("validates slugs", () => {
    expect(slugParam.safeParse("oxford-materials").success).toBe(true);
    expect(slugParam.safeParse("../../etc/passwd").success).toBe(false);
    expect(slugParam.safeParse("%3Cscript%3E").success).toBe(false);
  });
  it("validates country codes", () => {
    expect(countryParam.parse("br")).toBe("BR");
    expect(countryParam.safeParse("ZZ").success).toBe(false);
    expect(countryParam.safeParse("GBR").success).toBe(false);
  });
});

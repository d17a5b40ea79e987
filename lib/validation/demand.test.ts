import { describe, expect, it } from "vitest";
import { parseDemandParams } from "./demand";

describe("parseDemandParams", () => {
  it("accepts 7, 30 and 90 days, defaulting to 30", () => {
    expect(parseDemandParams({})).toEqual({ days: 30, problems: [] });
    expect(parseDemandParams({ days: "7" })).toEqual({ days: 7, problems: [] });
    expect(parseDemandParams({ days: ["90", "7"] })).toEqual({ days: 90, problems: [] });
  });

  it.each(["8", "abc", "-30", "1e9", "30.0x", "9".repeat(400)])(
    "falls back to 30 days for %j and explains why",
    (days) => {
      const r = parseDemandParams({ days });
      expect(r.days).toBe(30);
      expect(r.problems[0]).toMatch(/^days: Choose 7, 30, 90 days; showing 30 days$/);
    },
  );
});

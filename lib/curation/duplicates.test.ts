import { describe, expect, it } from "vitest";
import { findDuplicatePairs, nameTokens, normaliseTeamName, tokenOverlap } from "./duplicates";

const team = (id: number, name: string, institutionId = 1) => ({ id, slug: `t-${id}`, name, institutionId });

describe("name normalisation", () => {
  it("ignores case, accents, punctuation, word order and words that only name the kind of unit", () => {
    expect(normaliseTeamName("Robotics Lab")).toBe("robotics");
    expect(normaliseTeamName("The Robotics Research Group")).toBe("robotics");
    expect(normaliseTeamName("Café Science & Food Centre")).toBe("cafe food science");
    expect(normaliseTeamName("Food, Café and Science")).toBe(normaliseTeamName("Café Science & Food Centre"));
    expect(nameTokens("Lab of the Group")).toEqual([]);
  });

  it("measures overlap on distinctive words only", () => {
    expect(tokenOverlap("Battery Materials Lab", "Battery Materials Group")).toBe(1);
    expect(tokenOverlap("Battery Materials", "Battery Recycling")).toBeCloseTo(1 / 3);
    expect(tokenOverlap("Lab", "Battery")).toBe(0);
  });
});

describe("findDuplicatePairs", () => {
  it("pairs the same name at the same institution, older listing first", () => {
    const pairs = findDuplicatePairs([
      team(7, "Robotics Research Group"),
      team(3, "Robotics Lab"),
      team(9, "Robotics Lab", 2),
    ]);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ a: { id: 3 }, b: { id: 7 }, score: 1, reason: "same name" });
  });

  it("pairs names sharing most distinctive words, and not names sharing one common word", () => {
    const pairs = findDuplicatePairs([
      team(1, "Advanced Composite Materials Manufacturing"),
      team(2, "Composite Materials Manufacturing Centre"),
      team(3, "Materials Chemistry"),
      team(4, "Materials Physics"),
    ]);
    expect(pairs.map((p) => [p.a.id, p.b.id, p.reason])).toEqual([[1, 2, "similar name"]]);
    expect(pairs[0]!.score).toBeCloseTo(0.75);
  });

  it("never pairs teams at different institutions, or names that are only generic words", () => {
    expect(findDuplicatePairs([team(1, "Photonics", 1), team(2, "Photonics", 2)])).toEqual([]);
    expect(findDuplicatePairs([team(1, "Research Group"), team(2, "The Research Lab")])).toEqual([]);
  });

  it("puts the most alike first and honours the limit", () => {
    const pairs = findDuplicatePairs(
      [
        team(1, "Wind Energy Systems Engineering"),
        team(2, "Wind Energy Systems"),
        team(3, "Tidal Power"),
        team(4, "Tidal Power Lab"),
      ],
      10,
    );
    expect(pairs.map((p) => p.a.id)).toEqual([3, 1]);
    expect(
      findDuplicatePairs([team(3, "Tidal Power"), team(4, "Tidal Power Lab"), team(5, "Tidal Power Group")], 2),
    ).toHaveLength(2);
  });
});

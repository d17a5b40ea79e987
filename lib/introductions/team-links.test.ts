import { describe, expect, it } from "vitest";
import { slugsFromText } from "./team-links";

describe("slugsFromText", () => {
  it("reads profile links, paths and bare slugs, once each, in order", () => {
    expect(
      slugsFromText(
        "https://atlas.example/teams/tum-cobot-automation-small-manufacturers?x=1, /teams/dtu-wind-resource-siting\nAalto-Fibre-Based-Packaging dtu-wind-resource-siting",
      ),
    ).toEqual(["tum-cobot-automation-small-manufacturers", "dtu-wind-resource-siting", "aalto-fibre-based-packaging"]);
  });
  it("returns nothing for blank input", () => {
    expect(slugsFromText("  \n ")).toEqual([]);
  });
});

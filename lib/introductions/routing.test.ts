import { describe, expect, it } from "vitest";
import { routeRequest, type RoutingCandidate } from "./routing";

const uk: RoutingCandidate = { id: 1, regions: ["GB", "IE"], sectors: ["C", "J", "M"] };
const global: RoutingCandidate = {
  id: 2,
  regions: ["NL", "BE", "DE", "FR", "IN", "BR", "ZA"],
  sectors: ["A", "C", "D", "E", "Q"],
};
const both = [uk, global];

describe("routeRequest", () => {
  it("sends a request to the intermediary covering the team's country", () => {
    expect(routeRequest({ teamCountry: "DE", smeCountry: "US", smeSector: "G" }, both)).toBe(2);
    expect(routeRequest({ teamCountry: "IE", smeCountry: "US", smeSector: null }, both)).toBe(1);
  });
  it("uses the firm's country when the team's is not covered", () => {
    expect(routeRequest({ teamCountry: "JP", smeCountry: "BR", smeSector: "G" }, both)).toBe(2);
  });
  it("uses the firm's sector when no country is covered", () => {
    expect(routeRequest({ teamCountry: "JP", smeCountry: "US", smeSector: "Q" }, both)).toBe(2);
    expect(routeRequest({ teamCountry: "JP", smeCountry: "US", smeSector: "J" }, both)).toBe(1);
  });
  it("prefers the team's country over the firm's country and sector", () => {
    expect(routeRequest({ teamCountry: "GB", smeCountry: "DE", smeSector: "A" }, both)).toBe(1);
  });
  it("breaks ties by the longest-standing intermediary", () => {
    expect(routeRequest({ teamCountry: "JP", smeCountry: "US", smeSector: "C" }, both)).toBe(1);
    expect(routeRequest({ teamCountry: "JP", smeCountry: "US", smeSector: "C" }, [global, uk])).toBe(1);
  });
  it("goes straight to the team when nobody covers the request", () => {
    expect(routeRequest({ teamCountry: "JP", smeCountry: "US", smeSector: "G" }, both)).toBeNull();
    expect(routeRequest({ teamCountry: "GB", smeCountry: "GB", smeSector: "C" }, [])).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { regionMarkers, regionPlaces, worldMarkers, type MapPlace } from "./clusters";

const place = (slug: string, countryCode: string, lat: number, lng: number, teams = 1): MapPlace => ({
  slug,
  name: slug.toUpperCase(),
  countryCode,
  lat,
  lng,
  teams,
});

// Irish institutions within a few hundred kilometres, a Welsh one close by, and one in Japan.
const PLACES = [
  place("ucc", "IE", 51.89, -8.49, 2),
  place("tus", "IE", 53.42, -7.94),
  place("tcd", "IE", 53.34, -6.25, 3),
  place("ucd", "IE", 53.31, -6.22),
  place("cardiff", "GB", 51.49, -3.18, 4),
  place("tokyo", "JP", 35.71, 139.76, 2),
];
const WORLD_PPD = 960 / 360;

describe("map clusters", () => {
  it("clusters by country at world scale, with counts, never across a border", () => {
    const markers = worldMarkers(PLACES, WORLD_PPD);
    expect(markers.map((m) => [m.name, m.institutions, m.teams]).sort()).toEqual([
      ["Ireland", 4, 7],
      ["Japan", 1, 2],
      ["United Kingdom", 1, 4],
    ]);
    expect(markers.find((m) => m.name === "Ireland")).toMatchObject({
      href: "/countries/ie",
      label: "Ireland: 4 institutions, 7 teams",
      kind: "country",
    });
  });

  it("zoomed in, separates institutions and clusters only overlapping ones, zoomable by id", () => {
    const ireland = PLACES.filter((p) => p.countryCode === "IE");
    // About 110 px per degree: Dublin's two universities (3 km apart) overlap, Cork and Athlone do not.
    const markers = regionMarkers(ireland, 110, (id) => `/countries/ie?area=${id}`);
    const byKind = (k: string) => markers.filter((m) => m.kind === k);
    expect(
      byKind("institution")
        .map((m) => m.name)
        .sort(),
    ).toEqual(["TUS", "UCC"]);
    const [dublin] = byKind("cluster");
    expect(dublin).toMatchObject({ institutions: 2, teams: 4 });
    expect(dublin!.name).toMatch(/^2 institutions close together: (TCD, UCD|UCD, TCD)$/);
    const area = Number(/area=(\d+)/.exec(dublin!.href)![1]);
    expect(
      regionPlaces(ireland, area, 110)
        .map((p) => p.slug)
        .sort(),
    ).toEqual(["tcd", "ucd"]);
    // An unknown cluster id shows everything.
    expect(regionPlaces(ireland, 987654, 110)).toHaveLength(4);
  });
});

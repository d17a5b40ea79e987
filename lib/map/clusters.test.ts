import { describe, expect, it } from "vitest";
import { areaPoints, buildIndex, markersOf, zoomFor, type MapPlace } from "./clusters";

const place = (slug: string, countryCode: string, lat: number, lng: number, teams = 1): MapPlace => ({
  slug,
  name: slug.toUpperCase(),
  countryCode,
  lat,
  lng,
  teams,
});

// Irish institutions (two of them 3 km apart in Dublin), a British one close by, and one in Japan.
const PLACES = [
  place("ucc", "IE", 51.89, -8.49, 2),
  place("tus", "IE", 53.42, -7.94),
  place("tcd", "IE", 53.34, -6.25, 3),
  place("ucd", "IE", 53.31, -6.22),
  place("cardiff", "GB", 51.49, -3.18, 4),
  place("tokyo", "JP", 35.71, 139.76, 2),
];
const WORLD_PPD = 2.6;
const href = (id: number) => `/?area=${id}`;

describe("map clusters", () => {
  it("draws one dot per country at world scale, neighbours that would overlap as one, far ones apart", () => {
    const markers = markersOf(buildIndex(PLACES, "countries"), WORLD_PPD, href);
    expect(markers.map((m) => [m.kind, m.name, m.institutions, m.teams]).sort()).toEqual([
      ["cluster", "Ireland and United Kingdom", 5, 11],
      ["country", "Japan", 1, 2],
    ]);
    expect(markers.find((m) => m.kind === "country")).toMatchObject({
      href: "/countries/jp",
      label: "Japan: 1 institution, 2 teams",
    });
  });

  it("zooms into a cluster: its members fall apart, each leading to its country", () => {
    const index = buildIndex(PLACES, "countries");
    const cluster = markersOf(index, WORLD_PPD, href).find((m) => m.kind === "cluster")!;
    const area = Number(/area=(\d+)/.exec(cluster.href)![1]);
    expect(areaPoints(index, area)).toHaveLength(2);
    // Even at a scale that would still join them, the zoomed view splits the cluster it was asked for.
    const zoomed = markersOf(index, WORLD_PPD, href, area);
    expect(zoomed.filter((m) => m.kind === "country").map((m) => m.href)).toEqual(
      expect.arrayContaining(["/countries/ie", "/countries/gb"]),
    );
    expect(areaPoints(index, 987654)).toBeNull();
  });

  it("in a country, institutions are their own dots unless they would overlap", () => {
    const ireland = buildIndex(
      PLACES.filter((p) => p.countryCode === "IE"),
      "institutions",
    );
    // About 135 px per degree (Ireland filling the drawing): Dublin's two universities overlap.
    const markers = markersOf(ireland, 135, (id) => `/countries/ie?area=${id}`);
    expect(
      markers
        .filter((m) => m.kind === "institution")
        .map((m) => m.href)
        .sort(),
    ).toEqual(["/institutions/tus", "/institutions/ucc"]);
    const dublin = markers.find((m) => m.kind === "cluster")!;
    expect(dublin).toMatchObject({
      institutions: 2,
      teams: 4,
      label: "2 institutions close together: TCD and UCD: 4 teams",
    });
    const area = Number(/area=(\d+)/.exec(dublin.href)![1]);
    expect(markersOf(ireland, 135, (id) => `?area=${id}`, area).filter((m) => m.kind === "institution")).toHaveLength(
      4,
    );
  });

  it("chooses the zoom from the drawing's scale", () => {
    expect(zoomFor(2.6)).toBe(1);
    expect(zoomFor(135)).toBeGreaterThan(zoomFor(20));
  });
});

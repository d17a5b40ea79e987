// Which dots a map draws: at world scale one cluster per country (or a few for a large one),
// zoomed in, institutions clustered only where their dots would overlap. Clustering is
// supercluster's (Mapbox, ISC); this module only chooses its radius for the drawing's scale.
import Supercluster from "supercluster";
import { countryName } from "@/lib/reference/countries";

export interface MapPlace {
  slug: string;
  name: string;
  countryCode: string;
  lat: number;
  lng: number;
  teams: number;
}

export interface MapMarker {
  key: string;
  lat: number;
  lng: number;
  /** Institutions and teams the dot stands for. */
  institutions: number;
  teams: number;
  /** What the dot is, short: a country, an institution, "3 institutions near X". */
  name: string;
  label: string;
  href: string;
  /** A cluster of institutions (zoomable), or one institution. */
  kind: "country" | "cluster" | "institution";
}

interface Props {
  slug: string;
  name: string;
  teams: number;
}

/** How close (in the drawing's pixels) two dots may be before they become one. */
export const OVERLAP_PX = 12;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Supercluster counts its radius in pixels of 512-pixel tiles; at zoom z the world is 512·2^z of
 * them. The drawing has `pxPerDegree` pixels per degree of longitude, so a radius of OVERLAP_PX
 * drawing pixels is this many tile pixels at zoom z.
 */
function indexFor(places: readonly MapPlace[], pxPerDegree: number) {
  const zoom = Math.max(0, Math.min(16, Math.floor(Math.log2((28.125 * pxPerDegree) / OVERLAP_PX))));
  const radius = (OVERLAP_PX * 512 * 2 ** zoom) / (360 * pxPerDegree);
  const index = new Supercluster<Props, { teams: number }>({
    radius,
    maxZoom: 16,
    map: (p) => ({ teams: p.teams }),
    reduce: (acc, p) => {
      acc.teams += p.teams;
    },
  });
  index.load(
    places.map((p) => ({
      type: "Feature" as const,
      geometry: { type: "Point" as const, coordinates: [p.lng, p.lat] },
      properties: { slug: p.slug, name: p.name, teams: p.teams },
    })),
  );
  return { index, zoom };
}

const WORLD: [number, number, number, number] = [-180, -90, 180, 90];

/** World scale: every country's institutions clustered apart from other countries', linked to the country. */
export function worldMarkers(places: readonly MapPlace[], pxPerDegree: number): MapMarker[] {
  const byCountry = new Map<string, MapPlace[]>();
  for (const p of places) byCountry.set(p.countryCode, [...(byCountry.get(p.countryCode) ?? []), p]);
  return [...byCountry].flatMap(([code, list]) => {
    const { index, zoom } = indexFor(list, pxPerDegree);
    return index.getClusters(WORLD, zoom).map((f, i): MapMarker => {
      const [lng, lat] = f.geometry.coordinates as [number, number];
      const institutions = "cluster" in f.properties && f.properties.cluster ? f.properties.point_count : 1;
      const teams = f.properties.teams;
      return {
        key: `${code}-${i}`,
        lat,
        lng,
        institutions,
        teams,
        name: countryName(code),
        label: `${countryName(code)}: ${plural(institutions, "institution")}, ${plural(teams, "team")}`,
        href: `/countries/${code.toLowerCase()}`,
        kind: "country",
      };
    });
  });
}

/**
 * Zoomed in (a country): institutions one dot each, except where dots would overlap; such a
 * cluster links to `areaHref(id)`, the same map zoomed to it. `area` (a cluster id from such a
 * link) narrows the places to that cluster's; an unknown id is ignored.
 */
export function regionPlaces(places: readonly MapPlace[], area: number | null, pxPerDegree: number): MapPlace[] {
  if (area === null) return [...places];
  const { index } = indexFor(places, pxPerDegree);
  try {
    const slugs = new Set(index.getLeaves(area, Infinity).map((f) => f.properties.slug));
    const inArea = places.filter((p) => slugs.has(p.slug));
    return inArea.length > 0 ? inArea : [...places];
  } catch {
    return [...places];
  }
}

export function regionMarkers(
  places: readonly MapPlace[],
  pxPerDegree: number,
  areaHref: (id: number) => string,
): MapMarker[] {
  const { index, zoom } = indexFor(places, pxPerDegree);
  return index.getClusters(WORLD, zoom).map((f): MapMarker => {
    const [lng, lat] = f.geometry.coordinates as [number, number];
    const p = f.properties;
    if ("cluster" in p && p.cluster) {
      const leaves = index.getLeaves(p.cluster_id, 3).map((l) => l.properties.name);
      const more = p.point_count - leaves.length;
      return {
        key: `c${p.cluster_id}`,
        lat,
        lng,
        institutions: p.point_count,
        teams: p.teams,
        name: `${plural(p.point_count, "institution")} close together: ${leaves.join(", ")}${more > 0 ? ` and ${more} more` : ""}`,
        label: `${plural(p.point_count, "institution")} close together (${leaves.join(", ")}${more > 0 ? ` and ${more} more` : ""}): ${plural(p.teams, "team")}`,
        href: areaHref(p.cluster_id),
        kind: "cluster",
      };
    }
    const leaf = p as Props;
    return {
      key: leaf.slug,
      lat,
      lng,
      institutions: 1,
      teams: leaf.teams,
      name: leaf.name,
      label: `${leaf.name}: ${plural(leaf.teams, "team")}`,
      href: `/institutions/${leaf.slug}`,
      kind: "institution",
    };
  });
}

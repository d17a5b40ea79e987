// Which dots a map draws, clustered with supercluster (Mapbox, ISC). At world scale the points are
// countries (each country's institutions as one dot); zoomed into a country they are its
// institutions. Dots that would overlap at the drawing's scale form a cluster, which links to the
// same map zoomed into it (`?area=<cluster id>`), where it falls apart into its members.
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
  /** What the dot is, short: a country, an institution, "Belgium and the Netherlands". */
  name: string;
  /** Its accessible name, with the counts. */
  label: string;
  href: string;
  kind: "country" | "institution" | "cluster";
}

interface Props {
  /** A country code (world scale) or an institution's slug. */
  id: string;
  name: string;
  institutions: number;
  teams: number;
}

type Level = "countries" | "institutions";

/** Supercluster's radius, in pixels of its 512-pixel tiles. */
const RADIUS = 34;
/** The largest dot's diameter in the drawing: dots closer than this would overlap. */
export const DOT_DIAMETER_PX = 26;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const and = (xs: string[]) => (xs.length < 2 ? (xs[0] ?? "") : `${xs.slice(0, -1).join(", ")} and ${xs.at(-1)}`);

/**
 * At zoom z the world is 512·2^z tile pixels wide, so RADIUS covers RADIUS·360/(512·2^z) degrees,
 * which the drawing shows at `pxPerDegree`. The zoom is the largest at which that still spans a
 * dot's diameter: clusters then never overlap and single dots rarely do.
 */
export function zoomFor(pxPerDegree: number): number {
  const z = Math.floor(Math.log2((RADIUS * 360 * pxPerDegree) / (512 * DOT_DIAMETER_PX)));
  return Math.max(0, Math.min(17, z));
}

/** The points clustered: institutions, or one per country (for the list by country too). */
export function pointsOf(places: readonly MapPlace[], level: Level): (Props & { lat: number; lng: number })[] {
  if (level === "institutions")
    return places.map((p) => ({ id: p.slug, name: p.name, institutions: 1, teams: p.teams, lat: p.lat, lng: p.lng }));
  const byCountry = new Map<string, MapPlace[]>();
  for (const p of places) byCountry.set(p.countryCode, [...(byCountry.get(p.countryCode) ?? []), p]);
  // A country's dot sits at the mean of its institutions.
  return [...byCountry]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, list]) => ({
      id: code,
      name: countryName(code),
      institutions: list.length,
      teams: list.reduce((s, p) => s + p.teams, 0),
      lat: list.reduce((s, p) => s + p.lat, 0) / list.length,
      lng: list.reduce((s, p) => s + p.lng, 0) / list.length,
    }));
}

export interface MapIndex {
  level: Level;
  index: Supercluster<Props, Props>;
}

export function buildIndex(places: readonly MapPlace[], level: Level): MapIndex {
  const index = new Supercluster<Props, Props>({
    radius: RADIUS,
    maxZoom: 16,
    map: (p) => ({ ...p }),
    reduce: (acc, p) => {
      acc.institutions += p.institutions;
      acc.teams += p.teams;
    },
  });
  index.load(
    pointsOf(places, level).map(({ lat, lng, ...props }) => ({
      type: "Feature" as const,
      geometry: { type: "Point" as const, coordinates: [lng, lat] },
      properties: props,
    })),
  );
  return { level, index };
}

/** The points inside a cluster (to fit the zoomed view to), or null for an id the index does not know. */
export function areaPoints(m: MapIndex, area: number): { lat: number; lng: number }[] | null {
  try {
    const leaves = m.index.getLeaves(area, Infinity);
    return leaves.length
      ? leaves.map((l) => ({ lng: l.geometry.coordinates[0]!, lat: l.geometry.coordinates[1]! }))
      : null;
  } catch {
    return null;
  }
}

/**
 * The dots of a view: clusters at the zoom its scale allows (never coarser than what splits
 * `area`, so a zoom link always shows more), each single point linked to its page and each
 * cluster to `areaHref(id)`.
 */
export function markersOf(
  m: MapIndex,
  pxPerDegree: number,
  areaHref: (id: number) => string,
  area: number | null = null,
): MapMarker[] {
  let zoom = zoomFor(pxPerDegree);
  if (area !== null && areaPoints(m, area)) zoom = Math.max(zoom, m.index.getClusterExpansionZoom(area));
  return m.index.getClusters([-180, -90, 180, 90], zoom).map((f): MapMarker => {
    const [lng, lat] = f.geometry.coordinates as [number, number];
    const p = f.properties;
    const counts = `${plural(p.institutions, "institution")}, ${plural(p.teams, "team")}`;
    if ("cluster" in p && p.cluster) {
      // The biggest members first, so the name says what matters most.
      const members = m.index
        .getLeaves(p.cluster_id, Infinity)
        .map((l) => l.properties)
        .sort((x, y) => y.teams - x.teams || x.name.localeCompare(y.name, "en"))
        .map((l) => l.name);
      const shown = members.slice(0, 3);
      const name =
        m.level === "countries"
          ? and(members.length > 4 ? [...shown, `${members.length - 3} more countries`] : members)
          : `${plural(members.length, "institution")} close together: ${and(members.length > 4 ? [...shown, `${members.length - 3} more`] : members)}`;
      return {
        key: `c${p.cluster_id}`,
        lat,
        lng,
        ...pick(p),
        name,
        label: `${name}: ${m.level === "countries" ? counts : plural(p.teams, "team")}`,
        href: areaHref(p.cluster_id),
        kind: "cluster",
      };
    }
    const leaf = p as Props;
    return {
      key: leaf.id,
      lat,
      lng,
      ...pick(leaf),
      name: leaf.name,
      label: `${leaf.name}: ${m.level === "countries" ? counts : plural(leaf.teams, "team")}`,
      href: m.level === "countries" ? `/countries/${leaf.id.toLowerCase()}` : `/institutions/${leaf.id}`,
      kind: m.level === "countries" ? "country" : "institution",
    };
  });
}

const pick = (p: { institutions: number; teams: number }) => ({ institutions: p.institutions, teams: p.teams });

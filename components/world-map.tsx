import { geoEqualEarth, geoPath, type GeoProjection } from "d3-geo";
import type { FeatureCollection } from "geojson";
import Link from "next/link";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import land110m from "world-atlas/land-110m.json";
import { LAND_OUTLINE_HREF, mapProjection } from "./world-map-geometry";
import {
  areaPoints,
  buildIndex,
  markersOf,
  pointsOf,
  type MapIndex,
  type MapMarker,
  type MapPlace,
} from "@/lib/map/clusters";

export type { MapPlace } from "@/lib/map/clusters";

const WIDTH = 960;
const HEIGHT = 470;

let landShapes: FeatureCollection | undefined;
function shapes(): FeatureCollection {
  // Natural Earth 1:110m land (public domain) via world-atlas.
  if (!landShapes) {
    const topo = land110m as unknown as Topology;
    landShapes = feature(topo, topo.objects.land!) as unknown as FeatureCollection;
  }
  return landShapes;
}

// Precomputed once per process and view: the land outline, and the cluster index of a set of places.
const landPaths = new Map<string, string>();
function land(key: string, projection: GeoProjection): string {
  let d = landPaths.get(key);
  if (d === undefined) {
    d = geoPath(projection).digits(1)(shapes()) ?? "";
    if (landPaths.size > 500) landPaths.clear();
    landPaths.set(key, d);
  }
  return d;
}
const indexes = new Map<string, MapIndex>();
function indexOf(places: readonly MapPlace[], level: "countries" | "institutions"): MapIndex {
  const key = `${level}|${places.map((p) => `${p.slug}:${p.lat}:${p.lng}:${p.teams}`).join(",")}`;
  let idx = indexes.get(key);
  if (!idx) {
    idx = buildIndex(places, level);
    if (indexes.size > 200) indexes.clear();
    indexes.set(key, idx);
  }
  return idx;
}

const EXTENT: [[number, number], [number, number]] = [
  [4, 4],
  [WIDTH - 4, HEIGHT - 4],
];

/** The view: the whole world, or the points' bounding box with a margin in proportion to it. */
function viewOf(points: readonly { lat: number; lng: number }[] | null): { key: string; projection: GeoProjection } {
  if (!points || points.length === 0) {
    // The same projection as the static outline image (world-map-geometry), so dots and land agree.
    return { key: "world", projection: mapProjection() };
  }
  const lngs = points.map((p) => p.lng);
  const lats = points.map((p) => p.lat);
  const span = Math.max(Math.max(...lngs) - Math.min(...lngs), Math.max(...lats) - Math.min(...lats));
  // A region keeps its surroundings, close neighbours are spread out, a single place gets its region.
  const pad = span === 0 ? 3 : Math.min(4, Math.max(0.02, span * 0.25));
  const [w, e, s, n] = [
    Math.max(-180, Math.min(...lngs) - pad),
    Math.min(180, Math.max(...lngs) + pad),
    Math.max(-85, Math.min(...lats) - pad),
    Math.min(85, Math.max(...lats) + pad),
  ].map((v) => Math.round(v * 1000) / 1000) as [number, number, number, number];
  const box = {
    type: "MultiPoint" as const,
    coordinates: [
      [w, s],
      [e, n],
      [w, n],
      [e, s],
    ],
  };
  return { key: `${w},${e},${s},${n}`, projection: geoEqualEarth().fitExtent(EXTENT, box) };
}

function pxPerDegree(projection: GeoProjection, points: readonly { lat: number; lng: number }[]): number {
  const lat = points.length ? points.reduce((s, p) => s + p.lat, 0) / points.length : 0;
  const lng = points.length ? points.reduce((s, p) => s + p.lng, 0) / points.length : 0;
  const a = projection([lng, lat]);
  const b = projection([lng + 1, lat]);
  return a && b ? Math.max(0.1, Math.hypot(b[0] - a[0], b[1] - a[1])) : WIDTH / 360;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Places at the very same spot (ROR often gives a city's coordinates: Trinity College and
 * University College Dublin share theirs) are set around it in a ring, so every dot can be chosen.
 */
function spread<T extends { xy: [number, number] }>(dots: T[]): T[] {
  const groups: T[][] = [];
  for (const d of dots) {
    const g = groups.find((x) => Math.hypot(x[0]!.xy[0] - d.xy[0], x[0]!.xy[1] - d.xy[1]) < 2);
    if (g) g.push(d);
    else groups.push([d]);
  }
  return groups.flatMap((g) => {
    if (g.length === 1) return g;
    const [cx, cy] = g[0]!.xy;
    const ring = Math.max(16, (g.length * 30) / (2 * Math.PI));
    return g.map((d, k) => {
      const angle = (2 * Math.PI * k) / g.length - Math.PI / 2;
      return { ...d, xy: [cx + ring * Math.cos(angle), cy + ring * Math.sin(angle)] as [number, number] };
    });
  });
}

/**
 * Where expertise is, server-rendered as SVG with no client JavaScript. `level` "countries": a
 * dot per country, leading to its page; "institutions": a dot per institution. Dots that would
 * overlap are a cluster that zooms into its members (`?area=` on `basePath`). The drawing is one
 * Tab stop; the list under it says the same for the keyboard and screen readers.
 */
export function WorldMap({
  title,
  places,
  level = "countries",
  area = null,
  basePath = "",
}: {
  title: string;
  places: MapPlace[];
  level?: "countries" | "institutions";
  /** Zoomed into the cluster with this id (from a cluster's link); unknown ids show everything. */
  area?: number | null;
  /** The page the map is on, for the clusters' zoom links. */
  basePath?: string;
}) {
  const idx = indexOf(places, level);
  const inArea = area === null ? null : areaPoints(idx, area);
  const zoomed = inArea !== null;
  const view = viewOf(inArea ?? (level === "countries" ? null : places));
  const ppd = pxPerDegree(view.projection, inArea ?? places);
  const markers = markersOf(idx, ppd, (id) => `${basePath}?area=${id}#map`, zoomed ? area : null);
  const max = Math.max(1, ...markers.map((m) => m.teams));
  const placed = spread(
    markers
      .map((m) => ({ ...m, xy: view.projection([m.lng, m.lat]) }))
      .filter((m): m is MapMarker & { xy: [number, number] } => m.xy !== null)
      .filter((m) => m.xy[0] >= 0 && m.xy[0] <= WIDTH && m.xy[1] >= 0 && m.xy[1] <= HEIGHT),
  ).sort((a, b) => b.teams - a.teams);
  // The list: by country at world scale (the whole map's content), else the dots shown.
  const listed =
    level === "countries" && !zoomed
      ? pointsOf(places, "countries")
          .map((c) => ({
            key: c.id,
            name: c.name,
            href: `/countries/${c.id.toLowerCase()}`,
            institutions: c.institutions,
            teams: c.teams,
          }))
          .sort((a, b) => b.teams - a.teams || a.name.localeCompare(b.name, "en"))
      : placed;
  const captionId = `map-caption-${level}`;
  return (
    <figure id="map" className="overflow-hidden rounded-lg border border-slate-200 bg-white">
      <div className="relative">
        {view.key === "world" && (
          // The world outline never changes: one static image, cached by browsers, not in every page;
          // an <img> rather than an SVG <image> so that it loads only when the map comes into view.
          <img
            src={LAND_OUTLINE_HREF}
            alt=""
            width={WIDTH}
            height={HEIGHT}
            loading="lazy"
            decoding="async"
            className="absolute inset-0 h-full w-full"
          />
        )}
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          className="relative h-auto w-full"
          role="group"
          aria-label={title}
          aria-describedby={captionId}
          tabIndex={0}
        >
          <title>{title}</title>
          {view.key !== "world" && (
            <path
              d={land(view.key, view.projection)}
              className="fill-slate-200 stroke-slate-300"
              strokeWidth={0.5}
              aria-hidden="true"
            />
          )}
          {placed.map((m) => (
            // Plain links: a next/link per dot would be a client component prefetching its page.
            <a key={m.key} href={m.href} aria-label={m.label} tabIndex={-1} className="no-underline">
              <circle
                cx={m.xy[0]}
                cy={m.xy[1]}
                r={7 + 6 * Math.sqrt(m.teams / max)}
                className={`${m.kind === "cluster" ? "fill-amber-700/90" : "fill-brand-700/85"} stroke-white hover:fill-slate-900`}
                strokeWidth={1.5}
              >
                <title>{m.label}</title>
              </circle>
              <text
                x={m.xy[0]}
                y={m.xy[1]}
                dy="0.35em"
                textAnchor="middle"
                className="pointer-events-none fill-white text-[11px] font-semibold"
                aria-hidden="true"
              >
                {m.teams}
              </text>
            </a>
          ))}
        </svg>
      </div>
      <figcaption id={captionId} className="border-t border-slate-100 px-3 py-2 text-xs text-slate-600">
        {level === "countries"
          ? "Each dot is a country, with its number of teams; amber dots are neighbouring countries together — choose one to zoom in."
          : "Each dot is an institution, with its number of teams; amber dots are institutions close together — choose one to zoom in."}{" "}
        The list below says the same. Map: Natural Earth.
        {zoomed && (
          <>
            {" "}
            <Link href={`${basePath || "/"}#map`}>Show the whole map</Link>
          </>
        )}
      </figcaption>
      <details className="border-t border-slate-100 px-3 py-2 text-sm">
        <summary className="cursor-pointer text-brand-700">
          The map as a list (
          {level === "countries" && !zoomed
            ? plural(listed.length, "country", "countries")
            : plural(listed.length, "place")}
          )
        </summary>
        <ul className="mt-2 space-y-1" aria-label={`${title}: the list`}>
          {listed.map((m) => (
            <li key={m.key}>
              {/* Plain links: up to 200 of them, hidden until the list is opened (no client component each). */}
              <a href={m.href}>{m.name}</a>
              <span className="text-slate-600">
                {" "}
                — {plural(m.institutions, "institution")}, {plural(m.teams, "team")}
              </span>
            </li>
          ))}
        </ul>
      </details>
    </figure>
  );
}

import { geoEqualEarth, geoPath, type GeoProjection } from "d3-geo";
import type { FeatureCollection, GeoJsonObject } from "geojson";
import Link from "next/link";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import land110m from "world-atlas/land-110m.json";
import { regionMarkers, regionPlaces, worldMarkers, type MapMarker, type MapPlace } from "@/lib/map/clusters";

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

// The outline depends only on the view, so each view's path is drawn once per process.
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

const EXTENT: [[number, number], [number, number]] = [
  [4, 4],
  [WIDTH - 4, HEIGHT - 4],
];

/** The view: the whole world, or the places' bounding box with a margin. */
function viewOf(places: readonly MapPlace[], scale: "world" | "region"): { key: string; projection: GeoProjection } {
  if (scale === "world" || places.length === 0) {
    return { key: "world", projection: geoEqualEarth().fitExtent(EXTENT, { type: "Sphere" }) };
  }
  const lngs = places.map((p) => p.lng);
  const lats = places.map((p) => p.lat);
  // A margin in proportion to the area shown: a country keeps its surroundings, a zoomed-in
  // cluster of neighbours is spread out, a single place gets its region.
  const span = Math.max(Math.max(...lngs) - Math.min(...lngs), Math.max(...lats) - Math.min(...lats));
  const pad = places.length === 1 ? 3 : Math.min(2, Math.max(0.02, span * 0.25));
  const [w, e, s, n] = [
    Math.max(-180, Math.min(...lngs) - pad),
    Math.min(180, Math.max(...lngs) + pad),
    Math.max(-85, Math.min(...lats) - pad),
    Math.min(85, Math.max(...lats) + pad),
  ].map((v) => Math.round(v * 1000) / 1000) as [number, number, number, number];
  const box: GeoJsonObject = {
    type: "MultiPoint",
    coordinates: [
      [w, s],
      [e, n],
      [w, n],
      [e, s],
    ],
  } as GeoJsonObject;
  return { key: `${w},${e},${s},${n}`, projection: geoEqualEarth().fitExtent(EXTENT, box as never) };
}

function pxPerDegree(projection: GeoProjection, places: readonly MapPlace[]): number {
  const lat = places.length ? places.reduce((s, p) => s + p.lat, 0) / places.length : 0;
  const lng = places.length ? places.reduce((s, p) => s + p.lng, 0) / places.length : 0;
  const a = projection([lng, lat]);
  const b = projection([lng + 1, lat]);
  return a && b ? Math.max(0.1, Math.hypot(b[0] - a[0], b[1] - a[1])) : WIDTH / 360;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

/** The map's equivalent for the keyboard and screen readers: by country at world scale, else by dot. */
function listOf(markers: readonly MapMarker[], scale: "world" | "region"): MapMarker[] {
  const merged = new Map<string, MapMarker>();
  for (const m of markers) {
    const key = scale === "world" ? m.href : m.key;
    const had = merged.get(key);
    merged.set(
      key,
      had ? { ...had, institutions: had.institutions + m.institutions, teams: had.teams + m.teams } : { ...m },
    );
  }
  return [...merged.values()].sort((a, b) => b.teams - a.teams || a.name.localeCompare(b.name, "en"));
}

/**
 * Where expertise is, server-rendered as SVG. At world scale a dot per country (supercluster
 * splits a large one), with its number of teams, leading to the country's page, which shows the
 * country zoomed in; there, institutions whose dots would overlap form a cluster that zooms in
 * further (`?area=`, no JavaScript needed). The drawing is one Tab stop; its dots are links for a
 * pointer, and the list under it is the same for the keyboard and screen readers.
 */
export function WorldMap({
  title,
  places,
  scale = "world",
  area = null,
  basePath,
}: {
  title: string;
  places: MapPlace[];
  scale?: "world" | "region";
  /** Zoomed to the cluster with this id (from a cluster's link). */
  area?: number | null;
  /** The page the map is on, for the clusters' zoom links (region scale). */
  basePath?: string;
}) {
  const shown =
    scale === "region" ? regionPlaces(places, area, pxPerDegree(viewOf(places, scale).projection, places)) : places;
  const view = viewOf(shown, scale);
  const ppd = pxPerDegree(view.projection, shown);
  const markers: MapMarker[] =
    scale === "world"
      ? worldMarkers(shown, ppd)
      : regionMarkers(shown, ppd, (id) => `${basePath ?? ""}?area=${id}#map`);
  const max = Math.max(1, ...markers.map((m) => m.teams));
  const placed = markers
    .map((m) => ({ ...m, xy: view.projection([m.lng, m.lat]) }))
    .filter((m): m is typeof m & { xy: [number, number] } => m.xy !== null)
    .sort((a, b) => b.teams - a.teams);
  const zoomed = scale === "region" && shown.length < places.length;
  const listed = listOf(markers, scale);
  const id = `map-${view.key.replace(/[^a-z0-9]/gi, "")}`;
  return (
    <figure id="map" className="overflow-hidden rounded-lg border border-slate-200 bg-white">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-auto w-full"
        role="group"
        aria-label={title}
        aria-describedby={`${id}-caption`}
        tabIndex={0}
      >
        <title>{title}</title>
        <path
          d={land(view.key, view.projection)}
          className="fill-slate-200 stroke-slate-300"
          strokeWidth={0.5}
          aria-hidden="true"
        />
        {placed.map((m) => {
          const r = 6 + 10 * Math.sqrt(m.teams / max);
          return (
            <Link key={m.key} href={m.href} aria-label={m.label} tabIndex={-1} className="no-underline">
              <circle
                cx={m.xy[0]}
                cy={m.xy[1]}
                r={r}
                className={`${m.kind === "institution" ? "fill-brand-600/80" : "fill-brand-700/85"} stroke-white hover:fill-amber-600`}
                strokeWidth={1.5}
              >
                <title>{m.label}</title>
              </circle>
              {m.kind !== "institution" || m.teams > 1 ? (
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
              ) : null}
            </Link>
          );
        })}
      </svg>
      <figcaption id={`${id}-caption`} className="border-t border-slate-100 px-3 py-2 text-xs text-slate-600">
        {scale === "world"
          ? "Each dot is a country's institutions with published teams, with the number of teams; choose one to see the country."
          : "Each dot is an institution, or several close together with the number of their teams; choose one to zoom in."}{" "}
        The list below says the same. Map: Natural Earth.
        {zoomed && basePath && (
          <>
            {" "}
            <Link href={`${basePath}#map`}>Show the whole map</Link>
          </>
        )}
      </figcaption>
      <details className="border-t border-slate-100 px-3 py-2 text-sm">
        <summary className="cursor-pointer text-brand-700">
          The map as a list (
          {scale === "world"
            ? `${listed.length} ${listed.length === 1 ? "country" : "countries"}`
            : plural(listed.length, "place")}
          )
        </summary>
        <ul className="mt-2 space-y-1" aria-label={`${title}: the list`}>
          {listed.map((m) => (
            <li key={m.key}>
              <Link href={m.href}>{m.name}</Link>
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

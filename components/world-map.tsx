import { geoEqualEarth, geoPath } from "d3-geo";
import type { FeatureCollection } from "geojson";
import Link from "next/link";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import land110m from "world-atlas/land-110m.json";

export interface MapDot {
  href: string;
  label: string;
  lat: number;
  lng: number;
  weight: number;
}

const WIDTH = 960;
const HEIGHT = 470;

let landPath: string | undefined;
function land(): string {
  // Natural Earth 1:110m land (public domain) via world-atlas; computed once per process.
  if (landPath === undefined) {
    const topo = land110m as unknown as Topology;
    const shapes = feature(topo, topo.objects.land!) as unknown as FeatureCollection;
    landPath = geoPath(projection()).digits(1)(shapes) ?? "";
  }
  return landPath;
}

function projection() {
  return geoEqualEarth().fitExtent(
    [
      [4, 4],
      [WIDTH - 4, HEIGHT - 4],
    ],
    { type: "Sphere" },
  );
}

/**
 * Where expertise is: a dot per institution, area by number of teams. Server-rendered SVG, so it
 * needs no client JavaScript; each dot is a link with an accessible name.
 */
export function WorldMap({ dots, title }: { dots: MapDot[]; title: string }) {
  const project = projection();
  const max = Math.max(1, ...dots.map((d) => d.weight));
  const placed = dots
    .map((d) => ({ ...d, xy: project([d.lng, d.lat]) }))
    .filter((d): d is typeof d & { xy: [number, number] } => d.xy !== null)
    .sort((a, b) => b.weight - a.weight);
  return (
    <figure className="overflow-hidden rounded-lg border border-slate-200 bg-white">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full" role="group" aria-label={title}>
        <title>{title}</title>
        <path d={land()} className="fill-slate-200 stroke-slate-300" strokeWidth={0.5} aria-hidden="true" />
        {placed.map((d) => (
          <Link key={d.href} href={d.href} aria-label={`${d.label}: ${d.weight} team${d.weight === 1 ? "" : "s"}`}>
            <circle
              cx={d.xy[0]}
              cy={d.xy[1]}
              r={3 + 7 * Math.sqrt(d.weight / max)}
              className="fill-brand-600/70 stroke-white hover:fill-amber-500"
              strokeWidth={1}
            >
              <title>{`${d.label}: ${d.weight} team${d.weight === 1 ? "" : "s"}`}</title>
            </circle>
          </Link>
        ))}
      </svg>
      <figcaption className="border-t border-slate-100 px-3 py-2 text-xs text-slate-500">
        Each dot is an institution with published teams; bigger dots have more. Map: Natural Earth.
      </figcaption>
    </figure>
  );
}

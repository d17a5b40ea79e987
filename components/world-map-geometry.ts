// The map's projection and land outline, shared by the map component (which places the dots) and
// the static outline image (app/map/land.svg/route.ts), so the two always line up.
import { geoEqualEarth, geoPath } from "d3-geo";
import type { FeatureCollection } from "geojson";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import land110m from "world-atlas/land-110m.json";

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;
/** Where the outline is served: built once, cached by browsers, not repeated in every page. */
export const LAND_OUTLINE_HREF = "/map/land.svg";

export function mapProjection() {
  return geoEqualEarth().fitExtent(
    [
      [4, 4],
      [MAP_WIDTH - 4, MAP_HEIGHT - 4],
    ],
    { type: "Sphere" },
  );
}

/** Natural Earth 1:110m land (public domain) via world-atlas, as a standalone SVG document. */
export function landOutlineSvg(): string {
  const topo = land110m as unknown as Topology;
  const shapes = feature(topo, topo.objects.land!) as unknown as FeatureCollection;
  const d = geoPath(mapProjection()).digits(1)(shapes) ?? "";
  // Tailwind's slate-200 fill and slate-300 stroke, as the map used inline.
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" width="${MAP_WIDTH}" height="${MAP_HEIGHT}"><path d="${d}" fill="#e2e8f0" stroke="#cbd5e1" stroke-width="0.5"/></svg>`;
}

import { LAND_OUTLINE_HREF, MAP_HEIGHT as HEIGHT, MAP_WIDTH as WIDTH, mapProjection } from "./world-map-geometry";

export interface MapDot {
  href: string;
  label: string;
  lat: number;
  lng: number;
  weight: number;
}

/**
 * Where expertise is: a dot per institution, area by number of teams. Server-rendered SVG, so it
 * needs no client JavaScript; each dot is a link with an accessible name.
 */
export function WorldMap({ dots, title }: { dots: MapDot[]; title: string }) {
  const project = mapProjection();
  const max = Math.max(1, ...dots.map((d) => d.weight));
  const placed = dots
    .map((d) => ({ ...d, xy: project([d.lng, d.lat]) }))
    .filter((d): d is typeof d & { xy: [number, number] } => d.xy !== null)
    .sort((a, b) => b.weight - a.weight);
  return (
    <figure className="overflow-hidden rounded-lg border border-slate-200 bg-white">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full" role="group" aria-label={title}>
        <title>{title}</title>
        {/* The outline is an image of its own (56 KB of path): inline, every page would carry it twice. */}
        <image href={LAND_OUTLINE_HREF} width={WIDTH} height={HEIGHT} aria-hidden="true" />
        {placed.map((d) => (
          // Plain SVG links: a next/link per dot would ship and hydrate one client component each
          // and prefetch every institution page as soon as the map scrolls into view.
          <a key={d.href} href={d.href} aria-label={`${d.label}: ${d.weight} team${d.weight === 1 ? "" : "s"}`}>
            <circle
              cx={d.xy[0]}
              cy={d.xy[1]}
              r={3 + 7 * Math.sqrt(d.weight / max)}
              className="fill-brand-600/70 stroke-white hover:fill-amber-500"
              strokeWidth={1}
            >
              <title>{`${d.label}: ${d.weight} team${d.weight === 1 ? "" : "s"}`}</title>
            </circle>
          </a>
        ))}
      </svg>
      <figcaption className="border-t border-slate-100 px-3 py-2 text-xs text-slate-500">
        Each dot is an institution with published teams; bigger dots have more. Map: Natural Earth.
      </figcaption>
    </figure>
  );
}

import { LAND_OUTLINE_HREF, MAP_HEIGHT as HEIGHT, MAP_WIDTH as WIDTH, mapProjection } from "./world-map-geometry";

export interface MapDot {
  href: string;
  label: string;
  lat: number;
  lng: number;
  weight: number;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
const round = (n: number) => Math.round(n * 10) / 10;

/** Each dot is a link with an accessible name and a tooltip; labels are escaped. */
export function dotsMarkup(placed: readonly (MapDot & { xy: [number, number] })[], max: number): string {
  return placed
    .map((d) => {
      const label = escapeHtml(`${d.label}: ${d.weight} team${d.weight === 1 ? "" : "s"}`);
      const r = round(3 + 7 * Math.sqrt(d.weight / max));
      return `<a href="${escapeHtml(d.href)}" aria-label="${label}"><circle cx="${round(d.xy[0])}" cy="${round(d.xy[1])}" r="${r}"><title>${label}</title></circle></a>`;
    })
    .join("");
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
        {/* The dots as one piece of markup: a few hundred SVG elements that the browser does not
            have to hydrate one by one, and no next/link per dot (each shipped a client component
            and prefetched its institution page as soon as the map scrolled into view). Fill and
            stroke are inherited from the group. */}
        <g
          className="fill-brand-600/70 stroke-white [&>a:focus]:fill-amber-500 [&>a:hover]:fill-amber-500"
          strokeWidth={1}
          dangerouslySetInnerHTML={{ __html: dotsMarkup(placed, max) }}
        />
      </svg>
      <figcaption className="border-t border-slate-100 px-3 py-2 text-xs text-slate-500">
        Each dot is an institution with published teams; bigger dots have more. Map: Natural Earth.
      </figcaption>
    </figure>
  );
}

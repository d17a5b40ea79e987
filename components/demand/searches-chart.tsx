import type { DayCount } from "@/lib/demand/aggregate";
import { layoutBarChart, shortDate } from "@/lib/demand/chart";

/**
 * Searches per day as a bar chart, the part of each bar that found nothing in a second colour.
 * Server-rendered SVG (no client JavaScript), announced as one image with a written summary; the
 * numbers themselves are in the table below it.
 */
export function SearchesChart({ days, id = "searches-chart" }: { days: DayCount[]; id?: string }) {
  const chart = layoutBarChart(days);
  const total = days.reduce((s, d) => s + d.searches, 0);
  const zero = days.reduce((s, d) => s + d.zeroResults, 0);
  const busiest = days.reduce<DayCount | null>((best, d) => (d.searches > (best?.searches ?? 0) ? d : best), null);
  const first = days[0];
  const last = days.at(-1);
  const title = `Searches per day${first && last ? `, ${shortDate(first.day)} to ${shortDate(last.day)}` : ""}`;
  const summary =
    total === 0
      ? "Nobody searched in this period."
      : `${total} search${total === 1 ? "" : "es"} in all, ${zero} of which found nothing. Busiest day: ${shortDate(busiest!.day)}, with ${busiest!.searches}.`;
  const { plot } = chart;
  return (
    <figure className="space-y-3">
      <div className="overflow-hidden rounded-lg border border-slate-200 bg-white p-2">
        <svg
          viewBox={`0 0 ${chart.width} ${chart.height}`}
          className="h-auto w-full"
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
        >
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{summary}</desc>
          {chart.ticks.map((t) => (
            <g key={t.value}>
              <line x1={plot.left} x2={plot.right} y1={t.y} y2={t.y} className="stroke-slate-200" strokeWidth={1} />
              <text x={plot.left - 6} y={t.y + 4} textAnchor="end" className="fill-slate-700 text-[11px]">
                {t.value}
              </text>
            </g>
          ))}
          {chart.bars.map((b) => (
            <g key={b.day}>
              {b.height > 0 && <rect x={b.x} y={b.y} width={b.width} height={b.height} className="fill-brand-600" />}
              {b.zeroHeight > 0 && (
                <rect x={b.x} y={b.zeroY} width={b.width} height={b.zeroHeight} className="fill-amber-500" />
              )}
            </g>
          ))}
          <line
            x1={plot.left}
            x2={plot.right}
            y1={plot.bottom}
            y2={plot.bottom}
            className="stroke-slate-500"
            strokeWidth={1}
          />
          {chart.labels.map((l) => (
            <text key={l.x} x={l.x} y={plot.bottom + 16} textAnchor="middle" className="fill-slate-700 text-[11px]">
              {l.text}
            </text>
          ))}
        </svg>
      </div>
      <figcaption className="flex flex-wrap items-center gap-4 text-sm text-slate-700">
        <span>
          <span aria-hidden="true" className="mr-1 inline-block h-3 w-3 bg-brand-600 align-middle" /> Searches that
          found teams
        </span>
        <span>
          <span aria-hidden="true" className="mr-1 inline-block h-3 w-3 bg-amber-500 align-middle" /> Searches that
          found nothing
        </span>
      </figcaption>
      <details className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
        <summary className="cursor-pointer font-medium">Searches per day as a table</summary>
        <table className="mt-2 w-full max-w-md border-collapse text-left">
          <caption className="sr-only">{title}</caption>
          <thead className="border-b border-slate-300">
            <tr>
              <th scope="col" className="p-1">
                Day
              </th>
              <th scope="col" className="p-1 text-right">
                Searches
              </th>
              <th scope="col" className="p-1 text-right">
                Found nothing
              </th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.day} className="border-b border-slate-100">
                <th scope="row" className="p-1 font-normal">
                  <time dateTime={d.day}>{shortDate(d.day)}</time>
                </th>
                <td className="p-1 text-right">{d.searches}</td>
                <td className="p-1 text-right">{d.zeroResults}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

// The geometry of the searches-per-day bar chart, computed here (pure, tested) and drawn as
// server-rendered SVG by components/demand/searches-chart.tsx.
import type { DayCount } from "./aggregate";

export interface ChartBar extends DayCount {
  x: number;
  width: number;
  /** The whole bar: every search that day. */
  y: number;
  height: number;
  /** The part of it that found nothing, drawn at the bottom. */
  zeroY: number;
  zeroHeight: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  max: number;
  ticks: { value: number; y: number }[];
  bars: ChartBar[];
  labels: { x: number; text: string }[];
}

/** The smallest of 1, 2, 5, 10, 20, 50… at or above n (1 for an empty chart). */
export function niceCeiling(n: number): number {
  if (!(n > 1)) return 1;
  const p = 10 ** Math.floor(Math.log10(n));
  for (const m of [1, 2, 5, 10]) if (m * p >= n) return m * p;
  return 10 * p;
}

export function shortDate(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
}

export function layoutBarChart(days: readonly DayCount[], size = { width: 720, height: 240 }): ChartLayout {
  const plot = { left: 44, top: 12, right: size.width - 8, bottom: size.height - 28 };
  const max = niceCeiling(Math.max(0, ...days.map((d) => d.searches)));
  const step = max <= 5 ? 1 : max / 5;
  const yOf = (v: number) => plot.bottom - ((plot.bottom - plot.top) * v) / max;
  const ticks = Array.from({ length: Math.round(max / step) + 1 }, (_, i) => ({ value: i * step, y: yOf(i * step) }));
  const slot = (plot.right - plot.left) / Math.max(1, days.length);
  const width = Math.max(1, slot * 0.75);
  const bars = days.map((d, i) => {
    const x = plot.left + i * slot + (slot - width) / 2;
    const y = yOf(d.searches);
    const zeroY = yOf(Math.min(d.zeroResults, d.searches));
    return { ...d, x, width, y, height: plot.bottom - y, zeroY, zeroHeight: plot.bottom - zeroY };
  });
  // About eight date labels whatever the period, always including the first day.
  const every = Math.max(1, Math.ceil(days.length / 8));
  const labels = bars.filter((_, i) => i % every === 0).map((b) => ({ x: b.x + b.width / 2, text: shortDate(b.day) }));
  return { width: size.width, height: size.height, plot, max, ticks, bars, labels };
}

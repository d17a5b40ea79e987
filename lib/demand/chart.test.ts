import { describe, expect, it } from "vitest";
import { layoutBarChart, niceCeiling } from "./chart";
import { daySeries } from "./aggregate";

describe("niceCeiling", () => {
  it.each([
    [0, 1],
    [1, 1],
    [3, 5],
    [7, 10],
    [11, 20],
    [48, 50],
    [51, 100],
    [1200, 2000],
  ])("%d → %d", (n, expected) => expect(niceCeiling(n)).toBe(expected));
});

describe("layoutBarChart", () => {
  const days = [
    { day: "2026-11-01", searches: 10, zeroResults: 5 },
    { day: "2026-11-02", searches: 0, zeroResults: 0 },
    { day: "2026-11-03", searches: 4, zeroResults: 4 },
  ];
  const chart = layoutBarChart(days, { width: 344, height: 140 });

  it("draws bars in proportion to the searches, with the part that found nothing at the bottom", () => {
    const { top, bottom } = chart.plot;
    expect(chart.max).toBe(10);
    const [a, b, c] = chart.bars;
    expect(a!.y).toBeCloseTo(top);
    expect(a!.height).toBeCloseTo(bottom - top);
    expect(a!.zeroHeight).toBeCloseTo((bottom - top) / 2);
    expect(a!.zeroY).toBeCloseTo(bottom - (bottom - top) / 2);
    expect(b!.height).toBe(0);
    expect(c!.height).toBeCloseTo(c!.zeroHeight);
    expect(c!.height).toBeCloseTo(0.4 * (bottom - top));
  });

  it("places bars left to right without overlapping", () => {
    for (let i = 1; i < chart.bars.length; i++)
      expect(chart.bars[i]!.x).toBeGreaterThanOrEqual(chart.bars[i - 1]!.x + chart.bars[i - 1]!.width);
    expect(chart.bars.at(-1)!.x + chart.bars.at(-1)!.width).toBeLessThanOrEqual(chart.plot.right);
  });

  it("has whole-number ticks from 0 to the top, and about eight date labels", () => {
    expect(chart.ticks.map((t) => t.value)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(layoutBarChart([{ day: "2026-11-01", searches: 3, zeroResults: 0 }]).ticks.map((t) => t.value)).toEqual([
      0, 1, 2, 3, 4, 5,
    ]);
    const ninety = layoutBarChart(daySeries(new Date("2026-08-26T00:00:00Z"), 90, []));
    expect(ninety.labels.length).toBeLessThanOrEqual(8);
    expect(ninety.labels[0]!.text).toBe("26 Aug");
    expect(ninety.max).toBe(1);
  });
});

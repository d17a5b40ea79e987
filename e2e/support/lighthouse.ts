// Lighthouse 12 (pinned: newer majors need Node 22) against the running production build, in the
// same Chromium as the rest of the suite, with Lighthouse's defaults: mobile emulation, simulated
// throttling, the four categories. One Chromium per page, as Lighthouse recommends.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

export const LIGHTHOUSE_CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number];

export interface LighthouseFigures {
  url: string;
  /** 0–100 per category. */
  scores: Record<LighthouseCategory, number>;
  totalBlockingTimeMs: number;
  largestContentfulPaintMs: number;
  /** Lighthouse's measure of this machine's speed at the time (lower: slower or busier). */
  benchmarkIndex: number;
  /** Audits that did not pass, for the failure message. */
  failing: string[];
}

export async function runLighthouse(url: string): Promise<LighthouseFigures> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error" });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(
      LIGHTHOUSE_CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
    ) as Record<LighthouseCategory, number>;
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative")
      .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ""}`);
    return {
      url,
      scores,
      totalBlockingTimeMs: Math.round(lhr.audits["total-blocking-time"]?.numericValue ?? Number.NaN),
      largestContentfulPaintMs: Math.round(lhr.audits["largest-contentful-paint"]?.numericValue ?? Number.NaN),
      benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
      failing,
    };
  } finally {
    await chrome.kill();
  }
}

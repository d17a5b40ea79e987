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

/** Runs after the first that end in a Lighthouse runtime error (a trace flake such as NO_NAVSTART). */
export const LIGHTHOUSE_RETRIES = 2;

/**
 * Lighthouse on `url`, run again (up to LIGHTHOUSE_RETRIES more times, each in a fresh Chromium)
 * when a run ends in a runtime error: that is a failed measurement with no score, not a slow page.
 */
export async function runLighthouse(url: string): Promise<LighthouseFigures> {
  for (let attempt = 0; ; attempt++) {
    const outcome = await runOnce(url);
    if (!("runtimeError" in outcome)) return outcome;
    const { code, message } = outcome.runtimeError;
    if (attempt >= LIGHTHOUSE_RETRIES)
      throw new Error(`Lighthouse could not measure ${url} in ${attempt + 1} runs: ${code}: ${message}`);
    console.warn(`Lighthouse runtime error on ${url} (${code}: ${message}); running it again.`);
  }
}

async function runOnce(url: string): Promise<LighthouseFigures | { runtimeError: { code: string; message: string } }> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error" });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError)
      return { runtimeError: { code: String(lhr.runtimeError.code), message: lhr.runtimeError.message } };
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

// Lighthouse on the pages people open most, against the production build: every category at
// least 90 here (the targets, 95 and more, are in README's performance section). Mobile defaults
// scale the CPU time observed on this machine, so a machine busy with other work scores lower: the
// host's benchmark index is in every message.
import { expect, test } from "@playwright/test";
import { LIGHTHOUSE_CATEGORIES, runLighthouse } from "./support/lighthouse";

const FLOOR = 90;

async function profilePath(baseURL: string): Promise<string> {
  const res = await fetch(`${baseURL}/api/v1/teams?q=water+treatment`);
  const body = (await res.json()) as { results: { slug: string }[] };
  expect(body.results.length).toBeGreaterThan(0);
  return `/teams/${body.results[0]!.slug}`;
}

for (const [name, path] of [
  ["home", "/"],
  ["search", "/search?q=water+treatment"],
  ["a profile", null],
] as const) {
  test(`Lighthouse: ${name} scores at least ${FLOOR} in every category`, async ({ baseURL }) => {
    test.setTimeout(180_000);
    const url = `${baseURL}${path ?? (await profilePath(String(baseURL)))}`;
    // The first view after start fills the page and search caches; Lighthouse measures a warm server.
    await fetch(url);
    const f = await runLighthouse(url);
    const summary = `${LIGHTHOUSE_CATEGORIES.map((c) => `${c} ${f.scores[c]}`).join(", ")}; TBT ${f.totalBlockingTimeMs} ms, LCP ${f.largestContentfulPaintMs} ms; host benchmark index ${f.benchmarkIndex}`;
    test.info().annotations.push({ type: "lighthouse", description: `${path ?? "/teams/<slug>"}: ${summary}` });
    console.log(`Lighthouse ${path ?? "/teams/<slug>"}: ${summary}`);
    for (const c of LIGHTHOUSE_CATEGORIES)
      expect
        .soft(f.scores[c], `${c} on ${url} (${summary}); audits below 0.9: ${f.failing.join(", ")}`)
        .toBeGreaterThanOrEqual(FLOOR);
  });
}

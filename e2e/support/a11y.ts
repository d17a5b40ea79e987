import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Chromium's console errors for anything the Content-Security-Policy blocked on this page. */
export async function cspViolations(page: Page): Promise<string[]> {
  return (await page.consoleMessages())
    .filter(
      (m) =>
        m.type() === "error" && /Content Security Policy|Refused to (load|execute|apply|connect|frame)/.test(m.text()),
    )
    .map((m) => `${m.text().slice(0, 300)} (${page.url()})`);
}

/**
 * Fails on serious or critical axe violations, listing them readably — and, since every spec calls
 * this on every page it visits, on any CSP violation the page logged.
 */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    bad.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    ),
  ).toEqual([]);
  expect(await cspViolations(page), "no Content-Security-Policy violations").toEqual([]);
}

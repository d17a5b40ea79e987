import { expect, type Page } from "@playwright/test";

/** The site footer, present on every page. */
export function footerLink(page: Page, name: string) {
  return page.getByRole("contentinfo").getByRole("link", { name, exact: true });
}

/** The page's schema.org JSON-LD, parsed (one block per page). */
export async function jsonLd(page: Page): Promise<Record<string, unknown>> {
  const blocks = page.locator('script[type="application/ld+json"]');
  await expect(blocks).toHaveCount(1);
  return JSON.parse((await blocks.textContent()) ?? "{}") as Record<string, unknown>;
}

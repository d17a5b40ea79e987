// Bad input from the address bar never produces a 500 or a stack trace.
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/a11y";

const notFoundPaths = [
  "/teams/no-such-team",
  "/teams/..%2F..%2Fetc%2Fpasswd",
  "/teams/%00",
  "/teams/UPPER-case",
  `/teams/${"x".repeat(5000)}`,
  "/institutions/no-such-place",
  "/institutions/%3Cscript%3E",
  "/countries/zz",
  "/countries/gbr",
  "/countries/12",
  "/no/such/page",
];

for (const path of notFoundPaths) {
  test(`friendly 404 for ${path.slice(0, 60)}`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "We could not find that page" })).toBeVisible();
    expect(await page.content()).not.toMatch(/at .*\.js:\d+|Error:/);
  });
}

test("the 404 page is accessible", async ({ page }) => {
  await page.goto("/teams/no-such-team");
  await expectAccessible(page);
});

for (const query of [
  "?page=-1",
  "?page=0",
  "?page=1e9",
  "?page=abc",
  `?page=${"9".repeat(40)}`,
  "?country=XX",
  "?field=%00",
  `?country=${"a".repeat(10000)}`,
]) {
  test(`browse explains bad parameters ${query.slice(0, 40)}`, async ({ page }) => {
    const response = await page.goto(`/teams${query}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("alert").filter({ hasText: "was not understood" })).toBeVisible();
    await expect(page.locator("article").first()).toBeVisible();
  });
}

test("a page past the last one says so and links back", async ({ page }) => {
  const response = await page.goto("/teams?page=9999");
  expect(response?.status()).toBe(200);
  await expect(page.getByText(/There is no page 9999/)).toBeVisible();
  await page.getByRole("link", { name: "Start again from page 1" }).click();
  await expect(page.locator("article").first()).toBeVisible();
});

test("health endpoint reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({ ok: true, database: { ok: true, journalMode: "wal" } });
  expect(body.database.publishedTeams).toBeGreaterThanOrEqual(150);
});

test("every response carries security headers", async ({ request }) => {
  for (const path of ["/", "/teams", "/api/health", "/teams/no-such-team"]) {
    const response = await request.get(path);
    const h = response.headers();
    expect(h["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(h["x-powered-by"], path).toBeUndefined();
  }
});

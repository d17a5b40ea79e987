// Journeys on a 390×844 phone: results before filters (behind "Filter (n)", with or without
// JavaScript), a profile's "Request an introduction" in reach while scrolling, the compare table
// stacked, and a 120-character unbroken name that never overflows its card.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { ResultsPage } from "./support/discovery";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
test.describe.configure({ timeout: 120_000 });

const COBOT = {
  slug: "tum-cobot-automation-small-manufacturers",
  name: "Collaborative Robotics for Small Manufacturers",
};

async function noSidewaysScroll(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(client);
}

test("results come first; the filters are behind a Filter (n) button", async ({ page }) => {
  const results = new ResultsPage(page);
  await results.open("manufacturing");
  const first = results.results().first();
  await expect(first).toBeInViewport();
  const filter = page.getByText(/^Filter \(0\)/);
  await expect(filter).toBeVisible();
  await expect(page.getByRole("button", { name: "Apply filters" })).toBeHidden();
  await expectAccessible(page);

  await filter.click();
  const country = page.getByRole("group", { name: "Country" });
  await expect(country).toBeVisible();
  await country.getByRole("checkbox").first().check();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/country=/);
  await expect(page.getByText(/^Filter \(1\)/)).toBeVisible();
  await expect(results.results().first()).toBeInViewport();
  await noSidewaysScroll(page);
  await expectAccessible(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the Filter (n) disclosure opens and filters", async ({ page }) => {
    await page.goto("/search?q=manufacturing");
    await page.getByText(/^Filter \(0\)/).click();
    await page.getByRole("group", { name: "Country" }).getByRole("checkbox").first().check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/country=/);
    await expect(page.getByText(/^Filter \(1\)/)).toBeVisible();
  });
});

test("a profile keeps Request an introduction near the top and in reach while scrolling", async ({ page }) => {
  await page.goto(`/teams/${COBOT.slug}`);
  const request = page.getByRole("link", { name: "Request an introduction" }).first();
  await expect(request).toBeInViewport();
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
  await expect(request).toBeInViewport();
  await noSidewaysScroll(page);
  await expectAccessible(page);
});

test("the compare table stacks on a phone", async ({ page }) => {
  await page.goto(`/compare?teams=${COBOT.slug}&teams=manchester-graphene-coatings`);
  await expect(page.getByRole("table")).toBeHidden();
  const stacked = page.getByRole("list", { name: "The chosen teams" });
  await expect(stacked.getByRole("region", { name: COBOT.name })).toBeVisible();
  await expect(
    stacked.getByRole("region", { name: COBOT.name }).getByText("Ways to work, indicative cost"),
  ).toBeVisible();
  await noSidewaysScroll(page);
  await expectAccessible(page);
});

test("a 120-character unbroken name never overflows its card", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail address").fill("member@demo.expertise-atlas.example");
  await page.getByLabel("Password").fill("demo-member-password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.goto("/dashboard/teams/new");
  const word = "Pneumonoultramicroscopicsilicovolcanoconiosis".repeat(3).slice(0, 120);
  expect(word).toHaveLength(120);
  await page.getByLabel("Team name").fill(word);
  const preview = page.getByRole("region", { name: "Live preview" });
  const card = preview.getByRole("article").filter({ has: page.getByRole("heading", { level: 3, name: word }) });
  await expect(card).toBeVisible();
  const fits = await card.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const heading = el.querySelector("h3")!.getBoundingClientRect();
    return {
      card: box.right <= document.documentElement.clientWidth + 0.5,
      heading: heading.right <= box.right + 0.5,
      inner: el.scrollWidth <= el.clientWidth,
    };
  });
  expect(fits).toEqual({ card: true, heading: true, inner: true });
  await noSidewaysScroll(page);
  await expectAccessible(page);
});

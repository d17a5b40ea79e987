// Journey: a firm lands on the register, browses teams by country and field, reads a team's
// profile, and follows it to the institution and the country.
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { BrowsePage, HomePage } from "./support/pages";

test("home page says what the register is and shows where expertise is", async ({ page }) => {
  const home = new HomePage(page);
  await home.open();
  await expect(page).toHaveTitle(/Expertise Atlas/);
  expect(Number(await home.count("Teams").textContent())).toBeGreaterThanOrEqual(150);
  expect(Number(await home.count("Institutions").textContent())).toBeGreaterThanOrEqual(60);
  expect(Number(await home.count("Countries").textContent())).toBeGreaterThanOrEqual(30);
  await expect(page.getByRole("group", { name: "Map of institutions with published teams" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Teams by world region" })).toBeVisible();
  await expect(home.searchBox()).toBeVisible();
  const description = await page.locator('meta[name="description"]').getAttribute("content");
  expect(description?.length).toBeGreaterThan(50);
  await expectAccessible(page);
});

test("browse, filter by country and field, and page through teams", async ({ page }) => {
  const browse = new BrowsePage(page);
  await browse.open();
  await expect(page.getByRole("heading", { name: "Browse teams", level: 1 })).toBeVisible();
  await expect(browse.teamLinks()).toHaveCount(20);
  await expectAccessible(page);

  await browse.pagination().getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(browse.pagination().locator('[aria-current="page"]')).toHaveText("2");

  await browse.filter("United Kingdom", null);
  await expect(page).toHaveURL(/country=GB/);
  await expect(page.getByText(/published teams? in United Kingdom/)).toBeVisible();
  const firstCard = page.locator("article").first();
  await expect(firstCard).toContainText("United Kingdom");

  await browse.filter(null, "Agricultural sciences");
  await expect(page).toHaveURL(/field=4/);
  await expect(page.getByText(/in United Kingdom in Agricultural sciences/)).toBeVisible();
});

test("a team profile shows the listing, says it is demo data, and hides the contact e-mail", async ({ page }) => {
  const browse = new BrowsePage(page);
  await browse.open();
  const link = browse.teamLinks().first();
  const name = (await link.textContent())!;
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByRole("note")).toContainText("Demonstration data");
  await expect(page.getByRole("heading", { name: "Ways to work together" })).toBeVisible();
  await expect(page.getByText("Languages spoken")).toBeVisible();
  expect(await page.content()).not.toContain("@demo.expertise-atlas.example");
  await expect(page).toHaveTitle(new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  await expectAccessible(page);

  const institutionLink = page.locator("header p a").first();
  const institution = (await institutionLink.textContent())!;
  await institutionLink.click();
  await expect(page.getByRole("heading", { level: 1, name: institution })).toBeVisible();
  await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
  await expectAccessible(page);

  await page.locator("header p a").first().click();
  await expect(page).toHaveURL(/\/countries\/[a-z]{2}$/);
  await expect(page.getByRole("heading", { name: "Institutions" })).toBeVisible();
  await expect(page.getByRole("complementary").getByRole("link", { name: institution, exact: true })).toBeVisible();
  await expectAccessible(page);
});

test("countries index groups countries by world region", async ({ page }) => {
  await page.goto("/countries");
  for (const region of ["Europe", "Asia", "Africa", "North America", "South America", "Oceania"]) {
    await expect(page.getByRole("heading", { name: region, level: 2 })).toBeVisible();
  }
  await page.getByRole("link", { name: /Brazil/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Brazil/ })).toBeVisible();
  await expectAccessible(page);
});

test("pages read without client JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/teams?country=IN");
  await expect(page.locator("article").first()).toContainText("India");
  await page.locator("article h3 a").first().click();
  await expect(page.getByRole("heading", { name: "Ways to work together" })).toBeVisible();
  await context.close();
});

test("works on a phone-sized screen", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto("/");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await page.goto("/teams");
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
});

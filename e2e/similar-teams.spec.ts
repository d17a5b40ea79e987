// Journey: a firm reads a water treatment team's profile, sees teams with similar expertise in
// other institutions and countries with what they have in common, and follows one. An API
// client gets the same list as JSON.
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { ProfilePage } from "./support/search-features";

test("a profile shows teams with similar expertise, and one can be followed", async ({ page }) => {
  const profile = new ProfilePage(page);
  await profile.open("cranfield-water-treatment");
  await expect(
    page.getByRole("heading", { level: 1, name: "Small-Scale Water and Wastewater Treatment" }),
  ).toBeVisible();
  await expect(profile.similar()).toBeVisible();
  const count = await profile.similarCards().count();
  expect(count).toBeGreaterThan(1);
  expect(count).toBeLessThanOrEqual(6);
  const names = await profile.similarNames().allTextContents();
  expect(names).not.toContain("Small-Scale Water and Wastewater Treatment");
  expect(names).toContain("Water and Wastewater Treatment for Industry");
  await expect(profile.similarCards().first()).toContainText("In common:");
  await expect(profile.similarCards().first()).toContainText("Matched in:");
  await expect(profile.similarCards().first().locator("mark").first()).toBeVisible();
  await expectAccessible(page);

  await profile.similar().getByRole("link", { name: "Water and Wastewater Treatment for Industry" }).click();
  await expect(page).toHaveURL(/\/teams\/uwaterloo-industrial-water-treatment$/);
  await expect(
    page.getByRole("heading", { level: 1, name: "Water and Wastewater Treatment for Industry" }),
  ).toBeVisible();
  await expect(profile.similarNames()).toContainText(["Small-Scale Water and Wastewater Treatment"]);
  await expectAccessible(page);
});

test("a listing written in Spanish shows the English listings about the same need as similar", async ({ page }) => {
  const profile = new ProfilePage(page);
  await profile.open("ujaen-aguas-residuales-almazaras");
  await expect(page.getByRole("heading", { level: 1, name: /Tratamiento de Agua Residual/ })).toBeVisible();
  await expect(profile.similar()).toBeVisible();
  await expect(profile.similarNames()).toContainText(["Small-Scale Water and Wastewater Treatment"]);
  await expectAccessible(page);
});

test("the JSON API serves the same similar teams", async ({ page, request }) => {
  const profile = new ProfilePage(page);
  await profile.open("stellenbosch-fruit-export-cold-chain");
  const shown = await profile.similarNames().allTextContents();
  const res = await request.get("/api/v1/teams/stellenbosch-fruit-export-cold-chain/similar");
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { results: { name: string; slug: string; sharedTerms: string[] }[] };
  expect(body.results.map((r) => r.name)).toEqual(shown);
  expect(body.results.map((r) => r.slug)).not.toContain("stellenbosch-fruit-export-cold-chain");
  expect((await request.get("/api/v1/teams/no-such-team/similar")).status()).toBe(404);
  const bad = await request.get("/api/v1/teams/stellenbosch-fruit-export-cold-chain/similar?limit=99");
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/limit/);
});

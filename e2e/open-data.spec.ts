// Journeys: the register as open data (issue 11, points 19–23). A crawler reads robots.txt and the
// sitemap and lands on a profile; a re-user reads the API page and calls the API it describes; a
// search engine reads the JSON-LD on a profile and an institution page; a visitor finds the
// accessibility statement and the status page from the footer.
import { expect, test } from "@playwright/test";
import { expectAccessiblePage } from "./support/accounts";
import { footerLink, jsonLd } from "./support/open-data";

const TEAM = "manchester-graphene-coatings";

test("robots.txt names the sitemap, which lists public pages with their last change (19)", async ({
  page,
  request,
  baseURL,
}) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  for (const path of ["/account", "/curate", "/dashboard", "/admin"]) expect(robots).toContain(`Disallow: ${path}`);

  const res = await request.get("/sitemap.xml");
  expect(res.headers()["content-type"]).toMatch(/^application\/xml/);
  const xml = await res.text();
  expect(xml).toMatch(new RegExp(`<loc>${baseURL}/teams/${TEAM}</loc><lastmod>\\d{4}-\\d\\d-\\d\\dT`));
  expect(xml).toContain(`<loc>${baseURL}/institutions/university-of-manchester</loc>`);
  expect(xml).toContain(`<loc>${baseURL}/countries/gb</loc>`);
  expect(xml).toContain(`<loc>${baseURL}/collections/agri-food-teams-in-the-global-south</loc>`);
  expect(xml).not.toContain(`${baseURL}/curate`);

  await page.goto(`/teams/${TEAM}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessiblePage(page);
});

test("the API page documents each endpoint, and the API answers as it says (20)", async ({ page, request }) => {
  await page.goto("/");
  await footerLink(page, "Open data and API").click();
  await expect(page.getByRole("heading", { level: 1, name: "Open data and API" })).toBeVisible();
  const endpoints = page.getByRole("navigation", { name: "Endpoints" });
  for (const path of ["/api/v1/teams", "/api/v1/teams/{slug}", "/api/v1/institutions", "/api/v1/institutions/{slug}"])
    await expect(endpoints.getByRole("link", { name: `GET ${path}`, exact: true })).toBeVisible();
  await endpoints.getByRole("link", { name: "GET /api/v1/teams/{slug}", exact: true }).click();
  await expect(page.getByRole("heading", { level: 3, name: /One team/ })).toBeInViewport();
  await expect(page.getByRole("list", { name: "Parameters of One team" }).getByRole("listitem").first()).toContainText(
    "slug (path, required, string)",
  );
  await expect(page.getByRole("heading", { name: "Rate limit" })).toBeVisible();
  await expectAccessiblePage(page);

  const description = await request.get("/api/v1/openapi.json");
  expect(description.headers()["content-type"]).toMatch(/^application\/json/);
  expect(await description.json()).toMatchObject({ openapi: "3.1.0", paths: { "/api/v1/teams/{slug}": {} } });

  const one = await request.get(`/api/v1/teams/${TEAM}`);
  expect(one.status()).toBe(200);
  expect(await one.json()).toMatchObject({
    slug: TEAM,
    institution: { rorId: expect.stringMatching(/^https:\/\/ror\.org\//) },
  });
  expect(one.headers()["ratelimit-policy"]).toMatch(/^\d+;w=60$/);
  const again = await request.get(`/api/v1/teams/${TEAM}`, { headers: { "If-None-Match": one.headers()["etag"]! } });
  expect(again.status()).toBe(304);
  const list = await request.get("/api/v1/institutions?country=GB&hasTeams=true&pageSize=5");
  expect(await list.json()).toMatchObject({ institutions: expect.any(Array), page: 1 });
  expect((await request.get("/api/v1/institutions?colour=red")).status()).toBe(400);
});

test("profiles and institution pages carry schema.org JSON-LD (21)", async ({ page }) => {
  await page.goto(`/teams/${TEAM}`);
  const team = await jsonLd(page);
  expect(team).toMatchObject({
    "@context": "https://schema.org",
    "@type": "ResearchOrganization",
    parentOrganization: {
      name: "University of Manchester",
      identifier: { propertyID: "ROR", value: expect.stringMatching(/^https:\/\/ror\.org\//) },
    },
    knowsLanguage: expect.arrayContaining(["en"]),
    areaServed: expect.arrayContaining([expect.objectContaining({ "@type": "Country", identifier: "GB" })]),
  });
  expect((team.knowsAbout as string[]).length).toBeGreaterThan(0);
  await expectAccessiblePage(page);

  await page.getByRole("main").getByRole("link", { name: "University of Manchester" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "University of Manchester" })).toBeVisible();
  const institution = await jsonLd(page);
  expect(institution).toMatchObject({
    "@type": "CollegeOrUniversity",
    identifier: { propertyID: "ROR" },
    subOrganization: expect.arrayContaining([
      expect.objectContaining({ url: expect.stringContaining(`/teams/${TEAM}`) }),
    ]),
  });
  await expectAccessiblePage(page);
});

test("every page's footer links to the accessibility statement (22)", async ({ page }) => {
  await page.goto(`/teams/${TEAM}`);
  await footerLink(page, "Accessibility").click();
  await expect(page.getByRole("heading", { level: 1, name: "Accessibility statement" })).toBeVisible();
  const main = page.getByRole("main");
  await expect(main).toContainText("WCAG) version 2.2");
  await expect(main).toContainText("level AA");
  await expect(main).toContainText("axe-core");
  await expect(main).toContainText("Lighthouse");
  expect(
    await main.getByRole("list", { name: "Known accessibility issues" }).getByRole("listitem").count(),
  ).toBeGreaterThan(0);
  await expect(main.getByRole("heading", { name: "Reporting accessibility problems" })).toBeVisible();
  await expectAccessiblePage(page);
  await page.goto("/collections");
  await expect(footerLink(page, "Accessibility")).toHaveAttribute("href", "/accessibility");
});

test("the footer's Status link opens a page for people; /api/health stays JSON (23)", async ({ page, request }) => {
  await page.goto("/search?q=graphene");
  await footerLink(page, "Status").click();
  await expect(page).toHaveURL(/\/status$/);
  await expect(page.getByRole("heading", { level: 1, name: "Service status" })).toBeVisible();
  // Other journeys may have left e-mail queued; the banner says which it is.
  await expect(page.getByRole("status")).toHaveText(
    /^(Everything is working\.|Something needs attention: see below\.)$/,
  );
  const rows = page.getByRole("main").getByRole("definition");
  await expect(page.getByRole("term")).toHaveText(["Database", "Search index", "E-mail"]);
  await expect(rows.nth(0)).toContainText("Working");
  await expect(rows.nth(1)).toContainText(/Up to date|Catching up/);
  await expectAccessiblePage(page);
  const health = await request.get("/api/health");
  expect(health.headers()["content-type"]).toMatch(/^application\/json/);
  expect(await health.json()).toMatchObject({ ok: true });
});

// Journeys: a visitor browses curated collections (home, index, a collection, the JSON API); a
// curator builds one — create, add by search and by address, notes, order, a hidden listing,
// publish, delete — with and without JavaScript; searches are counted once each, and the curator
// reads the demand insight and acts on unmet demand. Collection and demand pages are staff-only.
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { DEMO, expectAccessiblePage, signedInPage, teamRow, unique } from "./support/accounts";
import { expectAccessible } from "./support/a11y";
import { CollectionEditor, searchEventCount } from "./support/collections";

test.describe.configure({ mode: "serial" });

const title = `Hydrogen and battery testing ${unique("e2e").slice(-6)}`;
const KIT = "Battery Cell Testing and Second-Life Group";
const TUM = "Hydrogen and Fuel Cell Systems Group";
const UNISG = "Food Heritage, Gastronomic Tourism and Regional Products";
const UNISG_SLUG = "unisg-food-heritage-gastronomic-tourism";
let slug = "";
let curatorState: Awaited<ReturnType<BrowserContext["storageState"]>> | undefined;

async function curatorPage(browser: Browser, javaScriptEnabled = true): Promise<Page> {
  if (!curatorState) {
    const page = await signedInPage(browser, DEMO.curator);
    curatorState = await page.context().storageState();
    if (javaScriptEnabled) return page;
    await page.context().close();
  }
  const context = await browser.newContext({ storageState: curatorState, javaScriptEnabled });
  return context.newPage();
}

test("visitors find curated collections from the home page and the header, and read one", async ({ page }) => {
  await page.goto("/");
  await expect(
    page
      .getByRole("list", { name: "Featured collections" })
      .getByRole("link", { name: "Agri-food teams in the Global South" }),
  ).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Collections" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Collections" })).toBeVisible();
  await expectAccessiblePage(page);

  const card = page
    .getByRole("list", { name: "Published collections" })
    .getByRole("article")
    .filter({ hasText: "Agri-food teams in the Global South" });
  await expect(card).toContainText("7 teams in 7 countries");
  await expect(card.getByText("Demo data")).toBeVisible();
  await card.getByRole("link", { name: "Agri-food teams in the Global South" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Agri-food teams in the Global South" })).toBeVisible();
  await expect(page.getByRole("note").filter({ hasText: "Demonstration data" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "7 teams in 7 countries" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Teams by country" })).toContainText("Ghana: 1");
  await expect(page.getByRole("group", { name: /Map of the institutions/ })).toBeVisible();
  const teams = page.getByRole("list", { name: "Teams in this collection" }).getByRole("article");
  await expect(teams).toHaveCount(7);
  await expect(teams.first()).toContainText("Cocoa Fermentation and Flavour Group");
  await expect(teams.first()).toContainText("Why it is here: Consistent flavour");
  await expectAccessiblePage(page);

  const missing = await page.goto("/collections/no-such-collection");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "We could not find that collection" })).toBeVisible();
  await expectAccessible(page);
});

test("the collections API lists published collections and answers unknown ones with a 404", async ({ request }) => {
  const all = await request.get("/api/v1/collections");
  expect(all.status()).toBe(200);
  const body = (await all.json()) as { collections: { slug: string; teamCount: number }[] };
  expect(body.collections).toContainEqual(
    expect.objectContaining({ slug: "battery-and-energy-storage-expertise-open-to-smes", teamCount: 5 }),
  );
  const one = await request.get("/api/v1/collections/battery-and-energy-storage-expertise-open-to-smes");
  expect((await one.json()).teams[0]).toMatchObject({
    slug: "kit-battery-cell-safety-second-life",
    note: expect.any(String),
  });
  const unknown = await request.get("/api/v1/collections/no-such-collection");
  expect(unknown.status()).toBe(404);
  expect(await unknown.json()).toMatchObject({ error: { code: "not_found" } });
});

test("a curator creates a collection, adds teams by search and by address, notes and orders them", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const page = await curatorPage(browser);
  await page.goto("/curate/collections");
  await expectAccessiblePage(page);
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Editorial note").fill("Test rigs for batteries and fuel cells that small firms can book.");
  await page.getByRole("button", { name: "Create collection" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Collection created" })).toBeVisible();
  const editor = new CollectionEditor(page);
  slug = editor.slug();
  expect(slug).toMatch(/^hydrogen-and-battery-testing-/);

  // A wrong address: the error is beside the field, and what was typed stays.
  await editor.addByAddress("no-such-team");
  await expect(page.locator("#add-by-address-team-error")).toContainText("No team has the address “no-such-team”");
  await expect(page.getByLabel("Team address")).toHaveValue("no-such-team");
  // A pasted profile link works, with a note.
  await editor.addByAddress(
    "http://127.0.0.1/teams/kit-battery-cell-safety-second-life",
    "Second-life checks for small pack makers.",
  );
  await expect(editor.entryNames()).toHaveText([`1. ${KIT}`]);

  // The search picker uses the site's search.
  await editor.find("hydrogen fuel cell");
  await editor
    .found()
    .getByRole("button", { name: `Add “${TUM}”` })
    .click();
  await expect(page.getByRole("status").filter({ hasText: `Added “${TUM}”` })).toBeVisible();
  await expect(editor.found().getByRole("listitem").filter({ hasText: TUM })).toContainText(
    "Already in this collection",
  );
  await editor.addByAddress(UNISG_SLUG);
  await expect(editor.entryNames()).toHaveText([`1. ${KIT}`, `2. ${TUM}`, `3. ${UNISG}`]);
  await expectAccessiblePage(page);

  await editor.move(TUM, "up");
  await expect(editor.entryNames()).toHaveText([`1. ${TUM}`, `2. ${KIT}`, `3. ${UNISG}`]);
  await expect(editor.entry(TUM).getByRole("button", { name: /Move up/ })).toHaveCount(0);
  await editor.saveNote(TUM, "When hydrogen is the better store than a battery.");
});

test("a listing that is not published stays hidden in the collection, and the curator sees why", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const page = await curatorPage(browser);
  const editor = new CollectionEditor(page);
  await editor.open(slug);
  await editor.setPublished(true);

  await page.goto(`/dashboard/teams/${UNISG_SLUG}`);
  await page.getByRole("button", { name: "Archive" }).click();
  await expect.poll(() => teamRow(UNISG_SLUG)?.status).toBe("archived");
  await editor.open(slug);
  await expect(editor.entry(UNISG)).toContainText("Hidden from visitors: its listing is archived.");
  await expect(editor.entry(KIT)).toContainText("Shown publicly");

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/collections/${slug}`);
  const teams = visitor.getByRole("list", { name: "Teams in this collection" }).getByRole("article");
  await expect(teams).toHaveCount(2);
  await expect(teams.nth(0)).toContainText(TUM);
  await expect(teams.nth(0)).toContainText("Why it is here: When hydrogen is the better store");
  await expect(teams.nth(1)).toContainText("Why it is here: Second-life checks");
  await expect(visitor.getByText(UNISG)).toHaveCount(0);
  await expectAccessible(visitor);

  // Back to published (a curator's submission publishes at once): it shows again.
  await page.goto(`/dashboard/teams/${UNISG_SLUG}`);
  await page.getByRole("button", { name: "Restore as draft" }).click();
  await expect.poll(() => teamRow(UNISG_SLUG)?.status).toBe("draft");
  await page.getByRole("button", { name: /Submit for review|Publish/ }).click();
  await expect.poll(() => teamRow(UNISG_SLUG)?.status).toBe("published");
  await visitor.reload();
  await expect(teams).toHaveCount(3);
  await visitor.context().close();
});

test("without JavaScript a curator can still reorder and remove teams", async ({ browser }) => {
  const page = await curatorPage(browser, false);
  const editor = new CollectionEditor(page);
  await editor.open(slug);
  await editor.move(TUM, "down");
  await expect(editor.entryNames()).toHaveText([`1. ${KIT}`, `2. ${TUM}`, `3. ${UNISG}`]);
  await editor
    .entry(UNISG)
    .getByRole("button", { name: `Remove ${UNISG}` })
    .click();
  await expect(page.getByRole("status").filter({ hasText: `Removed “${UNISG}”` })).toBeVisible();
  await expect(editor.entryNames()).toHaveText([`1. ${KIT}`, `2. ${TUM}`]);
  await page.context().close();
});

test("deleting a collection asks for confirmation, then it is gone for visitors", async ({ browser, request }) => {
  const page = await curatorPage(browser);
  const editor = new CollectionEditor(page);
  await editor.open(slug);
  await page.getByRole("button", { name: "Delete collection" }).click();
  // The error summary links to the box, which also shows the error beside it.
  const summary = page.getByRole("alert").filter({ hasText: "The collection was not deleted." });
  await expect(summary).toBeFocused();
  await summary.getByRole("link", { name: "Tick the box to confirm that the collection should be deleted" }).click();
  await expect(page.getByRole("checkbox", { name: /^Yes, delete/ })).toBeFocused();
  expect((await request.get(`/api/v1/collections/${slug}`)).status()).toBe(200);
  await page.getByRole("checkbox", { name: /^Yes, delete/ }).check();
  await page.getByRole("button", { name: "Delete collection" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The collection was deleted." })).toBeVisible();
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  expect((await request.get(`/api/v1/collections/${slug}`)).status()).toBe(404);
  expect((await request.get(`/collections/${slug}`)).status()).toBe(404);
});

test("a search is counted once, however its results are paged or sorted, and the curator sees unmet demand", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const nonsense = `${unique("qqzx").replace(/[^a-z]/g, "")} xqzvw`;
  const before = searchEventCount();
  await page.goto("/search?q=water");
  await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/page=2/);
  await page.getByRole("link", { name: "Recently updated" }).click();
  await expect(page).toHaveURL(/sort=updated/);
  await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/page=2/);
  expect(searchEventCount()).toBe(before + 1);
  await page.getByLabel("What do you need help with?").fill(nonsense);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByRole("heading", { name: /No teams found/ })).toBeVisible();
  expect(searchEventCount()).toBe(before + 2);

  const curator = await curatorPage(browser);
  await curator.goto("/curate");
  await curator.getByRole("navigation", { name: "Curation" }).getByRole("link", { name: "Demand insight" }).click();
  await expect(curator.getByRole("heading", { level: 1, name: "Demand insight" })).toBeVisible();
  await curator.getByRole("navigation", { name: "Period" }).getByRole("link", { name: "7 days" }).click();
  await expect(curator.getByRole("navigation", { name: "Period" }).locator('[aria-current="page"]')).toHaveText(
    "7 days",
  );
  const unmet = curator.getByRole("table", { name: /Unmet demand/ });
  const row = unmet.getByRole("row").filter({ hasText: nonsense });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("cell").nth(0)).toHaveText("1");
  const chart = curator.getByRole("img", { name: /Searches per day/ });
  await expect(chart).toBeVisible();
  await curator.getByText("Searches per day as a table").click();
  const today = new Date().toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
  await expect(
    curator.getByRole("table", { name: /Searches per day/ }).getByRole("row", { name: new RegExp(`^${today} `) }),
  ).toBeVisible();
  await expect(curator.getByRole("table", { name: /Most frequent searches/ })).toContainText("water");
  await expectAccessiblePage(curator);

  // Running the search from here is the curator's, not demand: not counted.
  const counted = searchEventCount();
  await row.getByRole("link", { name: `Run this search for ${nonsense}` }).click();
  await expect(curator.getByRole("heading", { name: /No teams found/ })).toBeVisible();
  expect(searchEventCount()).toBe(counted);
  await curator.goBack();
  await row.getByRole("link", { name: `Start a collection for ${nonsense}` }).click();
  await expect(curator.getByLabel("Title")).toHaveValue(nonsense);
});

test("collection editing and demand insight are for curators only", async ({ browser, page }) => {
  await page.goto("/curate/demand");
  await expect(page).toHaveURL(/\/sign-in/);
  const sme = await signedInPage(browser, DEMO.sme);
  for (const path of [
    "/curate/collections",
    "/curate/demand",
    "/curate/collections/agri-food-teams-in-the-global-south",
  ]) {
    const response = await sme.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  await sme.context().close();
});

// Journey: a curator teaches search a word firms use. Before, "greywater" finds none of the water
// reuse teams; the curator adds a group (after a clear error for a group of one), the search
// finds them, the curator edits the group and removes it, and the search is back as it was; the
// screen also works without JavaScript. Only curators and admins can reach it.
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { DEMO, expectAccessiblePage, signedInPage } from "./support/accounts";
import { expectAccessible } from "./support/a11y";
import { ResultsPage, SynonymsPage } from "./support/search-features";

// Many page loads and searches, two browsers: more than the default minute on a loaded machine.
test.describe.configure({ mode: "serial", timeout: 180_000 });

const WATER_TEAM = "Small-Scale Water and Wastewater Treatment";
let curatorState: Awaited<ReturnType<BrowserContext["storageState"]>> | undefined;

async function curatorPage(browser: Browser, javaScriptEnabled = true): Promise<Page> {
  if (!curatorState) {
    const page = await signedInPage(browser, DEMO.curator);
    curatorState = await page.context().storageState();
    await page.context().close();
  }
  const context = await browser.newContext({ storageState: curatorState, javaScriptEnabled });
  return context.newPage();
}

/** Search reloads until `expected` holds: other processes follow within about a second. */
async function expectFinds(page: Page, q: string, team: string, expected: boolean) {
  const results = new ResultsPage(page);
  await expect
    .poll(
      async () => {
        await results.open(q);
        return (await results.resultNames().allTextContents()).includes(team);
      },
      { timeout: 20_000 },
    )
    .toBe(expected);
}

test("a curator adds, edits and removes a synonym group, and search follows", async ({ browser, page }) => {
  await expectFinds(page, "greywater", WATER_TEAM, false);

  const curator = await curatorPage(browser);
  await curator.goto("/curate");
  await curator.getByRole("navigation", { name: "Curation" }).getByRole("link", { name: "Search synonyms" }).click();
  const synonyms = new SynonymsPage(curator);
  await expect(curator.getByRole("heading", { level: 1, name: "Search synonyms" })).toBeVisible();
  await expectAccessiblePage(curator);

  // A group of one cannot work: said next to the field, and what was typed stays.
  await synonyms.add("greywater");
  await expect(curator.getByRole("main").getByRole("alert")).toContainText("The group was not added.");
  const box = curator
    .getByRole("region", { name: "Add a synonym group" })
    .getByRole("textbox", { name: "Words and phrases" });
  await expect(box).toHaveAccessibleDescription(/Enter at least two words or phrases/);
  await expect(box).toHaveValue("greywater");
  await expectAccessible(curator);

  await synonyms.add("greywater\nwater reuse", "Firms asking about grey water found nothing");
  await expect(curator.getByRole("main").getByRole("status")).toContainText(
    "a search for any of “greywater”, “water reuse”",
  );
  await expect(synonyms.row("greywater")).toContainText("Firms asking about grey water found nothing");
  await expectFinds(page, "greywater", WATER_TEAM, true);
  await expectAccessible(page);

  await synonyms.edit("greywater");
  await expectAccessiblePage(curator);
  await synonyms.save("graywater\nwater reuse");
  await expect(curator.getByRole("region", { name: "Words and phrases" }).getByRole("status")).toContainText("Saved.");
  await expectFinds(page, "graywater", WATER_TEAM, true);

  await synonyms.remove();
  await expect(curator.getByRole("main").getByRole("status")).toContainText(
    "The group graywater, water reuse was removed.",
  );
  await expect(curator.getByText("None yet. Add one below.")).toBeVisible();
  await expectAccessiblePage(curator);
  await expectFinds(page, "graywater", WATER_TEAM, false);
  await curator.context().close();
});

test("the synonyms screen works without JavaScript", async ({ browser }) => {
  const curator = await curatorPage(browser, false);
  const synonyms = new SynonymsPage(curator);
  await synonyms.open();
  await synonyms.add("sewerage\nsewage");
  await expect(curator.getByRole("main").getByRole("status")).toContainText("Added");
  await expect(synonyms.row("sewerage")).toBeVisible();
  await synonyms.edit("sewerage");
  await synonyms.remove();
  await expect(curator.getByRole("main").getByRole("status")).toContainText("was removed");
  // (axe needs JavaScript in the page; these pages were checked with it in the journey above.)
  await curator.context().close();
});

test("other people cannot reach the synonyms screen", async ({ browser, page }) => {
  const visitor = await page.goto("/curate/synonyms");
  await expect(page).toHaveURL(/\/sign-in/);
  expect(visitor?.status()).toBe(200);
  const sme = await signedInPage(browser, DEMO.sme);
  const response = await sme.goto("/curate/synonyms");
  expect(response?.status()).toBe(404);
  await sme.context().close();
});

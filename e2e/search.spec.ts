// Journey: a firm describes its need in its own words, reads why teams matched, narrows by
// country, pages on, recovers from a search that finds nothing, and an API client gets clear
// errors. Also: the search works without JavaScript, and the box is a keyboard-operable combobox.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/a11y";

const LABEL = "What do you need help with?";

class SearchPage {
  constructor(readonly page: Page) {}
  async open(query = "") {
    const response = await this.page.goto(`/search${query}`);
    expect(response?.status()).toBe(200);
    await expect(this.page.getByRole("heading", { name: "Search teams", level: 1 })).toBeVisible();
  }
  box() {
    return this.page.getByLabel(LABEL);
  }
  async search(text: string) {
    await this.box().fill(text);
    await this.page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(this.page).toHaveURL(/[?&]q=/);
  }
  resultsHeading() {
    return this.page.getByRole("heading", { level: 2, name: /teams? for|^\d+ teams?$/ });
  }
  results() {
    return this.page.getByRole("list", { name: "Results" }).locator("article");
  }
  async applyFilter(facet: string, value: RegExp) {
    const group = this.page.getByRole("group", { name: facet });
    const box = group.getByRole("checkbox", { name: value });
    if (!(await box.isVisible())) await group.getByText(/more/).click();
    await box.check();
    await this.page.getByRole("button", { name: "Apply filters" }).click();
  }
  pagination() {
    return this.page.getByRole("navigation", { name: "Pagination" });
  }
}

test("a plain-language search shows highlighted, explained results", async ({ page }) => {
  const search = new SearchPage(page);
  await search.open();
  await search.search("we need help making our packaging recyclable");
  await expect(search.resultsHeading()).toContainText("for “we need help making our packaging recyclable”");
  await expect(search.results().first()).toBeVisible();
  await expect(search.results().first().locator("mark").first()).toBeVisible();
  await expect(search.results().first()).toContainText("Matched in:");
  await expect(search.results().first().getByText("Demo data")).toBeVisible();
  await expect(page.getByText(/Left out as too common to help/)).toBeVisible();
  await expect(page).toHaveTitle(/packaging recyclable.*search teams/);
  await expectAccessible(page);
});

test("filter by a facet, then page through the results", async ({ page }) => {
  const search = new SearchPage(page);
  await search.open();
  await expect(search.results()).toHaveCount(20);
  await search.applyFilter("Country", /^United Kingdom \(\d+\)$/);
  await expect(page).toHaveURL(/country=GB/);
  await expect(page.getByRole("list", { name: "Active filters" })).toContainText("Country: United Kingdom");
  await expect(search.results().first()).toContainText("United Kingdom");
  await expect(
    page.getByRole("group", { name: "Country" }).getByRole("checkbox", { name: /United Kingdom/ }),
  ).toBeChecked();

  await search.open();
  await search.pagination().getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(search.pagination().locator('[aria-current="page"]')).toHaveText("2");
  await expect(search.results().first()).toBeVisible();
  await page.goBack();
  await expect(page).not.toHaveURL(/page=2/);
});

test("misspelt words still find the teams, highlighted as the listing spells them", async ({ page }) => {
  const search = new SearchPage(page);
  await search.open();
  // Swapped letters count as one slip; "inflammatzon" is one letter from "inflammation".
  await search.search("grpahene coatings");
  await expect(search.resultsHeading()).toContainText("for “grpahene coatings”");
  await expect(
    search
      .results()
      .first()
      .locator("mark", { hasText: /^graphene$/i })
      .first(),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: /No teams found/ })).toBeHidden();

  // A word found only in a case study (searched with the description) is reached too.
  await search.search("inflammatzon");
  await expect(search.results().first()).toContainText("Natural Cosmetics Formulation and Skin Testing");
  await expect(search.results().first()).toContainText("Matched in: case studies");
  await expectAccessible(page);
});

test("no dead ends when nothing matches", async ({ page }) => {
  const search = new SearchPage(page);
  await search.open("?q=grafeenne");
  await expect(page.getByRole("heading", { name: /No teams found/ })).toBeVisible();
  await page.getByRole("link", { name: "graphene", exact: true }).click();
  await expect(search.results().first()).toContainText(/graphene/i);

  await search.open("?q=graphene&country=JP");
  await expect(page.getByRole("heading", { name: /No teams found/ })).toBeVisible();
  await page.getByRole("link", { name: "Remove the country filter" }).click();
  await expect(search.results().first()).toBeVisible();

  await search.open("?q=zzqqxxjj");
  const curator = page.getByRole("link", { name: "Ask a curator to find a team for this need" });
  await expect(curator).toHaveAttribute("href", "/contact?need=zzqqxxjj");
  await expectAccessible(page);
});

test("the search box suggests as you type and is keyboard operable", async ({ page }) => {
  const search = new SearchPage(page);
  await search.open();
  const box = page.getByRole("combobox", { name: LABEL });
  await box.pressSequentially("grap", { delay: 50 });
  const list = page.getByRole("listbox", { name: "Suggestions" });
  await expect(list).toBeVisible();
  await expect(list.getByRole("option", { name: "graphene", exact: true })).toBeVisible();
  await box.press("ArrowDown");
  await expect(box).toHaveAttribute("aria-activedescendant", /.+/);
  await expect(list.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
  await box.press("Escape");
  await expect(list).toBeHidden();
  await box.press("ArrowDown");
  await box.press("Enter");
  await expect(page).toHaveURL(/q=graphene/);
  await expect(search.results().first()).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("search, filter and sort still work as plain forms and links", async ({ page }) => {
    const search = new SearchPage(page);
    await search.open();
    await search.search("water treatment");
    await expect(search.results().first()).toContainText(/water/i);
    await search.applyFilter("Availability", /^Taking SME work now/);
    await expect(page).toHaveURL(/availability=now/);
    await expect(page).toHaveURL(/q=water/);
    await page.getByRole("link", { name: "Recently updated" }).click();
    await expect(page).toHaveURL(/sort=updated/);
  });
});

test("odd addresses get a clear page, never an error", async ({ page }) => {
  const search = new SearchPage(page);
  for (const query of [
    "?page=-1",
    "?page=1e9",
    "?country=ZZ",
    `?q=${"graphene ".repeat(1200)}`,
    "?q=%00%01%02",
    "?q=%22unbalanced",
    "?q=the+and+of",
  ]) {
    await search.open(query);
    expect(await page.content()).not.toMatch(/at .*\.js:\d+|Error:/);
  }
  await search.open("?page=9999");
  await expect(page.getByText(/There is no page 9999/)).toBeVisible();
});

test("the JSON API answers bad input with a 400 naming the parameter", async ({ request }) => {
  const ok = await request.get("/api/v1/teams?q=graphene&country=GB&country=SE");
  expect(ok.status()).toBe(200);
  const body = await ok.json();
  expect(body.results[0]).toMatchObject({
    slug: expect.any(String),
    name: expect.any(String),
    country: expect.stringMatching(/GB|SE/),
  });
  for (const [qs, name] of [
    ["page=-1", "page"],
    ["page=1e9", "page"],
    ["colour=red", "colour"],
    ["country=ZZ", "country"],
    [`q=${"a".repeat(10_000)}`, "q"],
  ] as const) {
    const res = await request.get(`/api/v1/teams?${qs}`);
    expect(res.status(), qs).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: "bad_request", fields: { [name]: expect.any(String) } } });
  }
});

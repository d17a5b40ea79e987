// Journeys: judging teams before signing in. A visitor reads the cards (ways of working with their
// cost in the team's currency, languages, availability, how fast the team answers), ticks teams
// on the results and compares them, and shortlists one by signing in on the way. The demo
// register has an introduction history, so response figures show; no page uses emoji flags; a
// listing's editor states its costs in the currency chosen.
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { ComparePage, EMOJI_FLAG, ResultsPage, removeFromShortlistPage, signInHere } from "./support/discovery";

const SME = { email: "sme@demo.expertise-atlas.example", password: "demo-sme-password" };
const MEMBER = { email: "member@demo.expertise-atlas.example", password: "demo-member-password" };
const GRAPHENE = "Graphene Coatings and Barrier Films Group";
// A German team with a seeded request history.
const COBOT = {
  slug: "tum-cobot-automation-small-manufacturers",
  name: "Collaborative Robotics for Small Manufacturers",
};

test.describe.configure({ timeout: 120_000 });

test("result cards show ways of working with their cost in the team's currency, languages, availability and response time", async ({
  page,
}) => {
  const results = new ResultsPage(page);
  await results.open("graphene barrier coatings");
  const card = results.card(GRAPHENE).first();
  await expect(card).toBeVisible();
  const facts = card.getByRole("definition");
  await expect(card.getByRole("term").filter({ hasText: "Ways of working" })).toBeVisible();
  await expect(facts.filter({ hasText: /£/ }).first()).toBeVisible();
  await expect(card.getByRole("term").filter({ hasText: "Languages" })).toBeVisible();
  await expect(facts.filter({ hasText: "English" }).first()).toBeVisible();
  await expect(card.getByText(/Taking SME work now|Limited capacity|Not taking new work/)).toBeVisible();
  await expectAccessible(page);

  // An overseas team states its costs in its own currency, on the card and on its profile.
  await results.open("collaborative robots small manufacturers");
  const cobot = results.card(COBOT.name).first();
  await expect(cobot.getByText("Consultancy:")).toBeVisible();
  await expect(cobot.getByRole("listitem").filter({ hasText: "Consultancy" })).toContainText("Under €5k");
  await expect(cobot.getByRole("listitem").filter({ hasText: /£/ })).toHaveCount(0);
  // Its seeded history gives it a response figure, shown on the card.
  await expect(cobot.getByRole("term").filter({ hasText: "Median first response" })).toBeVisible();
  await cobot.getByRole("link", { name: COBOT.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: COBOT.name })).toBeVisible();
  const costs = page.getByRole("table").filter({ hasText: "Indicative cost" });
  await expect(costs.getByRole("columnheader", { name: "Indicative cost (EUR)" })).toBeVisible();
  await expect(costs.getByRole("row", { name: /Consultancy/ })).toContainText("Under €5k");
  const responsiveness = page.getByRole("region", { name: "Responsiveness" });
  await expect(responsiveness.getByText("Median time to first response")).toBeVisible();
  await expect(responsiveness.getByText(/Shown once the team/)).toHaveCount(0);
  await expectAccessible(page);

  // The site's claim of how fast teams answer is backed by the figure, labelled as demo data.
  await page.goto("/");
  await expect(page.locator("p", { hasText: "How fast teams answer:" })).toContainText(/demonstration data/);
  await expectAccessible(page);
});

test("a visitor ticks teams on the results, compares them (kept in the URL), and shortlists one by signing in", async ({
  page,
}) => {
  const results = new ResultsPage(page);
  await results.open("manufacturing");
  const names = (await results.results().getByRole("heading", { level: 3 }).allInnerTexts()).slice(0, 5);
  expect(names.length).toBe(5);
  await results.compareBox(names[0]!).check();
  await results.compareBox(names[1]!).check();
  await results.compareBox(names[2]!).check();
  await expectAccessible(page);
  await results.compareTicked();
  const compare = new ComparePage(page);
  expect(compare.chosen()).toHaveLength(3);
  const table = compare.table();
  for (const n of names.slice(0, 3)) await expect(table.getByRole("columnheader", { name: n })).toBeVisible();
  await expect(table.getByRole("rowheader", { name: "Ways to work, indicative cost" })).toBeVisible();
  await expect(table.getByRole("rowheader", { name: "Your note" })).toHaveCount(0);
  await expectAccessible(page);

  // The address is the selection: reloading keeps it, removing a team changes it.
  await page.reload();
  await expect(table.getByRole("columnheader")).toHaveCount(3);
  await table.getByRole("link", { name: `Remove from comparison ${names[2]}` }).click();
  await expect(table.getByRole("columnheader")).toHaveCount(2);
  expect(compare.chosen()).toHaveLength(2);

  // More than four are refused with a clear message, not a broken page.
  await results.open("manufacturing");
  for (const n of names) await results.compareBox(n).check();
  await results.compareTicked();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Compare at most 4 teams at once");
  await expectAccessible(page);

  // Shortlisting as a visitor: sign in on the way, and the team is on the shortlist afterwards.
  await page.goto(`/compare?teams=${COBOT.slug}&teams=manchester-graphene-coatings`);
  await compare
    .table()
    .getByRole("link", { name: `Add to shortlist ${COBOT.name} (sign in)` })
    .click();
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await expectAccessible(page);
  await signInHere(page, SME.email, SME.password);
  await expect(page).toHaveURL(/\/shortlist\?added=/);
  await expect(page.getByRole("status").filter({ hasText: `Added ${COBOT.name} to your shortlist.` })).toBeVisible();
  await expect(page.getByRole("link", { name: COBOT.name })).toBeVisible();
  await expectAccessible(page);
  // Signed in, compare now shows the private note row and that the team is shortlisted.
  await page.goto(`/compare?teams=${COBOT.slug}&teams=manchester-graphene-coatings`);
  await expect(compare.table().getByRole("rowheader", { name: "Your note" })).toBeVisible();
  // Tidy up for other journeys that use the demo firm's shortlist.
  await page.goto("/shortlist");
  await removeFromShortlistPage(page, COBOT.name);
});

test("a team's profile offers shortlisting to a visitor, and another site's link cannot change a shortlist", async ({
  browser,
}) => {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`/teams/${COBOT.slug}`);
  await page.getByRole("link", { name: "Add to shortlist (sign in first)" }).click();
  await signInHere(page, SME.email, SME.password);
  await expect(page.getByRole("status").filter({ hasText: `Added ${COBOT.name} to your shortlist.` })).toBeVisible();
  const removeCobot = () => removeFromShortlistPage(page, COBOT.name);
  // Removing it there does not add it again (the address no longer says "add").
  await removeCobot();
  await page.reload();
  await expect(page.getByRole("link", { name: COBOT.name })).toHaveCount(0);

  // Opened as if from another site (no same-origin navigation), it asks instead of adding.
  await page.goto(`/shortlist?add=${COBOT.slug}`, { referer: "https://elsewhere.example/" });
  await expect(page.getByRole("button", { name: `Add ${COBOT.slug} to my shortlist` })).toBeVisible();
  await expect(page.getByRole("link", { name: COBOT.name })).toHaveCount(0);
  await expectAccessible(page);
});

test("no page uses emoji flags: countries are named", async ({ page }) => {
  for (const path of ["/", "/countries", "/countries/de", `/teams/${COBOT.slug}`, "/search?q=robots"]) {
    await page.goto(path);
    expect(await page.locator("body").innerText()).not.toMatch(EMOJI_FLAG);
  }
  await expect(page.getByRole("list", { name: "Results" }).getByText("Germany").first()).toBeVisible();
  await expectAccessible(page);
});

test("a listing states its costs in its currency: the editor defaults to the institution's and names bands in it", async ({
  page,
}) => {
  await page.goto("/sign-in");
  await signInHere(page, MEMBER.email, MEMBER.password);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.goto("/dashboard/teams/new");
  const currency = page.getByLabel("Currency of the indicative costs");
  await expect(currency).toHaveValue("GBP");
  await page.getByRole("checkbox", { name: "Consultancy", exact: true }).check();
  const cost = page.getByLabel("Indicative cost for consultancy");
  await expect(cost.getByRole("option", { name: "£5k–£25k" })).toHaveCount(1);
  await currency.selectOption("EUR");
  await expect(cost.getByRole("option", { name: "€5k–€25k" })).toHaveCount(1);
  await cost.selectOption({ label: "€5k–€25k" });
  await expect(
    page
      .getByRole("region", { name: /preview/i })
      .getByText("€5k–€25k")
      .first(),
  ).toBeVisible();
  await expectAccessible(page);
});

// Journey: a firm that writes in its own language, misspells a word, uses a correctly spelled
// word no listing has, or pastes a whole problem statement gets an honest, useful answer: what
// was searched for, what found nothing, and a way to search in English or leave a word out. A
// paste far over the 5,000-character limit is cut with a note, never an error or a hang.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/a11y";

const LABEL = "What do you need help with?";

class SearchQualityPage {
  constructor(readonly page: Page) {}
  async open(q = "") {
    const response = await this.page.goto(q ? `/search?q=${encodeURIComponent(q)}` : "/search");
    expect(response?.status()).toBe(200);
    await expect(this.page.getByRole("heading", { name: "Search teams", level: 1 })).toBeVisible();
  }
  async search(text: string) {
    await this.page.getByLabel(LABEL).fill(text);
    await this.page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(this.page).toHaveURL(/[?&]q=/);
  }
  /** Submits from the search box and returns the HTTP status of the results page. */
  async searchForStatus(text: string): Promise<number> {
    const answered = this.page.waitForResponse(
      (r) => r.request().isNavigationRequest() && new URL(r.url()).pathname === "/search",
    );
    await this.search(text);
    return (await answered).status();
  }
  shortenedNote() {
    return this.page.getByRole("alert").filter({ hasText: /shortened to its first 5000 characters/ });
  }
  results() {
    return this.page.getByRole("list", { name: "Results" }).locator("article");
  }
  usedTerms() {
    return this.page.getByRole("list", { name: /Searched for these words/ });
  }
}

const BACKGROUND = `We are a family business founded in 1962 with about sixty staff, two sites and a small design
office. Most of what we make is sold to larger companies in our region, and over the last few years we have
started to sell abroad as well. Our customers keep asking for shorter delivery times and lower prices, and our
own costs for staff, transport and insurance have gone up. We have never worked with a university before and do
not know how such a project is organised, who owns the results or what it costs. Our managing director would
like to understand what support exists, whether there are grants, and how long a first project usually takes.
We can give a few days of our engineers' time each month and we have a meeting room and a workshop that
visitors can use. We would prefer a partner that has worked with companies of our size before and that explains
things in plain words, without a long report at the end. Last year we also looked at new machines and at a new
website, and we talked to our bank about a loan for a second building. Several of our staff will retire in
the next five years, and finding people with the right skills has become hard, so we would welcome students who
want to spend a summer with us, and we are happy to host visits from a class now and then.`;

const NEED = `The problem itself: the rinse water from our dyeing and finishing line carries colour, salts and
chemicals, and the local authority has told us that we must treat this wastewater before it leaves the site. We
would also like to reuse as much of the treated water as possible in the dyeing process, to cut what we pay for
fresh water. We need someone who can analyse samples, compare treatment options such as membranes or biological
treatment, and help us size a plant. Ideally the same partner could tell us which dyes make the water harder to
clean, and whether other mills in our area have solved the same problem. We could start with a short study of
a few weeks and decide on a larger project once we know the options.`;

test("a Spanish query finds the listing written in Spanish, with an honest note and a search in English", async ({
  page,
}) => {
  const search = new SearchQualityPage(page);
  await search.open("tratamiento de aguas");
  await expect(page.getByText(/looks written in Spanish/)).toBeVisible();
  await expect(page.getByText(/1 listing written in Spanish matches/)).toBeVisible();
  await expect(page.getByText(/Most listings are written in English/)).toBeVisible();
  // Written in Spanish, about "agua residual": found through its own words, analysed as Spanish.
  await expect(search.results().first()).toContainText("Tratamiento de Agua Residual");
  await expect(search.results().first().locator("mark").first()).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Search in English for “water treatment”" }).click();
  await expect(page).toHaveURL(/q=water\+treatment/);
  await expect(page.getByRole("heading", { level: 2, name: /teams? for “water treatment”/ })).toBeVisible();
  await expect(search.results().first()).toContainText(/water/i);
  await expect(page.getByText(/looks written in/)).toHaveCount(0);
});

test("a German query for a part of a compound finds the German listing, its compound marked", async ({ page }) => {
  const search = new SearchQualityPage(page);
  // The listing writes only "Wärmerückgewinnung" (db/seed/demo/other-languages.ts).
  await search.open("Rückgewinnung der Wärme");
  await expect(page.getByText(/looks written in German/)).toBeVisible();
  await expect(search.results().first()).toContainText("Energieeffizienz in Bäckereien");
  await expect(search.results().first().locator("mark", { hasText: "Wärmerückgewinnung" })).toBeVisible();
  await expectAccessible(page);
});

test("a misspelt word is found; a correctly spelled word no listing has is not “corrected”", async ({ page }) => {
  const search = new SearchQualityPage(page);
  await search.open();
  await search.search("grpahene");
  await expect(search.results().first()).toContainText(/graphene/i);
  await expectAccessible(page);

  await search.search("sewing");
  await expect(page.getByRole("heading", { name: /No teams found for “sewing”/ })).toBeVisible();
  await expect(page.getByText(/Did you mean/)).toHaveCount(0);
  await expect(search.results()).toHaveCount(0);
  await expectAccessible(page);
});

test("a pasted 2,000-character problem shows the words used, and one can be left out", async ({ page }) => {
  test.slow(); // three searches of a long text, each checked with axe
  const search = new SearchQualityPage(page);
  const text = `${BACKGROUND}\n\n${NEED}`.replace(/\s+/g, " ");
  expect(text.length).toBeGreaterThanOrEqual(2000);
  await search.open();
  await search.search(text);
  await expect(search.results().first()).toBeVisible();
  await expect(search.results().first()).toContainText(/water/i);
  await expect(search.usedTerms().getByRole("link", { name: "Leave out “wastewater”" })).toBeVisible();
  await expectAccessible(page);

  await search.usedTerms().getByRole("link", { name: "Leave out “dyeing”" }).click();
  await expect(page).toHaveURL(/drop=dyeing/);
  await expect(page.getByText(/Left out at your request: “dyeing”/)).toBeVisible();
  await expect(search.usedTerms().getByRole("link", { name: "Leave out “dyeing”" })).toHaveCount(0);
  await expect(search.results().first()).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Search with every word again" }).click();
  await expect(page).not.toHaveURL(/drop=/);
});

test("emoji only and another language's stop words only get a clear note, never an error", async ({ page }) => {
  const search = new SearchQualityPage(page);
  await search.open("🍞🔥💧");
  await expect(page.getByText(/no words to look for/)).toBeVisible();
  await search.open("de la los");
  await expect(page.getByText(/no words to look for \(only common words/)).toBeVisible();
  await expectAccessible(page);
});

test("a 50,000-character paste is cut to its first 5,000 characters with a note, and the page stays responsive", async ({
  page,
}) => {
  test.slow(); // a long text through the box, then axe on the results
  const search = new SearchQualityPage(page);
  // One line, as a search box keeps it (it drops line breaks).
  const paste = `${BACKGROUND} ${NEED} `.replace(/\s+/g, " ").repeat(40).slice(0, 50_000);
  expect(paste.length).toBe(50_000);
  await search.open();
  const status = await search.searchForStatus(paste);
  expect(status).toBeLessThan(500);
  expect(status).toBe(200);
  await expect(search.shortenedNote()).toBeVisible();
  // The first 5,000 characters hold the need: it is still found, with the words used shown.
  await expect(search.results().first()).toBeVisible();
  await expect(search.usedTerms().getByRole("link", { name: "Leave out “wastewater”" })).toBeVisible();
  await expectAccessible(page);

  // Responsive afterwards: the next search answers as usual, without the note.
  await search.search("graphene");
  await expect(search.results().first()).toContainText(/graphene/i);
  await expect(search.shortenedNote()).toHaveCount(0);
});

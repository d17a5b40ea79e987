// Page objects for the synonyms screen, a profile's similar teams and the home page's challenge
// entry, found by role and label as a screen reader would.
import { expect, type Page } from "@playwright/test";

/** The search results page, as far as these journeys need it. */
export class ResultsPage {
  constructor(readonly page: Page) {}
  async open(q: string) {
    await this.page.goto(`/search?q=${encodeURIComponent(q)}`);
    await expect(this.page.getByRole("heading", { name: "Search teams", level: 1 })).toBeVisible();
  }
  results() {
    return this.page.getByRole("list", { name: "Results" }).locator("article");
  }
  resultNames() {
    return this.results().getByRole("heading", { level: 3 });
  }
}

/** /curate/synonyms and a group's own page. */
export class SynonymsPage {
  constructor(readonly page: Page) {}
  async open() {
    await this.page.goto("/curate/synonyms");
    await expect(this.page.getByRole("heading", { level: 1, name: "Search synonyms" })).toBeVisible();
  }
  table() {
    return this.page.getByRole("table", { name: "Curators’ synonym groups" });
  }
  row(word: string) {
    return this.table()
      .getByRole("row")
      .filter({ hasText: `“${word}”` });
  }
  async add(terms: string, note = "") {
    const form = this.page.getByRole("region", { name: "Add a synonym group" });
    await form.getByRole("textbox", { name: "Words and phrases" }).fill(terms);
    if (note) await form.getByLabel("Note for other curators").fill(note);
    await form.getByRole("button", { name: "Add group" }).click();
  }
  async edit(word: string) {
    await this.row(word)
      .getByRole("link", { name: /Edit or remove/ })
      .click();
    await expect(this.page.getByRole("heading", { level: 1, name: "Edit synonym group" })).toBeVisible();
  }
  async save(terms: string) {
    await this.page.getByRole("textbox", { name: "Words and phrases" }).fill(terms);
    await this.page.getByRole("button", { name: "Save group" }).click();
  }
  async remove() {
    await this.page.getByRole("button", { name: "Remove group" }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: "Search synonyms" })).toBeVisible();
  }
}

/** A team's profile and its "Teams with similar expertise". */
export class ProfilePage {
  constructor(readonly page: Page) {}
  async open(slug: string) {
    const response = await this.page.goto(`/teams/${slug}`);
    expect(response?.status()).toBe(200);
  }
  similar() {
    return this.page.getByRole("region", { name: "Teams with similar expertise" });
  }
  similarCards() {
    return this.similar().getByRole("article");
  }
  similarNames() {
    return this.similar().getByRole("heading", { level: 3 });
  }
}

/** The home page's "Describe your challenge". */
export class ChallengeEntry {
  constructor(readonly page: Page) {}
  async open() {
    await this.page.goto("/");
    await expect(this.region()).toBeVisible();
  }
  region() {
    return this.page.getByRole("region", { name: "Describe your challenge" });
  }
  box() {
    return this.region().getByRole("textbox", { name: "Your challenge" });
  }
  counter() {
    return this.region().getByText(/ of 5,000 characters$| characters too many$/);
  }
  async submit() {
    await this.region().getByRole("button", { name: "Find teams for this challenge" }).click();
  }
}

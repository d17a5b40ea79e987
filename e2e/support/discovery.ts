// Page objects for judging teams before signing in: results with their cards, compare, map.
import { expect, type Page } from "@playwright/test";

export class ResultsPage {
  constructor(readonly page: Page) {}
  async open(query: string) {
    const response = await this.page.goto(`/search?q=${encodeURIComponent(query)}`);
    expect(response?.status()).toBe(200);
    await expect(this.page.getByRole("heading", { level: 1, name: "Search teams" })).toBeVisible();
  }
  results() {
    return this.page.getByRole("list", { name: "Results" }).getByRole("article");
  }
  card(teamName: string) {
    return this.results().filter({ has: this.page.getByRole("heading", { name: teamName }) });
  }
  compareBox(teamName: string) {
    return this.page.getByRole("checkbox", { name: `Compare ${teamName}` });
  }
  async compareTicked() {
    await this.page.getByRole("button", { name: "Compare ticked teams" }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: "Compare teams" })).toBeVisible();
  }
}

export class ComparePage {
  constructor(readonly page: Page) {}
  table() {
    return this.page.getByRole("table", { name: "The chosen teams side by side" });
  }
  chosen() {
    return new URL(this.page.url()).searchParams.getAll("teams");
  }
}

/** Signs in on the sign-in page the browser is already on (keeping its `next`). */
export async function signInHere(page: Page, email: string, password: string) {
  await expect(page.getByRole("heading", { level: 1, name: /sign in/i })).toBeVisible();
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** On the shortlist page: removes the team by its name, and checks it has gone from the list. */
export async function removeFromShortlistPage(page: Page, teamName: string) {
  await page
    .getByRole("form", { name: `Remove ${teamName}` })
    .getByRole("button", { name: "Remove from shortlist" })
    .click();
  await expect(page.getByRole("link", { name: teamName })).toHaveCount(0);
}

/** Emoji flags are pairs of regional indicator symbols. */
export const EMOJI_FLAG = /[\u{1F1E6}-\u{1F1FF}]{2}/u;

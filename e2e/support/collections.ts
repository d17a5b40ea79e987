// Page objects for curated collections and the demand insight, found by role and label.
import { expect, type Page } from "@playwright/test";
import { e2eDatabase } from "./db";

/** The curator's editor for one collection (/curate/collections/<slug>). */
export class CollectionEditor {
  constructor(readonly page: Page) {}

  async open(slug: string) {
    await this.page.goto(`/curate/collections/${slug}`);
    await expect(this.page.getByRole("heading", { name: "Teams", exact: false, level: 2 }).first()).toBeVisible();
  }
  slug(): string {
    return new URL(this.page.url()).pathname.split("/curate/collections/")[1]!;
  }
  entries() {
    return this.page.getByRole("list", { name: "Teams in this collection" });
  }
  entryNames() {
    return this.entries().getByRole("heading", { level: 3 });
  }
  entry(teamName: string) {
    return this.entries()
      .getByRole("listitem")
      .filter({ has: this.page.getByRole("heading", { level: 3, name: teamName }) });
  }
  async addByAddress(address: string, note = "") {
    await this.page.getByLabel("Team address").fill(address);
    if (note) await this.page.getByLabel("Why it is in this collection").fill(note);
    await this.page.getByRole("button", { name: "Add team" }).click();
  }
  async find(words: string) {
    await this.page.getByLabel("Find teams by name or topic").fill(words);
    await this.page.getByRole("button", { name: "Find teams" }).click();
    await expect(this.page.getByRole("list", { name: "Teams found" })).toBeVisible();
  }
  found() {
    return this.page.getByRole("list", { name: "Teams found" });
  }
  async move(teamName: string, direction: "up" | "down") {
    await this.entry(teamName)
      .getByRole("button", { name: `Move ${direction} ${teamName}` })
      .click();
  }
  async saveNote(teamName: string, note: string) {
    const entry = this.entry(teamName);
    await entry.getByLabel(`Why “${teamName}” is in this collection`).fill(note);
    await entry.getByRole("button", { name: "Save note" }).click();
    await expect(entry.getByRole("status")).toHaveText("Note saved.");
  }
  async setPublished(published: boolean) {
    const visibility = this.page.getByRole("region", { name: /^Visibility/ });
    await visibility.getByRole("button", { name: published ? "Publish" : "Unpublish" }).click();
    await expect(
      this.page.getByRole("heading", { name: `Visibility: ${published ? "Published" : "Not published"}` }),
    ).toBeVisible();
  }
}

/** How many search events the server has recorded (read-only; the UI shows only aggregates). */
export function searchEventCount(): number {
  const db = e2eDatabase();
  try {
    return (db.prepare("select count(*) as n from search_events").get() as { n: number }).n;
  } finally {
    db.close();
  }
}

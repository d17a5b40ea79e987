// Page objects for the curator tools: export, import (dry run, commit) and merging duplicates.
import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";

export class ExportPage {
  constructor(readonly page: Page) {}
  async open() {
    await this.page.goto("/curate/export");
    await expect(this.page.getByRole("heading", { level: 1, name: "Export listings" })).toBeVisible();
  }
  /** Downloads the CSV for the given institution slug and returns its text. */
  async downloadCsv(institution: string): Promise<string> {
    await this.page.getByLabel("Institution").fill(institution);
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.page.getByRole("button", { name: "Download CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^expertise-atlas-listings-\d{4}-\d{2}-\d{2}\.csv$/);
    return readFileSync((await download.path())!, "utf8");
  }
}

export class ImportPage {
  constructor(readonly page: Page) {}
  async open() {
    await this.page.goto("/curate/import");
    await expect(this.page.getByRole("heading", { level: 1, name: "Import listings" })).toBeVisible();
  }
  async upload(csv: string, newListingsBecome: "Drafts" | "Waiting for review" | "Published", name = "listings.csv") {
    await this.page
      .getByLabel("CSV file")
      .setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
    await this.page.getByRole("radio", { name: new RegExp(`^${newListingsBecome}:`) }).check();
    await this.page.getByRole("button", { name: "Check the file (dry run)" }).click();
  }
  summary() {
    return this.page.getByRole("region", { name: /What the import (would do|did)/ });
  }
  report() {
    return this.page.getByRole("table", { name: /Rows that/ });
  }
  reportRow(row: number) {
    return this.report()
      .getByRole("row")
      .filter({ has: this.page.getByRole("cell", { name: String(row), exact: true }) });
  }
}

// Page objects for the public register, found by role and label as a screen reader would.
import { expect, type Page } from "@playwright/test";

export class HomePage {
  constructor(readonly page: Page) {}
  async open() {
    await this.page.goto("/");
    await expect(this.page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  count(label: "Teams" | "Institutions" | "Countries") {
    return this.page.locator("dt", { hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd[1]");
  }
  searchBox() {
    return this.page.getByRole("searchbox", { name: "What do you need help with?" });
  }
}

export class BrowsePage {
  constructor(readonly page: Page) {}
  async open(query = "") {
    await this.page.goto(`/teams${query}`);
  }
  async filter(country: string | null, field: string | null) {
    if (country) await this.page.getByLabel("Country").selectOption({ label: country });
    if (field) await this.page.getByLabel("Field of science").selectOption({ label: field });
    await this.page.getByRole("button", { name: "Apply filters" }).click();
  }
  teamLinks() {
    return this.page.locator("article h3 a");
  }
  pagination() {
    return this.page.getByRole("navigation", { name: "Pagination" });
  }
}

// Page objects for choosing institutions and for "Your institutions" (joining, confirming, leaving).
import { expect, type Page } from "@playwright/test";

/** The searchable institution picker, found by its label. */
export class InstitutionPicker {
  constructor(
    readonly page: Page,
    readonly label: string,
  ) {}

  /** With JavaScript: type, then choose a suggestion with the keyboard. */
  async chooseSuggestion(text: string, name: string) {
    const box = this.page.getByRole("combobox", { name: this.label });
    await box.fill(text);
    const option = this.page.getByRole("option", { name: new RegExp(`^${name}`) });
    await expect(option).toBeVisible();
    const options = await this.page.getByRole("option").allTextContents();
    const index = options.findIndex((o) => o.startsWith(name));
    for (let i = 0; i <= index; i++) await box.press("ArrowDown");
    await expect(box).toHaveAttribute("aria-activedescendant", /.+/);
    await box.press("Enter");
  }

  /** Without JavaScript (or by pressing the button): the page lists the matches. */
  async search(text: string, button = "Find") {
    await this.page.getByLabel(this.label, { exact: true }).fill(text);
    await this.page.getByRole("button", { name: button, exact: true }).click();
    await expect(this.results(text)).toBeVisible();
  }
  results(text: string) {
    return this.page.getByRole("region", { name: `Institutions matching “${text}”` });
  }
  async chooseFromResults(text: string, name: string, button = "Find") {
    await this.search(text, button);
    await this.results(text).getByRole("link", { name }).click();
  }
}

export class MyInstitutionsPage {
  constructor(readonly page: Page) {}
  async open() {
    await this.page.goto("/account/institutions");
    await expect(this.page.getByRole("heading", { level: 1, name: "Your institutions" })).toBeVisible();
  }
  picker() {
    return new InstitutionPicker(this.page, "Find the institution");
  }
  memberships() {
    return this.page.getByRole("region", { name: "Memberships and requests" });
  }
  async ask(institution: string, evidence: { email?: string; note?: string; jobTitle?: string }) {
    await expect(this.page.getByRole("heading", { level: 3, name: `Ask to join ${institution}` })).toBeVisible();
    if (evidence.email !== undefined)
      await this.page.getByLabel(`Your e-mail address at ${institution}`).fill(evidence.email);
    if (evidence.jobTitle !== undefined) await this.page.getByLabel("Job title").fill(evidence.jobTitle);
    if (evidence.note !== undefined) await this.page.getByLabel("Note for the curator").fill(evidence.note);
    await this.page.getByRole("button", { name: `Ask to join ${institution}` }).click();
  }
  status() {
    return this.page.getByRole("main").getByRole("status");
  }
}

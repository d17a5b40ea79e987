// Page objects for introductions, found by role and label as a screen reader would.
import { expect, type Locator, type Page } from "@playwright/test";
import { passTwoStep } from "./accounts";

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await passTwoStep(page, email);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

export class RequestFormPage {
  constructor(readonly page: Page) {}
  async fill(need: string) {
    const p = this.page;
    await p.getByLabel("What do you need, in plain words?").fill(need);
    await p.getByRole("radio", { name: /Specialist advice/ }).check();
    await p.getByLabel("Budget band").selectOption({ label: "£5k–£25k" });
    await p.getByLabel("Timeline").selectOption({ label: "Within 1–3 months" });
    await p.getByLabel("What your firm does").fill("We make steel garden furniture in Leeds.");
    await p.getByRole("checkbox", { name: /I agree that Expertise Atlas shares/ }).check();
  }
  button(): Locator {
    return this.page.getByRole("button", { name: "Send the request" });
  }
  async send() {
    await this.button().click();
  }
  /** Two presses in quick succession, as an impatient person (or a flaky network) would. */
  async sendTwice() {
    await this.button().dblclick();
  }
}

export class IntroductionPage {
  constructor(readonly page: Page) {}
  need(): Locator {
    return this.page.getByRole("region", { name: "The need" });
  }
  timeline(): Locator {
    return this.page.getByRole("list", { name: "Timeline" });
  }
  thread(): Locator {
    return this.page.getByRole("region", { name: "Messages" });
  }
  /** Fills the form whose button is `button` (fields by label) and presses it. */
  async act(button: string, fields: Record<string, string> = {}) {
    const form = this.page
      .locator("form")
      .filter({ has: this.page.getByRole("button", { name: button, exact: true }) });
    for (const [label, value] of Object.entries(fields)) await form.getByLabel(label).fill(value);
    await form.getByRole("button", { name: button, exact: true }).click();
  }
  async post(message: string) {
    await this.page.getByLabel("Your message").fill(message);
    await this.page.getByRole("button", { name: "Send message" }).click();
    await expect(this.thread().getByText(message)).toBeVisible();
  }
}

// Forms that keep what people typed: the introduction form gives back every answer after a
// refused submit (with and without JavaScript), counts long text and refuses it rather than cut
// it, preselects the firm's own language, and its error summary takes the focus and links to
// each field. A listing draft saves with a name only; submitting it names what is missing.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { DEMO, unique } from "./support/accounts";
import { signIn } from "./support/introductions";

test.describe.configure({ timeout: 120_000 });

/** A German team (it speaks German and English): the form used to preselect German. */
const GERMAN_TEAM = { slug: "tum-hydrogen-fuel-cell-testing", name: "Hydrogen and Fuel Cell Systems Group" };
const FORM = `/introductions/new?team=${GERMAN_TEAM.slug}`;

async function fillAllButNeed(page: Page, need: string) {
  await page.getByLabel("What do you need, in plain words?").fill(need);
  await page.getByRole("radio", { name: /Specialist advice/ }).check();
  await page.getByLabel("Budget band").selectOption({ label: "£5k–£25k" });
  await page.getByLabel("Timeline").selectOption({ label: "Within 3–6 months" });
  await page.getByLabel("Preferred language").selectOption({ label: "French" });
  await page.getByLabel("What your firm does").fill("We make steel garden furniture in Leeds.");
  await page.getByRole("checkbox", { name: /I agree that Expertise Atlas shares/ }).check();
}

async function expectEverythingKept(page: Page, need: string) {
  await expect(page.getByLabel("What do you need, in plain words?")).toHaveValue(need);
  await expect(page.getByRole("radio", { name: /Specialist advice/ })).toBeChecked();
  await expect(page.getByLabel("Budget band").locator("option:checked")).toHaveText("£5k–£25k");
  await expect(page.getByLabel("Timeline").locator("option:checked")).toHaveText("Within 3–6 months");
  await expect(page.getByLabel("Preferred language")).toHaveValue("fr");
  await expect(page.getByLabel("Company size").locator("option:checked")).toHaveText("Small (10–49 people)");
  await expect(page.getByLabel("What your firm does")).toHaveValue("We make steel garden furniture in Leeds.");
  await expect(page.getByRole("checkbox", { name: /I agree that Expertise Atlas shares/ })).toBeChecked();
}

test.describe("the introduction form", () => {
  test.use({ locale: "en-GB" });

  test("defaults to the firm's language, keeps every answer, and links each error to its field", async ({ page }) => {
    await signIn(page, DEMO.sme.email, DEMO.sme.password);
    await page.goto(FORM);
    await expect(
      page.getByRole("heading", { level: 1, name: `Request an introduction to ${GERMAN_TEAM.name}` }),
    ).toBeVisible();
    // The firm's own language (its browser says en-GB), not the team's German; it can choose.
    await expect(page.getByLabel("Preferred language")).toHaveValue("en");
    await expect(page.getByText("You have 4,000 characters remaining")).toBeVisible();
    await expectAccessible(page);

    await fillAllButNeed(page, "Too short");
    await page.getByRole("button", { name: "Send the request" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "Please check the highlighted fields." });
    await expect(summary).toBeFocused();
    await expectEverythingKept(page, "Too short");
    await expectAccessible(page);
    await summary.getByRole("link", { name: "Your need must be at least 40 characters" }).click();
    await expect(page.getByLabel("What do you need, in plain words?")).toBeFocused();

    // Over the limit: counted, never cut, refused with the length.
    const long = "Our coatings crack in frost. ".repeat(145).slice(0, 4100);
    await page.getByLabel("What do you need, in plain words?").fill(long);
    await expect(page.getByText("You have 100 characters too many")).toBeVisible();
    await page.getByRole("button", { name: "Send the request" }).click();
    await expect(summary).toBeFocused();
    await expect(
      summary.getByRole("link", { name: "Your need is 4,100 characters: the limit is 4,000. Shorten it by 100." }),
    ).toBeVisible();
    await expectEverythingKept(page, long);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    // (axe needs scripts in the page: this page is checked by the journey with JavaScript above.)
    test("keeps every answer after a refused submit, and the summary links to the fields", async ({ page }) => {
      await signIn(page, DEMO.sme.email, DEMO.sme.password);
      await page.goto(FORM);
      await expect(page.getByLabel("Preferred language")).toHaveValue("en");
      await expect(page.getByText("You can enter up to 4,000 characters")).toBeVisible();
      await fillAllButNeed(page, "Too short");
      await page.getByRole("button", { name: "Send the request" }).click();
      const summary = page.getByRole("alert").filter({ hasText: "Please check the highlighted fields." });
      await expect(summary).toBeVisible();
      await expect(summary.getByRole("link", { name: "Your need must be at least 40 characters" })).toHaveAttribute(
        "href",
        "#request-need",
      );
      await expectEverythingKept(page, "Too short");
    });
  });
});

test("a listing draft saves with a name only; submitting it names what is missing", async ({ page }) => {
  await signIn(page, DEMO.member.email, DEMO.member.password);
  await page.goto("/dashboard/teams/new");
  await expect(page.getByText("A draft needs only a name")).toBeVisible();
  const name = `Draft ${unique("lab")}`;
  await page.getByLabel("Team name").fill(name);
  // Nothing else: no fields of science, no kinds of knowledge, no summary.
  await page.getByLabel("Summary").fill("");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: /^(Submit for review|Publish)$/ }).click();
  const refusal = page.getByRole("alert").filter({ hasText: "Before it can be submitted for review" });
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText("Choose at least one of the fields of science");
  await expect(refusal).toContainText("Choose at least one of the kinds of knowledge");
  await expectAccessible(page);
});

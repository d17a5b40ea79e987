// Journey: a university member who joined one institution at sign-up asks to join a second one
// (choosing it in the searchable picker, proving an address there by its e-mailed link) and a
// third one (a note the curator decides on); works on listings of each; and leaves one. Also:
// curators choose institutions with the same picker, with and without JavaScript.
import { expect, test } from "@playwright/test";
import { DEMO, expectAccessiblePage, followEmailLink, passTwoStep, signedInPage, unique } from "./support/accounts";
import { InstitutionPicker, MyInstitutionsPage } from "./support/institutions";

test.describe.configure({ mode: "serial" });

const tag = unique("joiner");
const memberEmail = `${tag}@leeds.ac.uk`;
const sheffieldEmail = `${tag}@sheffield.ac.uk`;
const password = "joiner password for e2e";
const memberName = `Dr Jo Iner ${tag.slice(-4)}`;
const SHEFFIELD_TEAM = "sheffield-recycled-plastic-parts";

test("a member joins a second institution by an e-mailed link, a third by a curator's approval, and leaves one", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await page.goto("/sign-up/university");
  await page.getByLabel("Your name").fill(memberName);
  await page.getByLabel("Institutional e-mail address").fill(memberEmail);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your inbox" })).toBeVisible();
  await followEmailLink(page, memberEmail, /Confirm your e-mail address/);
  await expect(page.getByText(/You can now create and edit listings for University of Leeds/)).toBeVisible();

  // From the dashboard to "Your institutions"; choose Sheffield in the combobox with the keyboard.
  await page.goto("/dashboard");
  await page.getByRole("link", { name: "Join another institution, or leave one" }).click();
  const mine = new MyInstitutionsPage(page);
  await expect(page.getByRole("heading", { level: 1, name: "Your institutions" })).toBeVisible();
  await expect(mine.memberships()).toContainText("University of Leeds");
  await expectAccessiblePage(page);
  await mine.picker().chooseSuggestion("sheffield", "University of Sheffield");
  await expect(page).toHaveURL(/institution=university-of-sheffield/);
  await expectAccessiblePage(page);

  // An address elsewhere is refused beside the field, and kept.
  await mine.ask("University of Sheffield", { email: `${tag}@gmail.com`, jobTitle: "Senior lecturer" });
  await expect(page.locator("#join-email-error")).toContainText("sheffield.ac.uk");
  await expect(page.getByLabel("Job title")).toHaveValue("Senior lecturer");
  await mine.ask("University of Sheffield", { email: sheffieldEmail });
  await expect(mine.status()).toContainText("We have sent a link");
  await expect(mine.memberships()).toContainText(`Open the link we sent to ${sheffieldEmail}`);

  // Asking is not joining: Sheffield's listings stay closed until the address is confirmed.
  expect((await page.goto(`/dashboard/teams/${SHEFFIELD_TEAM}/edit`))!.status()).toBe(404);

  await followEmailLink(page, sheffieldEmail, /Confirm you work at University of Sheffield/);
  await expect(
    page.getByRole("heading", { level: 1, name: "Confirm your address at University of Sheffield" }),
  ).toBeVisible();
  await expectAccessiblePage(page);
  await page.getByRole("button", { name: "Confirm and join University of Sheffield" }).click();
  await expect(mine.status()).toContainText("you are now a member");
  await expect(mine.memberships()).toContainText("University of Sheffield — Member");

  // Both institutions' listings in the dashboard; the editor opens for Sheffield's.
  await page.goto("/dashboard");
  await expect(page.getByRole("cell", { name: "University of Sheffield" }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: "University of Leeds" }).first()).toBeVisible();
  expect((await page.goto(`/dashboard/teams/${SHEFFIELD_TEAM}/edit`))!.status()).toBe(200);
  await page.goto("/dashboard");
  await page.getByRole("link", { name: "Create a listing" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Which institution is the team at?" })).toBeVisible();
  await page.getByRole("link", { name: "University of Sheffield" }).click();
  await expect(page.getByText(/^For University of Sheffield/)).toBeVisible();
  await expectAccessiblePage(page);

  // A third institution, unverified, with a note: searched with the button, chosen from the list.
  await mine.open();
  await mine.picker().search("falmouth");
  await expectAccessiblePage(page);
  await mine.picker().results("falmouth").getByRole("link", { name: "Falmouth University" }).click();
  await mine.ask("Falmouth University", { note: "I teach games design here two days a week; ask the Head of School." });
  await expect(mine.status()).toContainText("Your request is with a curator");

  const curator = await signedInPage(browser, DEMO.curator, "/curate/members");
  await curator.goto("/curate/members");
  const request = curator
    .getByRole("listitem")
    .filter({ has: curator.getByRole("heading", { name: `${memberName} wants to join Falmouth University` }) });
  await expect(request).toContainText("From their account, after signing up");
  await expect(request).toContainText("I teach games design here");
  await expectAccessiblePage(curator);
  await request.getByRole("button", { name: `Approve ${memberName}` }).click();
  await expect(curator.getByRole("region", { name: "Recently decided" })).toContainText(
    `${memberName} — Falmouth University: approved`,
  );
  await curator.context().close();

  await mine.open();
  await expect(mine.memberships()).toContainText("Falmouth University — Member");

  // Leaving Sheffield: its listings stay public, but no longer open for this member.
  await mine.memberships().getByRole("button", { name: "Leave University of Sheffield" }).click();
  await expect(mine.status()).toContainText("You have left the institution");
  await expect(mine.memberships()).not.toContainText("University of Sheffield");
  expect((await page.goto(`/dashboard/teams/${SHEFFIELD_TEAM}/edit`))!.status()).toBe(404);
  expect((await page.goto(`/teams/${SHEFFIELD_TEAM}`))!.status()).toBe(200);
});

test("curators choose the institution for a new listing in the picker, and find institutions by city", async ({
  browser,
}) => {
  const curator = await signedInPage(browser, DEMO.curator, "/dashboard/teams/new");
  await curator.goto("/dashboard/teams/new");
  await expectAccessiblePage(curator);
  await new InstitutionPicker(curator, "Institution the team is at").chooseSuggestion(
    "tu delft",
    "Delft University of Technology",
  );
  await expect(curator.getByText(/^For Delft University of Technology/)).toBeVisible();

  await curator.goto("/curate/institutions");
  await new InstitutionPicker(curator, "Name, city, country, ROR id or e-mail domain").chooseSuggestion(
    "sheffield",
    "University of Sheffield",
  );
  await expect(curator.getByRole("row")).toHaveCount(2);
  await expect(curator.getByRole("row").nth(1)).toContainText("University of Sheffield");
  await expectAccessiblePage(curator);
  await curator.context().close();
});

test.describe("without JavaScript", () => {
  // axe needs scripts in the page, so these pages are checked by the journeys with JavaScript.
  test.use({ javaScriptEnabled: false });

  test("the picker is a plain search form whose results are links", async ({ page: curator }) => {
    await curator.goto("/sign-in?next=/dashboard/teams/new");
    await curator.getByLabel("E-mail address").fill(DEMO.curator.email);
    await curator.getByLabel("Password").fill(DEMO.curator.password);
    await curator.getByRole("button", { name: "Sign in" }).click();
    await passTwoStep(curator, DEMO.curator.email);
    await expect(curator.getByRole("heading", { level: 1, name: "Create a listing" })).toBeVisible();
    const picker = new InstitutionPicker(curator, "Institution the team is at");
    await curator.getByLabel("Institution the team is at", { exact: true }).fill("nowhere-at-all-xyz");
    await curator.getByRole("button", { name: "Find", exact: true }).click();
    await expect(curator.getByText("No institution matches.")).toBeVisible();
    await picker.chooseFromResults("delft netherlands", "Delft University of Technology");
    await expect(curator.getByText(/^For Delft University of Technology/)).toBeVisible();
  });
});

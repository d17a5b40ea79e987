// "Ask a curator to find a team for this need" (/contact): a firm without an account describes its
// need from a search that found nothing; the broker covering its country finds it in the triage
// queue without a team and answers with suggested teams, which reach the firm by e-mail. A
// signed-in firm reaches the same page from a search that found very little and follows its
// request like any other. Mail is read from the e2e SMTP server.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { unique } from "./support/accounts";
import { signIn } from "./support/introductions";
import { latestMailTo } from "./support/mail";

test.describe.configure({ mode: "serial", timeout: 150_000 });

const SME = { email: "sme@demo.expertise-atlas.example", password: "demo-sme-password" };
/** A member of the Northern Innovation Exchange, which covers firms in the UK. */
const BROKER = { email: "curator@demo.expertise-atlas.example", password: "demo-curator-password" };
const SUGGESTED = { slug: "manchester-graphene-coatings", name: "Graphene Coatings and Barrier Films Group" };
const NEED =
  "We make outdoor signage and the printed vinyl fades within a year in full sun. We want to know which coatings or inks would last five years.";

async function as(browser: Browser, who: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, who.email, who.password);
  return page;
}

async function fillFirm(page: Page) {
  await page.getByLabel("Company name").fill("Sunfast Signs Ltd");
  await page.getByLabel("Company size").selectOption({ label: "Micro (1–9 people)" });
  await page.getByLabel("Country").selectOption({ label: "United Kingdom" });
  await page.getByLabel("Sector").selectOption({ label: "C — Manufacturing" });
  await page.getByRole("checkbox", { name: /I agree that Expertise Atlas shares/ }).check();
}

let guestEmail: string;
let requestId: number;

test("a firm without an account asks a curator from a search that found nothing", async ({ page }) => {
  await page.goto("/search?q=zzqxplorb");
  await expect(page.getByRole("heading", { name: "No teams found for “zzqxplorb”" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Ask a curator to find a team for this need" }).click();

  await expect(page).toHaveURL(/\/contact\?need=zzqxplorb/);
  await expect(page.getByRole("heading", { level: 1, name: "Ask a curator to find a team" })).toBeVisible();
  const need = page.getByLabel("What do you need, in plain words?");
  await expect(need).toHaveValue("zzqxplorb");
  await expectAccessible(page);

  // Too short, no address: refused, each problem linked from the summary, what was typed kept.
  await page.getByRole("button", { name: "Send to a curator" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Please check the highlighted fields." });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "Your name must be at least 2 characters" })).toBeVisible();
  await expect(need).toHaveValue("zzqxplorb");

  guestEmail = `${unique("guest")}@firm.example`;
  await need.fill(NEED);
  await page.getByLabel("Your name").fill("Sam Sunfast");
  await page.getByLabel("E-mail address", { exact: true }).fill(guestEmail);
  await fillFirm(page);
  await page.getByRole("button", { name: "Send to a curator" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "We have your request" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("We have e-mailed an acknowledgement");
  requestId = Number(/ref=(\d+)/.exec(page.url())![1]);
  await expectAccessible(page);
  const ack = await latestMailTo(guestEmail, /We have your request/);
  expect(ack.text).toContain("You sent this without an account");
});

test("the covering broker finds it without a team and answers with suggested teams", async ({ browser }) => {
  const broker = await as(browser, BROKER);
  await broker.goto("/broker");
  await expect(broker.getByRole("heading", { level: 1, name: "Triage queue" })).toBeVisible();
  const link = broker.getByRole("link", { name: `Request #${requestId}: Sunfast Signs Ltd, a need without a team` });
  await expect(link).toBeVisible();
  await expectAccessible(broker);
  await link.click();

  await expect(
    broker.getByRole("heading", { level: 1, name: "Sunfast Signs Ltd: a need without a team" }),
  ).toBeVisible();
  await expect(broker.getByText(`Sam Sunfast, ${guestEmail}`)).toBeVisible();
  // A need has no team to forward to: only suggestions.
  await expect(broker.getByRole("button", { name: "Forward to the team" })).toHaveCount(0);
  await expectAccessible(broker);

  const suggest = broker.locator("form").filter({ has: broker.getByRole("button", { name: "Suggest", exact: true }) });
  // A mistyped link is named as not a team of the register.
  await suggest.getByLabel("Teams to suggest").fill("http://127.0.0.1/teams/manchester-graphene-coatngs");
  await suggest.getByRole("button", { name: "Suggest", exact: true }).click();
  await expect(suggest.getByRole("alert")).toHaveText(
    "“manchester-graphene-coatngs” is not a team of the register. Check the link: copy it from the team's page.",
  );
  await suggest.getByLabel("Teams to suggest").fill(`http://127.0.0.1/teams/${SUGGESTED.slug}`);
  await suggest.getByLabel("Note for the firm").fill("They test coatings outdoors for years.");
  await suggest.getByRole("button", { name: "Suggest", exact: true }).click();
  await expect(broker.getByRole("status").filter({ hasText: "Suggestions sent to the firm." })).toBeVisible();
  await expect(broker.getByRole("region", { name: "Teams suggested for this need" })).toContainText(SUGGESTED.name);
  await expectAccessible(broker);

  const mail = await latestMailTo(guestEmail, /Teams suggested for your need/);
  expect(mail.text).toContain(`/teams/${SUGGESTED.slug}`);
  expect(mail.text).toContain("They test coatings outdoors for years.");
});

test("a signed-in firm asks from a search that found very little and follows it", async ({ browser }) => {
  const sme = await as(browser, SME);
  await sme.goto("/search?q=cocoa");
  await expect(sme.getByRole("heading", { name: "1 team for “cocoa”" })).toBeVisible();
  const few = sme.getByRole("complementary", { name: "Not what you need?" });
  await expect(few).toContainText("Only 1 team found.");
  await expectAccessible(sme);
  await few.getByRole("link", { name: "Ask a curator to find a team for this need" }).click();

  await expect(sme.getByText("We will write to sme@demo.expertise-atlas.example")).toBeVisible();
  await expect(sme.getByLabel("Your name")).toHaveCount(0);
  await expect(sme.getByLabel("Company name")).toHaveValue("Demo Precision Parts Ltd");
  await expectAccessible(sme);
  await sme
    .getByLabel("What do you need, in plain words?")
    .fill(
      "We roast cocoa nibs for bakeries and want to cut the energy our roaster uses by a third without losing flavour.",
    );
  await sme.getByRole("checkbox", { name: /I agree that Expertise Atlas shares/ }).check();
  await sme.getByRole("button", { name: "Send to a curator" }).click();

  await expect(sme.getByRole("status").filter({ hasText: "Sent." })).toBeVisible();
  await expect(sme.getByRole("heading", { level: 1 })).toHaveText("Demo Precision Parts Ltd: a need without a team");
  await expectAccessible(sme);
  const id = /\/introductions\/(\d+)/.exec(sme.url())![1];
  await latestMailTo(SME.email, new RegExp(`We have your request: a curator will look for teams \\(#${id}\\)`));
  await sme.goto("/introductions");
  await expect(
    sme.getByRole("link", { name: `Request #${id}: Demo Precision Parts Ltd, a need without a team` }),
  ).toBeVisible();
  await expectAccessible(sme);
});

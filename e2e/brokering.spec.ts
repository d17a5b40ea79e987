// Journeys: how introductions work, as a picture (on /about, reached from a team's page) and on
// a request's own page; a curator passes a request to another intermediary, whose broker (not a
// curator) finds it through the header's Triage link and its count, triages it and passes it
// back — after which that broker can no longer open it. Mail is read from the e2e SMTP server.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { IntroductionPage, RequestFormPage, signIn } from "./support/introductions";
import { latestMailTo, linkIn } from "./support/mail";
import { holidaysOf } from "@/lib/introductions/holidays";
import { addWorkingDays } from "@/lib/introductions/working-days";

// Long journeys on a machine shared with other work: each may take over a minute.
test.describe.configure({ mode: "serial", timeout: 150_000 });

const SME = { email: "sme@demo.expertise-atlas.example", password: "demo-sme-password" };
const CURATOR = { email: "curator@demo.expertise-atlas.example", password: "demo-curator-password" };
/** A member of Global Tech Transfer Network (demo), and not a curator. */
const BROKER = { email: "broker@demo.expertise-atlas.example", password: "demo-broker-password" };
const TEAM = { slug: "swansea-functional-coatings-steel", name: "Functional Coatings on Steel and Glass" };
const NORTHERN = "Northern Innovation Exchange (demo)";
const GLOBAL = "Global Tech Transfer Network (demo)";
const pathOf = (url: string) => new URL(url).pathname;

async function as(browser: Browser, who: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, who.email, who.password);
  return page;
}
const triageLink = (page: Page) =>
  page.getByRole("navigation", { name: "Your account" }).getByRole("link", { name: /^Triage/ });
const progress = (page: Page) => page.getByRole("region", { name: "Where it stands" });

let requestId: number;

test("how introductions work: a picture with the steps in words, linked from a team's page", async ({ page }) => {
  await page.goto(`/teams/${TEAM.slug}`);
  await page.getByRole("link", { name: "How introductions work" }).click();
  await expect(page).toHaveURL(/\/about#how-introductions-work$/);
  const section = page.locator("#how-introductions-work");
  await expect(section.getByRole("heading", { name: "How introductions work" })).toBeVisible();
  await expect(section.getByRole("img", { name: "How an introduction request flows" })).toBeVisible();
  const steps = section.getByRole("list").first().getByRole("listitem");
  await expect(steps).toHaveCount(6);
  await expect(steps.nth(1)).toContainText("Triage by an intermediary");
  await expect(section).toContainText("escalated to a broker");
  await expect(section).toContainText("withdraw its request at any time before it is connected");
  await expectAccessible(page);
});

test("a brokered request shows where it stands and when an answer is due", async ({ browser }) => {
  const sme = await as(browser, SME);
  await sme.goto(`/introductions/new?team=${TEAM.slug}`);
  await expect(sme.getByRole("link", { name: "How introductions work, step by step" })).toBeVisible();
  await new RequestFormPage(sme).fill(
    "Our powder-coated steel railings rust at the welds within two winters; we want a coating that survives coastal weather.",
  );
  await new RequestFormPage(sme).send();
  await expect(sme.getByRole("status").filter({ hasText: "Sent." })).toBeVisible();
  requestId = Number(/\/introductions\/(\d+)/.exec(sme.url())![1]);

  // Ten UK working days (the team is in Wales): the server's calendar, public holidays included.
  const due = addWorkingDays(new Date(), 10, holidaysOf("GB")).toLocaleDateString("en-GB", {
    dateStyle: "long",
    timeZone: "UTC",
  });
  await expect(sme.getByText(`Answer expected by ${due}`)).toBeVisible();
  const picture = progress(sme).getByRole("img", { name: "Where this request is in the introduction process" });
  await expect(picture).toBeVisible();
  await expect(picture).toHaveAccessibleDescription(/^Now at “Sent by the firm”\./);
  await progress(sme).getByText("The steps in words").click();
  await expect(progress(sme).getByRole("listitem").first()).toContainText("(current step)");
  await expectAccessible(sme);
});

test("a curator passes the request to another intermediary; its broker finds it from the header", async ({
  browser,
}) => {
  // The broker's header has a Triage link although they are not a curator; nothing waits yet.
  const broker = await as(browser, BROKER);
  await expect(triageLink(broker)).toHaveText("Triage");

  const curator = await as(browser, CURATOR);
  await curator.goto(`/introductions/${requestId}`);
  const page = new IntroductionPage(curator);
  await page.act("Pick up");
  await expect(curator.getByText("Picked up. The firm has been told.")).toBeVisible();
  await expect(progress(curator).getByRole("img")).toHaveAccessibleDescription(
    /^Now at “Triage by an intermediary”\. Done: “Sent by the firm”\./,
  );
  // Nothing chosen: told beside the field, nothing moves.
  await page.act("Pass it on", {
    "Note for the new broker": "Their Welsh partners test coatings for the steel industry.",
  });
  await expect(curator.getByText("Choose an intermediary from the list")).toBeVisible();
  await curator.getByRole("combobox", { name: "Intermediary" }).selectOption({ label: GLOBAL });
  await page.act("Pass it on");
  await expect(curator).toHaveURL(/\/broker\?done=reassign/);
  await expect(
    curator.getByRole("status").filter({ hasText: `Request #${requestId}: Passed to the other intermediary` }),
  ).toBeVisible();
  await expectAccessible(curator);

  const mail = await latestMailTo(
    BROKER.email,
    new RegExp(`passed to ${GLOBAL.replace(/[()]/g, "\\$&")}.*#${requestId}\\)`),
  );
  expect(mail.text).toContain("Their Welsh partners test coatings for the steel industry.");
  expect(mail.text).toContain(`${NORTHERN} has passed this request`);
  expect(pathOf(linkIn(mail, "/introductions/"))).toBe(`/introductions/${requestId}`);

  await broker.reload();
  await expect(triageLink(broker)).toHaveAccessibleName("Triage 1 waiting");
  await triageLink(broker).click();
  await expect(broker.getByRole("heading", { level: 1, name: "Triage queue" })).toBeVisible();
  await expectAccessible(broker);
  await broker.getByRole("link", { name: new RegExp(`Request #${requestId}:`) }).click();
  const theirs = new IntroductionPage(broker);
  await expect(theirs.timeline()).toContainText("Passed to another intermediary");
  await expect(theirs.timeline()).toContainText(`From ${NORTHERN} to ${GLOBAL}: Their Welsh partners`);
  await expectAccessible(broker);

  // The firm sees the step, never the brokers' note.
  const sme = await as(browser, SME);
  await sme.goto(`/introductions/${requestId}`);
  await expect(new IntroductionPage(sme).timeline()).toContainText("Passed to another intermediary");
  await expect(new IntroductionPage(sme).timeline()).not.toContainText("Welsh partners");
  await expect(sme.getByRole("region", { name: "The need" })).toContainText(GLOBAL);
});

test("the broker passes it back, and can no longer open it", async ({ browser }) => {
  const broker = await as(browser, BROKER);
  await broker.goto(`/introductions/${requestId}`);
  const page = new IntroductionPage(broker);
  await broker.getByRole("combobox", { name: "Intermediary" }).selectOption({ label: NORTHERN });
  await page.act("Pass it on", { "Note for the new broker": "On reflection, this is for the UK brokers." });
  await expect(broker).toHaveURL(/\/broker\?done=reassign/);
  await expect(triageLink(broker)).toHaveText("Triage");
  await expect(broker.getByRole("link", { name: new RegExp(`Request #${requestId}:`) })).toHaveCount(0);
  const res = await broker.goto(`/introductions/${requestId}`);
  expect(res?.status()).toBe(404);
  expect((await broker.request.get(`/api/introductions/${requestId}`)).status()).toBe(404);

  // Back in the first queue, where the curator forwards it to the team.
  const curator = await as(browser, CURATOR);
  await curator.goto(`/broker?broker=&status=submitted`);
  await expect(curator.getByRole("link", { name: new RegExp(`Request #${requestId}:`) })).toBeVisible();
  await curator.goto(`/introductions/${requestId}`);
  await new IntroductionPage(curator).act("Forward to the team");
  await expect(curator.getByText("Forwarded to the team.")).toBeVisible();
  await expect(progress(curator).getByRole("img")).toHaveAccessibleDescription(/^Now at “Forwarded to the team”\./);
  await expect(curator.getByRole("region", { name: "Pass to another intermediary" })).toHaveCount(0);
});

// Journeys: a firm searches, shortlists and asks for an introduction; the broker triages and
// forwards it; the team accepts and replies; the firm sees the contact and the thread. Then a
// team declines (suggesting another), and a request nobody answers is escalated by `npm run jobs`.
// Every e-mail is read from the real SMTP server the e2e server sends to.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { latestMailTo, linkIn, runJobs } from "./support/mail";
import { IntroductionPage, RequestFormPage, signIn } from "./support/introductions";

// Long journeys on a machine shared with other work: each may take over a minute.
test.describe.configure({ mode: "serial", timeout: 150_000 });

const SME = { email: "sme@demo.expertise-atlas.example", password: "demo-sme-password" };
const BROKER = { email: "curator@demo.expertise-atlas.example", password: "demo-curator-password" };
const MEMBER = { email: "member@demo.expertise-atlas.example", password: "demo-member-password" };
const GRAPHENE = { slug: "manchester-graphene-coatings", name: "Graphene Coatings and Barrier Films Group" };
const LAW = { slug: "manchester-employment-law-clinic", name: "Workplace Law for Small Employers" };
const ADDITIVE = { slug: "loughborough-additive-manufacturing", name: "Additive Manufacturing for Production Parts" };
const contactOf = (slug: string) => `${slug}@demo.expertise-atlas.example`;
const pathOf = (url: string) => new URL(url).pathname;

async function as(browser: Browser, who: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, who.email, who.password);
  return page;
}

let requestId: number;

test("a firm searches, shortlists and requests; the broker forwards; the team accepts and replies", async ({
  browser,
}) => {
  const sme = await as(browser, SME);

  // Search, then the team's profile.
  await sme.goto("/");
  await sme.getByRole("searchbox").first().fill("graphene barrier coatings");
  await sme.getByRole("searchbox").first().press("Enter");
  await sme.getByRole("link", { name: GRAPHENE.name }).first().click();
  await expect(sme.getByRole("heading", { level: 1, name: GRAPHENE.name })).toBeVisible();
  await expect(sme.getByRole("heading", { name: "Responsiveness" })).toBeVisible();
  await sme.getByRole("button", { name: "Add to shortlist" }).click();
  await expect(sme.getByText("On your shortlist")).toBeVisible();
  await expectAccessible(sme);

  // The shortlist: a private note, then the request from there.
  await sme.goto("/shortlist");
  await expect(sme.getByRole("heading", { level: 1, name: "My shortlist" })).toBeVisible();
  await sme
    .getByRole("textbox", { name: `Private note on ${GRAPHENE.name}` })
    .fill("Ask about outdoor durability of the coating.");
  await sme.getByRole("button", { name: "Save note" }).click();
  await expect(sme.getByText("Note saved.")).toBeVisible();
  await expectAccessible(sme);
  await sme.reload();
  await expect(sme.getByRole("textbox", { name: `Private note on ${GRAPHENE.name}` })).toHaveValue(
    "Ask about outdoor durability of the coating.",
  );
  await sme.getByRole("link", { name: "Request an introduction" }).click();

  const form = new RequestFormPage(sme);
  await expect(
    sme.getByRole("heading", { level: 1, name: `Request an introduction to ${GRAPHENE.name}` }),
  ).toBeVisible();
  await expect(sme.getByRole("heading", { name: "What makes a good request" })).toBeVisible();
  await expect(sme.getByLabel("Company name")).toHaveValue("Demo Precision Parts Ltd");
  await expectAccessible(sme);
  // Sent without the required answers: told what is missing, nothing sent.
  await form.send();
  await expect(sme.getByRole("alert").first()).toContainText("Please check");
  await form.fill(
    "Our <b>steel</b> garden furniture coating flakes after one winter outdoors. We want to know whether a graphene barrier layer would help and what it would cost to trial.",
  );
  await form.sendTwice();
  await expect(sme.getByRole("status").filter({ hasText: "Sent." })).toBeVisible();
  requestId = Number(/\/introductions\/(\d+)/.exec(sme.url())![1]);
  const intro = new IntroductionPage(sme);
  await expect(intro.need()).toContainText("Our <b>steel</b> garden furniture");
  await expect(intro.timeline()).toContainText("Submitted");
  await expectAccessible(sme);
  // Sent once, although the button was pressed twice.
  await sme.goto("/introductions");
  await expect(sme.getByRole("link", { name: new RegExp(`to ${GRAPHENE.name}$`) })).toHaveCount(1);
  await expectAccessible(sme);

  const confirmation = await latestMailTo(SME.email, /was sent/);
  expect(pathOf(linkIn(confirmation, "/introductions/"))).toBe(`/introductions/${requestId}`);

  // The broker's queue, triage and forwarding.
  const queued = await latestMailTo(BROKER.email, /New introduction request in your queue/);
  const broker = await as(browser, BROKER);
  await broker.goto("/broker");
  await expect(broker.getByRole("heading", { level: 1, name: "Triage queue" })).toBeVisible();
  await expectAccessible(broker);
  await broker.goto(pathOf(linkIn(queued, "/introductions/")));
  const triage = new IntroductionPage(broker);
  await triage.act("Pick up", { "Note for the team": "Known firm, serious about this." });
  await expect(broker.getByText("Picked up. The firm has been told.")).toBeVisible();
  await triage.act("Forward to the team", { "Note for the team": "Please answer this week." });
  await expect(broker.getByText("Forwarded to the team.")).toBeVisible();
  await expectAccessible(broker);

  // The team: from its e-mail to the request; accept and reply.
  const forwarded = await latestMailTo(contactOf(GRAPHENE.slug), /Introduction request from Demo Precision Parts Ltd/);
  expect(forwarded.text).toContain("Please answer this week.");
  const member = await as(browser, MEMBER);
  await member.goto(pathOf(linkIn(forwarded, "/introductions/")));
  const team = new IntroductionPage(member);
  await expect(team.timeline()).toContainText("Please answer this week.");
  await expect(member.getByText("sme@demo.expertise-atlas.example")).toBeVisible();
  await expectAccessible(member);
  await team.act("Accept the introduction", { "Note for the firm": "Happy to talk next week." });
  await expect(member.getByText("Accepted. The firm can now see")).toBeVisible();
  await team.post("Could you send photos of the flaking?");

  // The firm: the contact is revealed, and the thread continues.
  const accepted = await latestMailTo(SME.email, /accepted your introduction request/);
  expect(accepted.text).toContain(contactOf(GRAPHENE.slug));
  await sme.goto(`/introductions/${requestId}`);
  await expect(sme.getByRole("region", { name: "Contact details" })).toContainText(contactOf(GRAPHENE.slug));
  await expect(intro.thread()).toContainText("Could you send photos of the flaking?");
  await expect(intro.timeline()).not.toContainText("Known firm, serious about this.");
  await intro.post("Photos are on their way.");
  const reply = await latestMailTo(MEMBER.email, /New message on introduction request/);
  expect(reply.text).toContain("Photos are on their way.");
  await intro.act("Mark as connected");
  await expect(intro.timeline()).toContainText("Connected");
  await expectAccessible(sme);
});

test("a team declines with a reason and suggests another team", async ({ browser }) => {
  const sme = await as(browser, SME);
  await sme.goto(`/teams/${LAW.slug}`);
  await sme.getByRole("link", { name: "Request an introduction" }).click();
  await new RequestFormPage(sme).fill(
    "We employ twelve people and need to rewrite our contracts for hybrid working; we want to know what the law requires of us.",
  );
  await new RequestFormPage(sme).send();
  await expect(sme.getByRole("status").filter({ hasText: "Sent." })).toBeVisible();
  const id = Number(/\/introductions\/(\d+)/.exec(sme.url())![1]);

  const broker = await as(browser, BROKER);
  await broker.goto(`/introductions/${id}`);
  await new IntroductionPage(broker).act("Forward to the team");
  await expect(broker.getByText("Forwarded to the team.")).toBeVisible();

  const member = await as(browser, MEMBER);
  await member.goto("/dashboard/requests");
  await expect(member.getByRole("heading", { level: 1, name: "Incoming introduction requests" })).toBeVisible();
  await expectAccessible(member);
  await member.getByRole("link", { name: new RegExp(`Request #${id}:`) }).click();
  await new IntroductionPage(member).act("Decline the request", {
    Reason: "We only advise charities this year.",
    "Suggest another team": `http://127.0.0.1/teams/${ADDITIVE.slug}`,
  });
  await expect(member.getByText("Declined. The firm has been told why.")).toBeVisible();

  const mail = await latestMailTo(SME.email, /was declined/);
  expect(mail.text).toContain("We only advise charities this year.");
  expect(mail.text).toContain(ADDITIVE.name);
  await sme.goto(pathOf(linkIn(mail, "/introductions/")));
  await expect(sme.getByRole("region", { name: "Why it was declined" })).toContainText(
    "We only advise charities this year.",
  );
  await expect(sme.getByRole("region", { name: "Contact details" })).toHaveCount(0);
  await expect(sme.getByRole("link", { name: ADDITIVE.name })).toBeVisible();
  await expectAccessible(sme);
});

test("a request nobody answers for 10 working days is escalated, and the firm is told", async ({ browser }) => {
  const sme = await as(browser, SME);
  await sme.goto(`/introductions/new?team=${ADDITIVE.slug}`);
  await new RequestFormPage(sme).fill(
    "We need a batch of fifty nylon brackets printed and tested for fatigue before we commit to injection moulding tooling.",
  );
  await new RequestFormPage(sme).send();
  await expect(sme.getByRole("status").filter({ hasText: "Sent." })).toBeVisible();
  const id = Number(/\/introductions\/(\d+)/.exec(sme.url())![1]);

  // Other people's sessions cannot read it, through the page or the API.
  const member = await as(browser, MEMBER);
  expect((await member.request.get(`/api/introductions/${id}`)).status()).toBe(404);
  expect((await (await browser.newContext()).request.get(`/api/introductions/${id}`)).status()).toBe(401);

  // Three weeks on: ten working days have passed even with public holidays in between.
  const out = runJobs(new Date(Date.now() + 21 * 86_400_000));
  expect(out).toMatch(/Introductions: [1-9]\d* request\(s\) escalated/);
  const toBroker = await latestMailTo(BROKER.email, new RegExp(`^Escalated: .*#${id}\\)`));
  expect(pathOf(linkIn(toBroker, "/introductions/"))).toBe(`/introductions/${id}`);
  // It never left the broker's queue: worded so, not "we will chase the team".
  const toFirm = await latestMailTo(
    SME.email,
    new RegExp(`^Your request is taking longer than it should \\(#${id}\\)`),
  );
  expect(toFirm.text).toContain("it has not been passed on to the team yet");
  expect(toFirm.text).not.toMatch(/chase the team/);

  await sme.goto(`/introductions/${id}`);
  await expect(
    sme.getByText(/so it was escalated on .*: the curators are taking it up with the broker\./),
  ).toBeVisible();
  await expect(sme.getByRole("region", { name: "Where it stands" }).getByRole("img")).toHaveAccessibleDescription(
    /It was escalated after 10 working days/,
  );
  await expect(new IntroductionPage(sme).timeline()).toContainText("Escalated");
  const broker = await as(browser, BROKER);
  await broker.goto("/broker?status=escalated");
  await expect(broker.getByRole("link", { name: new RegExp(`Request #${id}:`) })).toBeVisible();
  await expectAccessible(broker);

  // Brokers keep their coverage (which drives routing) up to date.
  await broker.getByRole("link", { name: "Countries and sectors your organisation covers" }).click();
  await expect(broker.getByRole("heading", { name: "Northern Innovation Exchange (demo)" })).toBeVisible();
  const northern = broker.getByRole("region", { name: "Northern Innovation Exchange (demo)" });
  await expect(northern.getByLabel("Countries covered")).toHaveValues(["IE", "GB"]);
  await northern.getByRole("button", { name: "Save coverage" }).click();
  await expect(northern.getByText("Coverage saved.")).toBeVisible();
  await expectAccessible(broker);
});

test("private pages ask visitors to sign in", async ({ page }) => {
  for (const path of [
    "/introductions",
    "/shortlist",
    "/saved-searches",
    "/broker",
    "/dashboard/requests",
    `/introductions/new?team=${GRAPHENE.slug}`,
  ]) {
    await page.goto(path);
    await expect(page.getByRole("link", { name: "Sign in" }).last()).toHaveAttribute("href", /\/sign-in\?next=/);
  }
  await expectAccessible(page);
  expect((await page.request.get("/api/introductions")).status()).toBe(401);
});

test("the firm's own repository: shortlist, compare side by side, saved searches with alerts", async ({ browser }) => {
  const sme = await as(browser, SME);
  await sme.goto(`/teams/${ADDITIVE.slug}`);
  await sme.getByRole("button", { name: "Add to shortlist" }).click();
  await expect(sme.getByText("On your shortlist")).toBeVisible();

  await sme.goto("/shortlist");
  await sme.getByRole("checkbox", { name: `Compare ${GRAPHENE.name}` }).check();
  await sme.getByRole("checkbox", { name: `Compare ${ADDITIVE.name}` }).check();
  await sme.getByRole("button", { name: "Compare the ticked teams" }).click();
  await expect(sme.getByRole("heading", { level: 1, name: "Compare teams" })).toBeVisible();
  const table = sme.getByRole("table");
  await expect(table.getByRole("columnheader", { name: GRAPHENE.name })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: ADDITIVE.name })).toBeVisible();
  await expect(table.getByRole("rowheader", { name: "Your note" })).toBeVisible();
  await expect(table).toContainText("Ask about outdoor durability of the coating.");
  await expectAccessible(sme);
  await sme.goto("/compare?teams=a,b,c,d,e");
  await expect(sme.getByRole("alert").filter({ hasText: "Compare at most 4 teams" })).toBeVisible();

  // From a search to a saved search with a weekly digest, and back to the search.
  await sme.goto("/search?q=additive+manufacturing&country=GB");
  await sme.getByRole("link", { name: "Save this search" }).click();
  await expect(sme.getByRole("heading", { level: 1, name: "Saved searches" })).toBeVisible();
  await sme.getByLabel("Name").fill("UK 3D printing");
  await sme.getByLabel("E-mail me").selectOption("weekly");
  await sme.getByRole("button", { name: "Save search" }).click();
  await expect(sme.getByRole("heading", { name: "UK 3D printing" })).toBeVisible();
  await expect(sme.getByText(/“additive manufacturing” · country: GB/)).toBeVisible();
  await expectAccessible(sme);
  await sme.getByLabel("E-mail alerts for UK 3D printing").selectOption("daily");
  await sme.getByRole("button", { name: "Update alerts" }).click();
  await expect(sme.getByText("Alerts updated.")).toBeVisible();
  await sme.getByRole("link", { name: "Run this search “UK 3D printing”" }).click();
  await expect(sme).toHaveURL(/\/search\?q=additive\+manufacturing&country=GB/);
  await expect(sme.getByRole("link", { name: ADDITIVE.name }).first()).toBeVisible();

  // My introductions: the history of every request, filterable.
  await sme.goto("/introductions?status=declined");
  await expect(sme.getByRole("link", { name: new RegExp(`to ${LAW.name}$`) })).toBeVisible();
  await expect(sme.getByRole("link", { name: new RegExp(`to ${GRAPHENE.name}$`) })).toHaveCount(0);
});

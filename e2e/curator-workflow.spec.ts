// The curators' side: listings submitted for review reach them by e-mail (one at once, then a
// digest from `npm run jobs`); the import report lists every problem of a row; an escalation
// says where a request actually waits; a collection has a clear Publish action and state; and
// demand insight counts a search that found only weak matches as unmet.
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { DEMO, signedInPage, unique } from "./support/accounts";
import { ImportPage } from "./support/curation";
import { allMail, latestMailTo, runJobs } from "./support/mail";

test.describe.configure({ mode: "serial", timeout: 150_000 });

let curator: Page;
test.beforeAll(async ({ browser }) => {
  curator = await signedInPage(browser, DEMO.curator);
});

test("curators hear of listings waiting for review, and the import report shows every error of a row", async () => {
  const started = new Date().toISOString();
  const exported = await curator.request.get("/curate/export/download?format=csv&institution=university-of-manchester");
  const rows = parse(await exported.text(), { columns: true, bom: true }) as Record<string, string>[];
  const base = { ...rows[0]!, slug: "", version: "" };
  const names = [`Waiting lab ${unique("a")}`, `Waiting lab ${unique("b")}`];
  const fresh = names.map((name) => ({ ...base, name }));
  const bad = {
    ...base,
    name: "Three problems",
    institution: "no-such-university",
    lead_orcid: "0000-0002-1825-0098",
    website: "ftp://files.example.org",
  };
  const csv = stringify([...fresh, bad], { header: true, columns: Object.keys(base) });

  const page = new ImportPage(curator);
  await page.open();
  await page.upload(csv, "Waiting for review", "waiting.csv");
  await expect(page.summary()).toContainText("3 rows: 2 to create, 0 to update, 0 unchanged, 1 with errors.", {
    timeout: 30_000,
  });
  const row = page.reportRow(4);
  await expect(row).toContainText("institution: No institution has the slug “no-such-university”.");
  await expect(row).toContainText("lead_orcid: Not a valid ORCID iD");
  await expect(row).toContainText("website: Enter a web address starting with http:// or https://");
  await expectAccessible(curator);
  await curator.getByRole("button", { name: "Import 2 listings" }).click();
  await expect(page.summary()).toContainText("2 created", { timeout: 30_000 });

  // The first may already have been e-mailed; the job sends the rest together once the hour is over.
  runJobs(new Date(Date.now() + 61 * 60 * 1000));
  await latestMailTo(DEMO.curator.email, /waiting for review/);
  const told = allMail()
    .filter((m) => m.receivedAt >= started && m.to.includes(DEMO.curator.email) && /waiting for review/.test(m.subject))
    .map((m) => `${m.subject}\n${m.text}`)
    .join("\n");
  for (const name of names) expect(told).toContain(name);
  expect(told).not.toContain("Three problems");
});

test("an escalation says the request is still with the broker, not that the team is being chased", async ({ page }) => {
  const email = `${unique("waiting")}@firm.example`;
  await page.goto("/contact");
  await page
    .getByLabel("What do you need, in plain words?")
    .fill("We bottle cold-pressed juice and want a shelf life of six weeks without pasteurising it.");
  await page.getByLabel("Your name").fill("Jo Juice");
  await page.getByLabel("E-mail address", { exact: true }).fill(email);
  await page.getByLabel("Company name").fill("Pressed Ltd");
  await page.getByLabel("Company size").selectOption({ label: "Micro (1–9 people)" });
  await page.getByLabel("Country").selectOption({ label: "United Kingdom" });
  await page.getByLabel("Sector").selectOption({ label: "C — Manufacturing" });
  await page.getByRole("checkbox", { name: /I agree that Expertise Atlas shares/ }).check();
  await page.getByRole("button", { name: "Send to a curator" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "We have your request" })).toBeVisible();

  runJobs(new Date(Date.now() + 16 * 24 * 3600 * 1000));
  const mail = await latestMailTo(email, /taking longer than it should/);
  expect(mail.text).toContain("Nobody has suggested teams for your need within 10 working days");
  expect(mail.text).not.toMatch(/chase the team/);
  const toBroker = await latestMailTo(DEMO.curator.email, /^Escalated: .*Pressed Ltd/);
  expect(toBroker.text).toContain("triage queue: no team has been suggested yet");
});

test("a collection is published and unpublished with one clear action, its state shown", async ({ browser }) => {
  const title = `Juice and drinks ${unique("c")}`;
  await curator.goto("/curate/collections");
  await curator.getByRole("textbox", { name: "Title" }).fill(title);
  await curator.getByRole("button", { name: "Create collection" }).click();
  await expect(curator.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(curator.getByRole("heading", { name: "Visibility: Not published" })).toBeVisible();
  await expect(curator.getByRole("checkbox", { name: /Published/ })).toHaveCount(0);
  await expectAccessible(curator);

  const slug = new URL(curator.url()).pathname.split("/").pop()!;
  const visibility = curator.getByRole("region", { name: /^Visibility/ });
  await visibility.getByRole("button", { name: "Publish" }).click();
  await expect(curator.getByRole("heading", { name: "Visibility: Published" })).toBeVisible();
  await expect(curator.getByText("Published. Everyone can see it on /collections.")).toBeVisible();
  await expectAccessible(curator);
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/collections/${slug}`);
  await expect(visitor.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expectAccessible(visitor);

  await visibility.getByRole("button", { name: "Unpublish" }).click();
  await expect(curator.getByRole("heading", { name: "Visibility: Not published" })).toBeVisible();
  const gone = await visitor.goto(`/collections/${slug}`);
  expect(gone?.status()).toBe(404);
});

test("demand insight counts a search that found only weak matches as unmet", async ({ browser }) => {
  // "manchester" finds teams mostly by their university's name and city: weak matches.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/search?q=manchester");
  await expect(visitor.getByRole("heading", { name: /teams? for “manchester”/ })).toBeVisible();

  await curator.goto("/curate/demand?days=7");
  const row = curator.getByRole("table", { name: /Unmet demand/ }).getByRole("row", { name: /“manchester”/ });
  await expect(row).toContainText(/only \d strong|all weak matches/);
  await expectAccessible(curator);
});

// The curator's tools, end to end: export a university's listings, edit the file, import it
// (dry run, then commit), find the duplicate the file created, merge it, and follow the old
// address to the survivor. Everyone else is kept out.
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, expectAccessiblePage, signedInPage, teamRow } from "./support/accounts";
import { ExportPage, ImportPage } from "./support/curation";
import { latestMailTo } from "./support/mail";

test.describe.configure({ mode: "serial" });

const SURVIVOR = { slug: "manchester-employment-law-clinic", name: "Workplace Law for Small Employers" };
const DUPLICATE = { slug: "workplace-law-for-small-employers-group", name: "Workplace Law for Small Employers Group" };
const WORD = "zorblaxite";
let curator: Page;
let exported = "";

test.beforeAll(async ({ browser }) => {
  curator = await signedInPage(browser, DEMO.curator);
});

test("a curator exports a university's listings as CSV and JSON", async () => {
  const page = new ExportPage(curator);
  await page.open();
  await expectAccessiblePage(curator);
  exported = await page.downloadCsv("university-of-manchester");
  const rows = parse(exported, { columns: true, bom: true }) as Record<string, string>[];
  expect(rows.map((r) => r.slug).sort()).toEqual(["manchester-employment-law-clinic", "manchester-graphene-coatings"]);
  expect(rows[0]!.contact_email).toMatch(/@demo\.expertise-atlas\.example$/);
  expect(rows.some((r) => /^[a-z-]+:[a-z0-9-]+:[a-z-]+/.test(r.engagement_modes!))).toBe(true);

  const json = await curator.request.get("/curate/export/download?format=json&institution=university-of-manchester");
  expect(json.status()).toBe(200);
  const body = (await json.json()) as { count: number; teams: { caseStudies: unknown[] }[] };
  expect(body.count).toBe(2);
  const pub = await curator.request.get("/api/v1/teams/export?format=csv&country=GB");
  expect(await pub.text()).not.toContain("contact_email");
});

test("an edited export is checked in a dry run, row by row, then imported", async () => {
  test.setTimeout(90_000);
  const rows = parse(exported, { columns: true, bom: true }) as Record<string, string>[];
  const law = rows.find((r) => r.slug === SURVIVOR.slug)!;
  law.description = `${law.description} We also run monthly clinics online.`;
  const duplicate = {
    ...law,
    slug: "",
    version: "",
    name: DUPLICATE.name,
    keywords: `${law.keywords};${WORD}`,
    case_studies: "",
  };
  const bad = { ...law, slug: "", version: "", name: "Broken Row Team", contact_email: "not-an-address" };
  const csv = stringify([...rows, duplicate, bad], { header: true, columns: Object.keys(law) });
  const lawRow = rows.indexOf(law) + 2;

  const page = new ImportPage(curator);
  await page.open();
  await expectAccessiblePage(curator);
  await page.upload(csv, "Published", "manchester-edited.csv");
  await expect(page.summary()).toContainText("4 rows: 1 to create, 1 to update, 1 unchanged, 1 with errors.", {
    timeout: 30_000,
  });
  await expect(page.reportRow(5)).toContainText("contact_email: Enter an e-mail address");
  await expect(page.reportRow(lawRow)).toContainText("updated");
  await expect(page.reportRow(4)).toContainText(DUPLICATE.slug);
  expect(teamRow(DUPLICATE.slug)).toBeUndefined();
  await expectAccessiblePage(curator);

  await curator.getByRole("button", { name: "Import 2 listings" }).click();
  await expect(curator.getByRole("heading", { level: 1, name: /^Import: manchester-edited\.csv/ })).toBeVisible();
  await expect(page.summary()).toContainText(
    "4 rows: 1 created, 1 updated, 1 unchanged, 1 with errors (not imported).",
    { timeout: 30_000 },
  );
  expect(teamRow(DUPLICATE.slug)?.status).toBe("published");
  const status = await curator.request.get(`${new URL(curator.url()).pathname}/status`);
  expect(await status.json()).toMatchObject({
    status: "done",
    processedRows: 4,
    totalRows: 4,
    counts: { created: 1, updated: 1, unchanged: 1, errors: 1 },
  });
  await expectAccessiblePage(curator);

  // A file that is not a listings export is refused whole, with the reason.
  await page.open();
  await page.upload("team,where\nA,B\n", "Drafts", "wrong.csv");
  await expect(curator.getByRole("main").getByRole("alert")).toContainText("Unknown columns: “team”, “where”");
});

test("the duplicate is listed, compared side by side, and merged with a reason", async () => {
  await curator.goto("/curate/duplicates");
  await expectAccessiblePage(curator);
  await curator.getByRole("link", { name: `Compare and merge ${DUPLICATE.name} into ${SURVIVOR.name}` }).click();
  await expect(curator.getByRole("region", { name: "Duplicate: archived after the merge" })).toContainText(
    DUPLICATE.name,
  );
  await expect(curator.getByRole("region", { name: "Listing to keep, as it is now" })).toContainText(SURVIVOR.name);
  await expect(curator.getByRole("region", { name: "The kept listing after the merge" })).toContainText(
    `${WORD} (added)`,
  );
  await expectAccessiblePage(curator);

  const confirm = curator.getByRole("button", { name: `Merge “${DUPLICATE.name}” into “${SURVIVOR.name}”` });
  await curator.getByLabel("Reason for the merge").fill("dup");
  await confirm.click();
  await expect(curator.locator("#merge-reason-error")).toContainText("at least 10 characters");
  await curator.getByLabel("Reason for the merge").fill("Imported twice from the Manchester spreadsheet.");
  await confirm.click();
  await expect(curator.getByText(`Merged “${DUPLICATE.slug}” into this listing.`, { exact: false })).toBeVisible();
  await expect(curator.getByRole("region", { name: "History" })).toContainText(
    "merged a duplicate listing into this one",
  );
  await expect(curator.getByRole("region", { name: "History" })).toContainText(
    "Imported twice from the Manchester spreadsheet.",
  );
  await expectAccessiblePage(curator);
  expect(teamRow(DUPLICATE.slug)?.status).toBe("archived");

  const mail = await latestMailTo(DEMO.member.email, /was merged into/);
  expect(mail.text).toContain("Imported twice from the Manchester spreadsheet.");
});

test("the duplicate's address leads permanently to the survivor, and search finds only the survivor", async ({
  page,
  request,
}) => {
  const res = await request.get(`/teams/${DUPLICATE.slug}`, { maxRedirects: 0 });
  expect(res.status()).toBe(308);
  expect(res.headers().location).toBe(`/teams/${SURVIVOR.slug}`);
  await page.goto(`/teams/${DUPLICATE.slug}`);
  await expect(page).toHaveURL(new RegExp(`/teams/${SURVIVOR.slug}$`));
  await expect(page.getByRole("heading", { level: 1, name: SURVIVOR.name })).toBeVisible();

  await page.goto(`/search?q=${WORD}`);
  await expect(page.getByRole("link", { name: SURVIVOR.name, exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: DUPLICATE.name, exact: true })).toHaveCount(0);
});

test("members, firms and visitors cannot reach the curator tools", async ({ browser, request }) => {
  const member = await signedInPage(browser, DEMO.member);
  for (const path of [
    "/curate/duplicates",
    "/curate/import",
    "/curate/export",
    `/curate/merge?duplicate=${SURVIVOR.slug}&survivor=manchester-graphene-coatings`,
  ]) {
    const res = await member.goto(path);
    expect(res?.status(), path).toBe(404);
  }
  expect((await member.request.get("/curate/export/download?format=csv")).status()).toBe(404);
  expect((await request.get("/curate/export/download?format=json")).status()).toBe(404);
  expect((await request.get("/curate/import/1/status")).status()).toBe(404);
  await member.context().close();
});

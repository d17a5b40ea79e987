// The listing journey from sign-up to search, through review; and what an attacker can try.
import { expect, test, type Page } from "@playwright/test";
import {
  DEMO,
  expectAccessiblePage,
  followEmailLink,
  listingChildren,
  signedInPage,
  signIn,
  teamRow,
  unique,
} from "./support/accounts";
import { latestEmailTo } from "./support/db";

test.describe.configure({ mode: "serial" });

const memberEmail = `${unique("e2e-member")}@leeds.ac.uk`;
const memberPassword = "member password for e2e";
const keyword = unique("ultrasonicweld").replace(/-/g, "");
const teamName = `Ultrasonic Welding Lab ${keyword.slice(-5)}`;
let slug = "";
let capturedAction: { url: string; headers: Record<string, string>; body: string } | null = null;

async function fillListing(page: Page) {
  await page.getByLabel("Team name").fill(teamName);
  await page
    .getByLabel("Summary")
    .fill(
      "We help manufacturers join plastics and thin metals with ultrasonic welding, from trials to production settings.",
    );
  await page
    .getByLabel("Description")
    .fill("Trials on your parts.\n\nProcess windows and training for your operators.");
  await page.getByRole("combobox", { name: "Keywords" }).fill(keyword);
  await page.getByRole("button", { name: "Add keyword" }).click();
  await page.getByRole("combobox", { name: "Keywords" }).fill("plastic welding");
  await page.keyboard.press("Enter");
  await page.getByRole("checkbox", { name: "Mechanical engineering" }).check();
  await page.getByRole("checkbox", { name: "Specialist advice" }).check();
  await page.getByRole("checkbox", { name: /^C — Manufacturing/ }).check();
  await page.getByRole("checkbox", { name: "Consultancy", exact: true }).check();
  await page.getByLabel("Indicative cost for consultancy").selectOption({ label: "£5k–£25k" });
  await page.getByLabel("Typical duration for consultancy").selectOption({ label: "Weeks" });
  await page.getByRole("textbox", { name: /^Facilities/ }).fill("20 kHz ultrasonic welder\nHigh-speed camera");
  await page.getByLabel("Team lead").fill("Dr Ada Welder");
}

test("a university member signs up at a verified institution, writes a listing with live preview, and submits it", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto("/sign-up/university");
  await page.getByLabel("Your name").fill("Dr Ada Welder");
  await page.getByLabel("Institutional e-mail address").fill(memberEmail);
  await page.getByLabel("Password").fill(memberPassword);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your inbox" })).toBeVisible();
  await followEmailLink(page, memberEmail, /Confirm your e-mail address/);
  await expect(page.getByText(/You can now create and edit listings for University of Leeds/)).toBeVisible();

  await page.goto("/dashboard");
  await expectAccessiblePage(page);
  await page.getByRole("link", { name: "Create a listing" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Create a listing" })).toBeVisible();
  await fillListing(page);

  // The preview follows the typing.
  const preview = page.getByRole("region", { name: "Live preview" });
  await expect(preview.getByRole("heading", { name: teamName }).first()).toBeVisible();
  await expect(preview.getByText("£5k–£25k").first()).toBeVisible();

  // Bad input: errors beside the fields, nothing typed is lost.
  await page.getByLabel("Lead's ORCID iD").fill("0000-0002-1825-0098");
  await page.getByLabel("Team website").fill("javascript:alert(1)");
  await page.getByLabel("Contact e-mail").fill("not-an-address");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("The listing was not saved");
  await expect(page.locator("#team-leadOrcid-error")).toContainText("Not a valid ORCID iD");
  await expect(page.locator("#team-website-error")).toContainText("http://");
  await expect(page.locator("#team-contactEmail-error")).toBeVisible();
  await expect(page.getByLabel("Team name")).toHaveValue(teamName);
  await expect(page.getByRole("list", { name: "Chosen keywords" })).toContainText(keyword);
  await expect(page.getByLabel("Indicative cost for consultancy")).toHaveValue("5k-25k");
  await expectAccessiblePage(page);

  await page.getByLabel("Lead's ORCID iD").fill("0000-0002-1825-0097");
  await page.getByLabel("Team website").fill("https://example.org/welding");
  await page.getByLabel("Contact e-mail").fill(memberEmail);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Draft saved");
  slug = page.url().split("/dashboard/teams/")[1]!.split("?")[0]!;
  expect(teamRow(slug)?.status).toBe("draft");
  await expectAccessiblePage(page);

  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Submitted for review");
  expect(teamRow(slug)?.status).toBe("pending");
  // Not public while it waits.
  const anonymous = await page.context().browser()!.newPage();
  expect((await anonymous.goto(`/teams/${slug}`))!.status()).toBe(404);
  await anonymous.close();
});

test("a curator requests changes, the member fixes and resubmits, the curator publishes, and search finds it", async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  const curator = await signedInPage(browser, DEMO.curator);
  await curator.goto("/curate/listings");
  await expectAccessiblePage(curator);
  await curator.getByRole("link", { name: teamName }).click();
  await expect(curator.getByRole("heading", { level: 1, name: `Review: ${teamName}` })).toBeVisible();
  await expectAccessiblePage(curator);
  // A reason is required to send it back.
  await curator.getByLabel("Decision", { exact: true }).selectOption("request_changes");
  await curator.getByRole("button", { name: "Record decision" }).click();
  await expect(curator.locator("#review-note-error")).toContainText("Tell the team what to change");
  await curator.getByLabel("Note to the team").fill("Please say which materials you can weld.");
  await curator.getByRole("button", { name: "Record decision" }).click();
  await expect(curator.getByRole("main").getByRole("status")).toContainText("Changes requested");
  expect((await latestEmailTo(memberEmail)).subject).toMatch(/Changes requested/);
  expect(teamRow(slug)?.status).toBe("changes_requested");

  // The member sees the note, edits (the save request is kept for the attacker test below), resubmits.
  await signIn(page, { email: memberEmail, password: memberPassword });
  await page.goto(`/dashboard/teams/${slug}`);
  await expect(page.getByRole("region", { name: "What the curator asks you to change" })).toContainText(
    "Please say which materials you can weld.",
  );
  await page.getByRole("link", { name: "Edit listing" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit listing" })).toBeVisible();
  await page
    .getByRole("textbox", { name: /^Summary/ })
    .fill(
      "We help manufacturers join thermoplastics (ABS, PP, PC) and thin aluminium and copper with ultrasonic welding.",
    );
  page.on("request", (r) => {
    const h = r.headers();
    if (r.method() === "POST" && h["next-action"] && !capturedAction)
      capturedAction = { url: r.url(), headers: h, body: r.postData() ?? "" };
  });
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Changes saved");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Submitted for review");

  await curator.goto(`/curate/listings/${slug}`);
  await curator.getByLabel("Decision", { exact: true }).selectOption("publish");
  await curator.getByRole("button", { name: "Record decision" }).click();
  await expect(curator.getByRole("main").getByRole("status")).toContainText("Published");
  expect((await latestEmailTo(memberEmail)).subject).toMatch(/now published/);
  expect(teamRow(slug)?.status).toBe("published");

  await page.goto(`/teams/${slug}`);
  await expect(page.getByRole("heading", { level: 1, name: teamName })).toBeVisible();
  await expect(page.getByText("thermoplastics (ABS, PP, PC)").first()).toBeVisible();
  await expect(page.getByText(memberEmail)).toHaveCount(0);

  const search = await page.goto(`/search?q=${encodeURIComponent(keyword)}`);
  if (search && search.status() !== 404) {
    await expect(page.locator(`a[href="/teams/${slug}"]`).first()).toBeVisible();
    await expectAccessiblePage(page);
  }
  await curator.context().close();
});

test("two people saving the same listing: the second is told, and keeps what they typed", async ({ browser }) => {
  test.setTimeout(90_000);
  const a = await signedInPage(browser, DEMO.curator);
  const b = await signedInPage(browser, DEMO.admin);
  await a.goto(`/dashboard/teams/${slug}/edit`);
  await b.goto(`/dashboard/teams/${slug}/edit`);
  await a.getByLabel("Team lead").fill("Dr Ada Welder (lead)");
  await a.getByRole("button", { name: "Save changes" }).click();
  await expect(a.getByRole("main").getByRole("status")).toContainText("Changes saved");
  await b.getByLabel("Team lead").fill("Prof. Ada Welder");
  await b.getByRole("button", { name: "Save changes" }).click();
  await expect(b.getByRole("main").getByRole("alert")).toContainText("Someone else saved this listing");
  await expect(b.getByLabel("Team lead")).toHaveValue("Prof. Ada Welder");
  await expectAccessiblePage(b);
  await a.context().close();
  await b.context().close();
});

test("requests an attacker would make directly are refused", async ({ browser, request, playwright }) => {
  // Without a session.
  const data = await request.get("/account/data");
  expect(data.status()).toBe(401);
  const signUp = await request.post("/api/auth/sign-up/email", {
    data: { email: "x@example.com", password: "long enough password", name: "X", role: "admin" },
  });
  expect(signUp.status()).toBe(404);

  // Pages for other roles do not exist for them.
  const sme = await signedInPage(browser, DEMO.sme);
  for (const path of ["/curate", "/curate/members", "/admin/users", "/admin/outbox", `/dashboard/teams/${slug}/edit`]) {
    expect((await sme.goto(path))!.status(), path).toBe(404);
  }
  await expectAccessiblePage(sme);
  const curator = await signedInPage(browser, DEMO.curator);
  expect((await curator.goto("/admin/outbox"))!.status()).toBe(404);
  // Another institution's member cannot open this listing's editor either.
  const foreignMember = await signedInPage(browser, DEMO.member);
  expect((await foreignMember.goto(`/dashboard/teams/${slug}/edit`))!.status()).toBe(404);

  // Replaying the member's own "save" server action, with the current version so only the
  // session decides: refused without a session and with an SME's; accepted with the member's
  // (which shows the replay itself is a faithful request).
  expect(capturedAction, "the earlier test captured the save request").not.toBeNull();
  const before = teamRow(slug)!;
  const { url, headers, body } = capturedAction!;
  const forwarded = Object.fromEntries(
    Object.entries(headers).filter(([k]) =>
      ["next-action", "content-type", "accept", "next-router-state-tree", "origin"].includes(k),
    ),
  );
  const withVersion = (text: string) =>
    body.replace(/(name="(?:_?\d+_)?version"\r\n\r\n)\d+/, `$1${before.version}`).replace(/thermoplastics/g, text);
  const client = await playwright.request.newContext({ baseURL: new URL(url).origin });
  const cookiesOf = async (p: Page) => (await p.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  await client.post(url, { headers: forwarded, data: withVersion("HACKED") });
  await client.post(url, { headers: { ...forwarded, cookie: await cookiesOf(sme) }, data: withVersion("HACKED") });
  await client.post(url, {
    headers: { ...forwarded, cookie: await cookiesOf(foreignMember) },
    data: withVersion("HACKED"),
  });
  const after = teamRow(slug)!;
  expect(after.version).toBe(before.version);
  expect(after.summary).not.toContain("HACKED");

  const owner = await signedInPage(browser, { email: memberEmail, password: memberPassword });
  await client.post(url, { headers: { ...forwarded, cookie: await cookiesOf(owner) }, data: withVersion("REPLAYED") });
  const legit = teamRow(slug)!;
  expect(legit.version).toBe(before.version + 1);
  expect(legit.summary).toContain("REPLAYED");
  await client.dispose();
  await owner.context().close();
  for (const p of [sme, curator, foreignMember]) await p.context().close();
});

test.describe("without JavaScript", () => {
  // axe needs scripts in the page, so these pages are checked by the journeys with JavaScript.
  test.use({ javaScriptEnabled: false });

  test("the listing editor keeps everything typed, with errors beside the fields, and then saves", async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, DEMO.member, "/dashboard/teams/new");
    await expect(page.getByRole("heading", { level: 1, name: "Create a listing" })).toBeVisible();
    const name = `Plain HTML Lab ${unique("nojs").slice(-6)}`;
    await page.getByLabel("Team name").fill(name);
    await page.getByRole("textbox", { name: /^Summary/ }).fill("Too short");
    await page
      .getByRole("textbox", { name: /^Description/ })
      .fill("Works with every browser.\n\nEven without scripts.");
    await page.getByRole("combobox", { name: "Keywords" }).fill("laser cladding, Wear Resistance");
    await page.getByRole("checkbox", { name: "Mechanical engineering" }).check();
    await page.getByRole("checkbox", { name: "Specialist advice" }).check();
    await page.getByRole("checkbox", { name: /^C — Manufacturing/ }).check();
    await page.getByRole("checkbox", { name: "Consultancy", exact: true }).check();
    await page.getByLabel("Indicative cost for consultancy").selectOption({ label: "£5k–£25k" });
    await page.getByLabel("Languages", { exact: true }).selectOption({ label: "German" });
    await page.getByRole("radio", { name: "Limited capacity" }).check();
    await page.getByLabel("Lead's ORCID iD").fill("0000-0002-1825-0098");
    const newCase = page.getByRole("group", { name: "Case study 1 (optional)" });
    await newCase.getByLabel("Partner", { exact: true }).selectOption({ label: "Large firm" });
    await newCase.getByLabel("The challenge").fill("Worn extrusion screws replaced every month");
    await newCase.getByLabel("What the team did").fill("Cladding");
    await page.getByRole("button", { name: "Save draft" }).click();

    await expect(page.getByRole("main").getByRole("alert")).toContainText("The listing was not saved");
    // A draft may have a short summary (it needs one of 30+ characters only to be submitted).
    await expect(page.locator("#team-summary-error")).toHaveCount(0);
    await expect(page.locator("#mode-consultancy-duration-error")).toContainText("Choose a typical duration");
    await expect(page.locator("#team-leadOrcid-error")).toContainText("Not a valid ORCID iD");
    await expect(page.locator("#cs-0-whatWasDone-error")).toContainText("at least 10 characters");
    await expect(page.locator("#cs-0-outcome-error")).toBeVisible();
    // Everything typed is still there.
    await expect(page.getByLabel("Team name")).toHaveValue(name);
    await expect(page.getByRole("textbox", { name: /^Summary/ })).toHaveValue("Too short");
    await expect(page.getByRole("textbox", { name: /^Description/ })).toHaveValue(
      "Works with every browser.\n\nEven without scripts.",
    );
    const keywords = page.getByRole("list", { name: "Chosen keywords" });
    await expect(keywords.getByRole("checkbox", { name: "laser cladding" })).toBeChecked();
    await expect(keywords.getByRole("checkbox", { name: "Wear Resistance" })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Mechanical engineering" })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Specialist advice" })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: /^C — Manufacturing/ })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Consultancy", exact: true })).toBeChecked();
    await expect(page.getByLabel("Indicative cost for consultancy")).toHaveValue("5k-25k");
    await expect(
      page.getByRole("list", { name: "Chosen languages" }).getByRole("checkbox", { name: "German" }),
    ).toBeChecked();
    await expect(page.getByRole("radio", { name: "Limited capacity" })).toBeChecked();
    await expect(page.getByLabel("Lead's ORCID iD")).toHaveValue("0000-0002-1825-0098");
    const kept = page.getByRole("group", { name: "Case study 1", exact: true });
    await expect(kept.getByLabel("Partner", { exact: true })).toHaveValue("large-firm");
    await expect(kept.getByLabel("The challenge")).toHaveValue("Worn extrusion screws replaced every month");
    await expect(kept.getByLabel("What the team did")).toHaveValue("Cladding");

    await page
      .getByRole("textbox", { name: /^Summary/ })
      .fill("We extend the life of worn industrial parts with laser cladding and hard-facing.");
    await page.getByLabel("Typical duration for consultancy").selectOption({ label: "Weeks" });
    await page.getByLabel("Lead's ORCID iD").fill("0000-0002-1825-0097");
    await kept.getByLabel("What the team did").fill("Clad the screws with a cobalt-free alloy");
    await kept.getByLabel("The outcome").fill("Screws now last nine months");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByRole("main").getByRole("status")).toContainText("Draft saved");
    const slug = page.url().split("/dashboard/teams/")[1]!.split("?")[0]!;
    expect(teamRow(slug)?.status).toBe("draft");
    expect(listingChildren(slug)).toEqual({
      modes: [{ mode: "consultancy", cost_band: "5k-25k", duration: "weeks" }],
      cases: [{ challenge: "Worn extrusion screws replaced every month", outcome: "Screws now last nine months" }],
    });

    // Editing without JavaScript: a bad save keeps the rest, including the stored case study.
    await page.goto(`/dashboard/teams/${slug}/edit`);
    await page.getByLabel("Team name").fill("");
    await page.getByRole("checkbox", { name: "Wear Resistance" }).uncheck();
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.locator("#team-name-error")).toContainText("Team name");
    await expect(page.getByRole("list", { name: "Chosen keywords" }).getByRole("checkbox")).toHaveCount(1);
    await expect(page.getByRole("group", { name: "Case study 1", exact: true }).getByLabel("The outcome")).toHaveValue(
      "Screws now last nine months",
    );
    await expect(page.getByLabel("Indicative cost for consultancy")).toHaveValue("5k-25k");
  });
});

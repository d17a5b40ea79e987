// Journeys: an SME signs up and verifies by the e-mailed link; a university member signs up with
// an address at a verified institution, writes a listing, submits it; a curator asks for changes;
// the member fixes and resubmits; the curator publishes; the listing is found by search. Plus bad
// input on the forms, and requests an attacker would make directly.
import { expect, test } from "@playwright/test";
import { DEMO, expectAccessiblePage, followEmailLink, passTwoStep, unique } from "./support/accounts";
import { latestEmailTo } from "./support/db";

test("an SME signs up, sees errors beside the fields with its input kept, and verifies by the e-mailed link", async ({
  page,
}) => {
  const email = `${unique("sme")}@example.com`;
  await page.goto("/sign-up");
  await expectAccessiblePage(page);
  await page.getByRole("link", { name: /I run or work for a business/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Create a business account" })).toBeVisible();

  await page.getByLabel("Your name").fill("Priya Shah");
  await page.getByLabel("Work e-mail address").fill(email);
  await page.getByLabel("Password").fill("short");
  await page.getByLabel("Company size").selectOption({ label: "Small (10–49 people)" });
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Check the highlighted fields");
  await expect(page.locator("#sme-password-error")).toContainText("at least 10 characters");
  await expect(page.locator("#sme-companyName-error")).toContainText("Company name");
  await expect(page.getByLabel("Company name")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Your name")).toHaveValue("Priya Shah");
  await expect(page.getByLabel("Work e-mail address")).toHaveValue(email);
  await expect(page.getByLabel("Company size")).toHaveValue("small");
  await expectAccessiblePage(page);

  await page.getByLabel("Password").fill("a sensible long password");
  await page.getByLabel("Company name").fill("Shah Ceramics Ltd");
  await page.getByLabel("Country").selectOption({ label: "United Kingdom" });
  await page.getByLabel("Sector").selectOption({ value: "C" });
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your inbox" })).toBeVisible();
  await expectAccessiblePage(page);

  await followEmailLink(page, email, /Confirm your e-mail address/);
  await expect(page.getByRole("heading", { level: 1, name: "Your e-mail address is confirmed" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expectAccessiblePage(page);

  await page.getByRole("link", { name: "Account", exact: true }).click();
  await expect(page.getByLabel("Company name")).toHaveValue("Shah Ceramics Ltd");
  await expectAccessiblePage(page);

  // Signing up again with the same address says the same thing and tells the owner instead.
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.goto("/sign-up/business");
  await page.getByLabel("Your name").fill("Someone Else");
  await page.getByLabel("Work e-mail address").fill(email);
  await page.getByLabel("Password").fill("another long password");
  await page.getByLabel("Company name").fill("Other Ltd");
  await page.getByLabel("Company size").selectOption("micro");
  await page.getByLabel("Country").selectOption("GB");
  await page.getByLabel("Sector").selectOption("C");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your inbox" })).toBeVisible();
  expect((await latestEmailTo(email)).subject).toBe("You already have an Expertise Atlas account");
});

test("sign-in says the same for an unknown address and a wrong password", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail address").fill("nobody-at-all@example.com");
  await page.getByLabel("Password").fill("whatever it is");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("do not match");
  const unknown = await page.getByRole("main").getByRole("alert").innerText();
  await page.getByLabel("E-mail address").fill(DEMO.sme.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(unknown);
  await expect(page.getByLabel("E-mail address")).toHaveValue(DEMO.sme.email);
  await expectAccessiblePage(page);
});

test("a forgotten password is reset by the e-mailed link, and the account can be deleted", async ({ page }) => {
  const email = `${unique("reset")}@example.com`;
  await page.goto("/sign-up/business");
  await page.getByLabel("Your name").fill("Rita Reset");
  await page.getByLabel("Work e-mail address").fill(email);
  await page.getByLabel("Password").fill("the original password");
  await page.getByLabel("Company name").fill("Reset Ltd");
  await page.getByLabel("Company size").selectOption("micro");
  await page.getByLabel("Country").selectOption("IE");
  await page.getByLabel("Sector").selectOption("J");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your inbox" })).toBeVisible();
  await followEmailLink(page, email, /Confirm your e-mail address/);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  await page.goto("/forgot-password");
  await expectAccessiblePage(page);
  await page.getByLabel("E-mail address").fill(email);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("If that address has an account");
  await followEmailLink(page, email, /Reset your Expertise Atlas password/);
  await expect(page.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
  await expectAccessiblePage(page);
  await page.getByLabel("New password", { exact: true }).fill("a fresh new password");
  await page.getByLabel("New password again").fill("a different one entirely");
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page.locator("#reset-confirm-error")).toContainText("do not match");
  await page.getByLabel("New password", { exact: true }).fill("a fresh new password");
  await page.getByLabel("New password again").fill("a fresh new password");
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Your password has been changed");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill("the original password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("do not match");
  await page.getByLabel("Password").fill("a fresh new password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await expectAccessiblePage(page);

  // …and the account can be deleted from the account page, after which it is gone.
  await page.getByLabel("Your password").fill("a fresh new password");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.locator("#delete-confirm-group-error")).toContainText("Tick the box");
  await page.getByLabel("Your password").fill("a fresh new password");
  await page.getByRole("checkbox", { name: /deleted for good/ }).check();
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account has been deleted" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expectAccessiblePage(page);
  await page.goto("/sign-in");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill("a fresh new password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("do not match");
});

test("curation and administration pages are accessible to their users", async ({ page }) => {
  // Ten pages, each checked by axe: generous on a busy machine.
  test.setTimeout(120_000);
  await page.goto("/sign-in?next=/curate");
  await page.getByLabel("E-mail address").fill(DEMO.admin.email);
  await page.getByLabel("Password").fill(DEMO.admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await passTwoStep(page, DEMO.admin.email);
  await expect(page.getByRole("heading", { level: 1, name: "Curate" })).toBeVisible();
  for (const [path, heading] of [
    ["/curate", "Curate"],
    ["/curate/listings", "Listings to review"],
    ["/curate/members", "Membership requests"],
    ["/curate/institutions", "Institutions"],
    ["/admin/users", "Users and roles"],
    ["/account", "Your account"],
    ["/dashboard", "Your listings"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expectAccessiblePage(page);
  }
  await page.goto("/admin/outbox");
  await expect(page.getByRole("heading", { level: 1, name: "E-mail outbox" })).toBeVisible();
  await expectAccessiblePage(page);
  // Sign-in links in the outbox are hidden, even from admins.
  await expect(page.getByText(/Confirm your e-mail address/).first()).toBeAttached();
  await expect(page.getByText(/token=[A-Za-z0-9]/)).toHaveCount(0);
  await page.goto("/curate/institutions?filter=verified");
  await expect(page.getByRole("button", { name: "Trust University of Leeds" })).toBeVisible();
  await page.goto("/sign-up/university");
  await expectAccessiblePage(page);
  await page.goto("/welcome?error=INVALID_TOKEN");
  await expectAccessiblePage(page);
});

test.describe("without JavaScript", () => {
  // axe needs scripts in the page, so these pages are checked by the journeys with JavaScript.
  test.use({ javaScriptEnabled: false });

  test("the sign-up forms show errors beside the fields and keep what was typed (never the password)", async ({
    page,
  }) => {
    await page.goto("/sign-up/business");
    await page.getByLabel("Your name").fill("Nora Noscript");
    await page.getByLabel("Work e-mail address").fill("nora@noscript");
    await page.getByLabel("Password").fill("short");
    await page.getByLabel("Company name").fill("Noscript Tools Ltd");
    await page.getByLabel("Company size").selectOption({ label: "Small (10–49 people)" });
    await page.getByLabel("Country").selectOption({ label: "Ireland" });
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Check the highlighted fields");
    await expect(page.locator("#sme-email-error")).toContainText("e-mail address");
    await expect(page.locator("#sme-password-error")).toContainText("at least 10 characters");
    await expect(page.locator("#sme-companySector-error")).toBeVisible();
    await expect(page.getByLabel("Your name")).toHaveValue("Nora Noscript");
    await expect(page.getByLabel("Work e-mail address")).toHaveValue("nora@noscript");
    await expect(page.getByLabel("Company name")).toHaveValue("Noscript Tools Ltd");
    await expect(page.getByLabel("Company size")).toHaveValue("small");
    await expect(page.getByLabel("Country")).toHaveValue("IE");
    await expect(page.getByLabel("Password")).toHaveValue("");

    await page.goto("/sign-up/university");
    await page.getByLabel("Your name").fill("Uma Unknown");
    await page.getByLabel("Institutional e-mail address").fill(`${unique("uma")}@unknown-college.example`);
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByLabel("Job title").fill("Research fellow");
    await page.getByLabel("Anything the curator should know").fill("I run the materials lab.");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText(
      "We do not recognise the domain unknown-college.example",
    );
    await expect(page.locator("#uni-institutionName-error")).toContainText("full name");
    await expect(page.getByLabel("Your name")).toHaveValue("Uma Unknown");
    await expect(page.getByLabel("Job title")).toHaveValue("Research fellow");
    await expect(page.getByLabel("Anything the curator should know")).toHaveValue("I run the materials lab.");
  });

  test("sign-in and the account forms do the same", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("E-mail address").fill(DEMO.sme.email);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("do not match");
    await expect(page.getByLabel("E-mail address")).toHaveValue(DEMO.sme.email);
    await page.getByLabel("Password").fill(DEMO.sme.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();

    const profile = page.getByRole("region", { name: "Profile" });
    await profile.getByLabel("Your name").fill("");
    await profile.getByLabel("Company name").fill("Renamed Parts Ltd");
    await profile.getByRole("button", { name: "Save details" }).click();
    await expect(page.locator("#profile-name-error")).toBeVisible();
    await expect(page.getByRole("region", { name: "Profile" }).getByLabel("Company name")).toHaveValue(
      "Renamed Parts Ltd",
    );

    const email = page.getByRole("region", { name: "E-mail address" });
    await email.getByLabel("New e-mail address").fill("not an address");
    await email.getByRole("button", { name: "Change e-mail address" }).click();
    await expect(page.locator("#email-newEmail-error")).toBeVisible();
    await expect(page.getByRole("region", { name: "E-mail address" }).getByLabel("New e-mail address")).toHaveValue(
      "not an address",
    );

    const password = page.getByRole("region", { name: "Password" });
    await password.getByLabel("Current password").fill("whatever it was");
    await password.getByLabel("New password", { exact: true }).fill("a new long password");
    await password.getByLabel("New password again").fill("something else");
    await password.getByRole("button", { name: "Change password" }).click();
    await expect(page.locator("#password-confirm-error")).toContainText("do not match");
  });
});

// Issue 9 in the browser: the sign-in's `next` never leaves the site (with and without
// JavaScript); a new curator must set up two-step sign-in (QR code, key, backup codes, a code)
// before the curation pages open, and from then on sign-in asks for the code.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import {
  DEMO,
  expectAccessiblePage,
  followEmailLink,
  passTwoStep,
  signedInPage,
  totpCode,
  unique,
} from "./support/accounts";

const HOSTILE_NEXT = [
  "%2F%09%2Fevil.example%2Fphish",
  "%2F%0D%0ASet-Cookie%3A%20x%3D1",
  "%2F%0A%2Fevil.example",
  "%5C%5Cevil.example",
  "%2F%2Fevil.example",
  "https%3A%2F%2Fevil.example%2F",
  "%2F%252F%252Fevil.example",
];

async function signInWithNext(page: Page, next: string) {
  const response = await page.goto(`/sign-in?next=${next}`);
  expect(response?.status()).toBe(200);
  await page.getByLabel("E-mail address").fill(DEMO.sme.email);
  await page.getByLabel("Password").fill(DEMO.sme.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(new URL(test.info().project.use.baseURL!).origin);
  expect(new URL(page.url()).pathname).toBe("/account");
}

test.describe("the sign-in's next stays on the site", () => {
  for (const next of HOSTILE_NEXT) {
    test(`with JavaScript: ${next}`, async ({ page }) => {
      await signInWithNext(page, next);
    });
  }
  test("a path of the site is still followed", async ({ page }) => {
    await page.goto("/sign-in?next=%2Fshortlist");
    await page.getByLabel("E-mail address").fill(DEMO.sme.email);
    await page.getByLabel("Password").fill(DEMO.sme.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/shortlist$/);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  for (const next of HOSTILE_NEXT.slice(0, 3)) {
    test(`the redirect is the site's own: ${next}`, async ({ page }) => {
      await signInWithNext(page, next);
    });
  }
});

test("a new curator sets up two-step sign-in before curating, then signs in with a code", async ({ page, browser }) => {
  test.setTimeout(120_000);
  // A fresh business account, confirmed by its e-mailed link.
  const email = `${unique("curator")}@example.com`;
  const password = "a sensible long password";
  await page.goto("/sign-up/business");
  await page.getByLabel("Your name").fill("Cora Newcurator");
  await page.getByLabel("Work e-mail address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByLabel("Company name").fill("Cora Consulting Ltd");
  await page.getByLabel("Company size").selectOption({ label: "Small (10–49 people)" });
  await page.getByLabel("Country").selectOption({ label: "United Kingdom" });
  await page.getByLabel("Sector").selectOption({ value: "C" });
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your inbox" })).toBeVisible();
  await followEmailLink(page, email, /Confirm your e-mail address/);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

  // The admin (with the demo key) makes them a curator.
  const admin = await signedInPage(browser, DEMO.admin);
  await admin.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  await admin.getByLabel("Role of Cora Newcurator").selectOption("curator");
  await admin.getByRole("button", { name: "Save role" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Role saved." })).toBeVisible();

  // The role does nothing yet: the curation pages send them to set up two-step sign-in.
  await page.goto("/curate");
  await expect(page).toHaveURL(/\/account\/two-factor\?required=1$/);
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "curator role works only with two-step sign-in",
  );
  await expectAccessiblePage(page);

  await page.getByLabel("Your password").fill("not my password at all");
  await page.getByRole("button", { name: "Set up two-step sign-in" }).click();
  await expect(page.getByRole("region", { name: "Your authenticator app" }).getByRole("alert")).toContainText(
    "That password is not right",
  );
  await page.getByLabel("Your password").fill(password);
  await page.getByRole("button", { name: "Set up two-step sign-in" }).click();
  const qr = page.getByRole("img", { name: "QR code of your two-step sign-in key" });
  await expect(qr).toBeVisible();
  await expect(qr.locator("svg")).toBeVisible();
  const key = (await page.locator("code").first().textContent())!.replace(/\s/g, "");
  expect(key).toMatch(/^[A-Z2-7]{16,}$/);
  await expect(page.getByRole("list", { name: "Backup codes" }).getByRole("listitem")).toHaveCount(10);
  const backup = (await page.getByRole("list", { name: "Backup codes" }).getByRole("listitem").first().textContent())!;
  await expectAccessible(page);
  await page.getByLabel("Code from the app").fill("000000" === totpCode(key) ? "111111" : "000000");
  await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
  await expect(page.locator("#two-factor-confirm-code-error")).toContainText("not right");
  await page.getByLabel("Code from the app").fill(totpCode(key));
  await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Two-step sign-in is on" })).toBeVisible();
  await page.goto("/curate");
  await expect(page.getByRole("heading", { level: 1, name: "Curate" })).toBeVisible();

  // Signing in again: the password, then the code; a backup code works too.
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.goto("/sign-in?next=%2Fcurate");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Two-step sign-in" })).toBeVisible();
  await expectAccessiblePage(page);
  await page.getByLabel("Code", { exact: true }).fill("12345");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.locator("#sign-in-code-code-error")).toBeVisible();
  await page.getByLabel("Code", { exact: true }).fill(backup);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Curate" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.goto("/sign-in");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await passTwoStep(page, email, key);
  await expect(page.getByRole("heading", { level: 1, name: "Curate" })).toBeVisible();
});

test("admins see recent security events", async ({ browser }) => {
  const admin = await signedInPage(browser, DEMO.admin, "/admin/security");
  await expect(admin.getByRole("heading", { level: 1, name: "Security events" })).toBeVisible();
  await expect(admin.getByRole("table")).toContainText("role.changed");
  await expectAccessiblePage(admin);
});

// Page objects and helpers for the account and listing journeys.
import { expect, type Browser, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { DEMO_TOTP_SECRET } from "../../lib/demo-totp";
import { expectAccessible } from "./a11y";
import { e2eDatabase, latestEmailTo } from "./db";

export interface Who {
  email: string;
  password: string;
  /** Base32 authenticator key, for accounts with two-step sign-in. */
  totp?: string;
}

export const DEMO = {
  curator: { email: "curator@demo.expertise-atlas.example", password: "demo-curator-password", totp: DEMO_TOTP_SECRET },
  sme: { email: "sme@demo.expertise-atlas.example", password: "demo-sme-password" },
  admin: { email: "admin@demo.expertise-atlas.example", password: "demo-admin-password", totp: DEMO_TOTP_SECRET },
  member: { email: "member@demo.expertise-atlas.example", password: "demo-member-password" },
} satisfies Record<string, Who>;

/** The current code of an authenticator key, as the person's phone app would show it. */
export function totpCode(secret: string): string {
  return new TOTP({ secret: Secret.fromBase32(secret.replace(/\s/g, "")) }).generate();
}

const KEYS_BY_EMAIL = new Map<string, string>([
  [DEMO.curator.email, DEMO_TOTP_SECRET],
  [DEMO.admin.email, DEMO_TOTP_SECRET],
]);

/**
 * After the password: the second step for accounts with two-step sign-in (the demo curator and
 * admin, or `totp` given), entering the app's current code.
 */
export async function passTwoStep(page: Page, email: string, totp?: string) {
  const key = totp ?? KEYS_BY_EMAIL.get(email);
  if (!key) return;
  await expect(page.getByRole("heading", { level: 1, name: "Two-step sign-in" })).toBeVisible();
  await page.getByLabel("Code", { exact: true }).fill(totpCode(key));
  await page.getByRole("button", { name: "Continue" }).click();
}

export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

export async function signIn(page: Page, who: Who, next?: string) {
  await page.goto(next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in");
  await page.getByLabel("E-mail address").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await passTwoStep(page, who.email, who.totp);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

/** A fresh browser context (no cookies) signed in as `who`. */
export async function signedInPage(browser: Browser, who: Who, next?: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, who, next);
  return page;
}

/** Opens the link in the newest e-mail to `address` whose subject matches. */
export async function followEmailLink(page: Page, address: string, subject: RegExp) {
  const mail = await latestEmailTo(address);
  expect(mail.subject).toMatch(subject);
  const link = /https?:\/\/\S+/.exec(mail.textBody)?.[0];
  expect(link, "the e-mail has a link").toBeTruthy();
  await page.goto(link!);
}

export function teamRow(slug: string): { status: string; version: number; summary: string } | undefined {
  const db = e2eDatabase();
  try {
    return db.prepare("select status, version, summary from teams where slug = ?").get(slug) as
      { status: string; version: number; summary: string } | undefined;
  } finally {
    db.close();
  }
}

/** Engagement modes and case studies of a listing, as stored (read-only). */
export function listingChildren(slug: string): {
  modes: { mode: string; cost_band: string; duration: string }[];
  cases: { challenge: string; outcome: string }[];
} {
  const db = e2eDatabase();
  try {
    const id = (db.prepare("select id from teams where slug = ?").get(slug) as { id: number }).id;
    return {
      modes: db
        .prepare("select mode, cost_band, duration from team_engagement_modes where team_id = ?")
        .all(id) as never,
      cases: db
        .prepare("select challenge, outcome from case_studies where team_id = ? order by position")
        .all(id) as never,
    };
  } finally {
    db.close();
  }
}

/**
 * expectAccessible after the page has its <title>: after a client-side navigation (a server action
 * redirect) Next.js streams the new metadata a moment after the content.
 */
export async function expectAccessiblePage(page: Page) {
  await expect.poll(() => page.title()).not.toBe("");
  await expectAccessible(page);
}

// Accounts end to end through the library code the forms call: sign-up doors, e-mail
// verification, sign-in, enumeration resistance, rate limits, password reset.
import { desc, eq } from "drizzle-orm";
import { verifyPassword } from "better-auth/crypto";
import { describe, expect, it } from "vitest";
import { accounts, emailOutbox, institutions, memberships, users } from "@/db/schema";
import { signIn, requestPasswordReset, resetPassword, RESET_SENT, WRONG_CREDENTIALS } from "@/lib/auth/credentials";
import { createAuth } from "@/lib/auth/auth";
import { signUpSme, signUpUniversity } from "@/lib/auth/sign-up";
import { loadViewer } from "@/lib/dal/accounts/internal/viewer";
import { DEMO_ACCOUNTS } from "@/lib/dal/seed/internal/demo-accounts";
import { browserHeaders, cookieFrom, TEST_SITE, useAuthTestDb } from "../support/auth";

const { t, app } = useAuthTestDb({ seed: true });

const latestTo = (address: string) =>
  t.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, address)).orderBy(desc(emailOutbox.id)).get();
const linkIn = (text: string) => /https?:\/\/\S+/.exec(text)?.[0] ?? "";
const userByEmail = (email: string) => t.db.select().from(users).where(eq(users.email, email)).get();

/** Opens an e-mailed link the way a browser would (through the app's auth route handler). */
async function follow(url: string, cookie?: string) {
  return app.auth().handler(new Request(url, { headers: browserHeaders("198.51.100.1", cookie) }));
}

const sme = {
  name: "Pat Owner",
  email: "pat@widgets.example",
  password: "correct horse battery",
  companyName: "Widgets Ltd",
  companySize: "micro" as const,
  companyCountry: "GB",
  companySector: "C",
};

describe("SME sign-up and e-mail verification", () => {
  it("creates an unverified account with the company profile and e-mails a verification link", async () => {
    expect(await signUpSme(sme, browserHeaders())).toEqual({ ok: true });
    const u = userByEmail(sme.email)!;
    expect(u).toMatchObject({
      emailVerified: false,
      role: "sme",
      companyName: "Widgets Ltd",
      companySize: "micro",
      companyCountry: "GB",
      companySector: "C",
    });
    const mail = latestTo(sme.email)!;
    expect(mail.subject).toMatch(/Confirm your e-mail/);
    expect(linkIn(mail.textBody)).toMatch(new RegExp(`^${TEST_SITE}/api/auth/verify-email\\?token=`));
  });

  it("refuses to sign in until the address is verified, and sends a fresh link", async () => {
    const before = t.db.select().from(emailOutbox).all().length;
    const r = await signIn(sme.email, sme.password, browserHeaders());
    expect(r).toMatchObject({ ok: false, code: "unverified" });
    expect(t.db.select().from(emailOutbox).all().length).toBe(before + 1);
  });

  it("verifies by the e-mailed link, signs the user in, and then allows password sign-in", async () => {
    const res = await follow(linkIn(latestTo(sme.email)!.textBody));
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/welcome");
    const cookies = res.headers.getSetCookie().join("\n");
    expect(cookies).toMatch(/atlas\.session_token=/);
    expect(cookies).toMatch(/HttpOnly/i);
    expect(cookies).toMatch(/SameSite=Lax/i);
    expect(cookies).not.toMatch(/Secure/i); // http site; see "cookies over https" below
    expect(userByEmail(sme.email)!.emailVerified).toBe(true);
    expect(await signIn(sme.email, sme.password, browserHeaders("203.0.113.8"))).toEqual({ ok: true, role: "sme" });
  });

  it("answers a sign-up with an existing address exactly like a new one, changes nothing, and tells the owner", async () => {
    const r = await signUpSme(
      { ...sme, name: "Mallory", companyName: "Evil Corp", password: "another password 123" },
      browserHeaders("203.0.113.9"),
    );
    expect(r).toEqual({ ok: true });
    const u = userByEmail(sme.email)!;
    expect(u.name).toBe("Pat Owner");
    expect(u.companyName).toBe("Widgets Ltd");
    expect(latestTo(sme.email)!.subject).toBe("You already have an Expertise Atlas account");
    expect(await signIn(sme.email, "another password 123", browserHeaders("203.0.113.9"))).toMatchObject({
      ok: false,
      code: "invalid",
    });
  });
});

describe("no account enumeration", () => {
  it("gives the same message for an unknown address and a wrong password", async () => {
    const unknown = await signIn("nobody@nowhere.example", "whatever password", browserHeaders("203.0.113.20"));
    const wrong = await signIn(sme.email, "wrong password!!", browserHeaders("203.0.113.21"));
    expect(unknown).toEqual(wrong);
    expect(unknown).toEqual({ ok: false, code: "invalid", message: WRONG_CREDENTIALS });
  });

  it("answers a reset request for an unknown address like a known one, and e-mails only the known", async () => {
    const before = t.db.select().from(emailOutbox).all().length;
    expect(await requestPasswordReset("nobody@nowhere.example", browserHeaders("203.0.113.22"))).toEqual({ ok: true });
    expect(t.db.select().from(emailOutbox).all().length).toBe(before);
    expect(RESET_SENT).toMatch(/If that address has an account/);
  });
});

describe("password reset", () => {
  it("resets by the e-mailed link once, ends old sessions, and the old password stops working", async () => {
    expect(await requestPasswordReset(sme.email, browserHeaders("203.0.113.30"))).toEqual({ ok: true });
    const mail = latestTo(sme.email)!;
    expect(mail.subject).toBe("Reset your Expertise Atlas password");
    const res = await follow(linkIn(mail.textBody));
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get("location")!, TEST_SITE);
    expect(location.pathname).toBe("/reset-password");
    const token = location.searchParams.get("token")!;
    expect(await resetPassword(token, "a brand new password")).toEqual({ ok: true });
    expect(await resetPassword(token, "yet another password")).toMatchObject({ ok: false, code: "token" });
    expect(await signIn(sme.email, sme.password, browserHeaders("203.0.113.31"))).toMatchObject({
      ok: false,
      code: "invalid",
    });
    expect(await signIn(sme.email, "a brand new password", browserHeaders("203.0.113.31"))).toEqual({
      ok: true,
      role: "sme",
    });
    expect(latestTo(sme.email)!.subject).toBe("Your Expertise Atlas password was changed");
  });
});

describe("rate limits", () => {
  // Sign-in itself slows down on failures only: tests/integration/sign-in-guard.test.ts.
  it("limits password-reset e-mails per account", async () => {
    const results = [];
    for (let i = 0; i < 4; i++)
      results.push(await requestPasswordReset("pat2@widgets.example", browserHeaders(`192.0.2.${50 + i}`)));
    expect(results.slice(0, 3).every((r) => r.ok)).toBe(true);
    expect(results[3]).toMatchObject({ ok: false, code: "rate_limited" });
  });
});

describe("university sign-up", () => {
  const member = {
    name: "Dr Lee",
    password: "a long password here",
    institutionName: null,
    jobTitle: "Lecturer",
    note: null,
  };

  it("joins a verified institution at once after verification when the domain matches (subdomains too)", async () => {
    const email = "d.lee@eng.leeds.ac.uk";
    expect(await signUpUniversity({ ...member, email }, browserHeaders("203.0.113.40"))).toEqual({ ok: true });
    const u = userByEmail(email)!;
    expect(u.role).toBe("university");
    const m = t.db.select().from(memberships).where(eq(memberships.userId, u.id)).get()!;
    expect(m.status).toBe("pending");
    const evidence = JSON.parse(m.evidence!);
    expect(evidence.domainMatch).toEqual({ matchedDomain: "leeds.ac.uk" });
    expect(evidence.academicHint).toMatchObject({ academic: true });
    expect(loadViewer(t.db, u.id)).toMatchObject({ institutionIds: [] });

    await follow(linkIn(latestTo(email)!.textBody));
    const leeds = t.db.select().from(institutions).where(eq(institutions.slug, "university-of-leeds")).get()!;
    expect(loadViewer(t.db, u.id)).toMatchObject({ role: "university", institutionIds: [leeds.id] });
  });

  it("waits for a curator when the matching institution is not verified", async () => {
    const email = "k.ito@lboro.ac.uk";
    await signUpUniversity({ ...member, email }, browserHeaders("203.0.113.41"));
    await follow(linkIn(latestTo(email)!.textBody));
    const u = userByEmail(email)!;
    expect(t.db.select().from(memberships).where(eq(memberships.userId, u.id)).get()!.status).toBe("pending");
    expect(loadViewer(t.db, u.id)).toMatchObject({ institutionIds: [] });
  });

  it("asks which institution when the domain is unknown, and records the claim as evidence", async () => {
    const email = "r.diaz@gmail.com";
    const first = await signUpUniversity({ ...member, email }, browserHeaders("203.0.113.42"));
    expect(first).toMatchObject({ ok: false, fields: { institutionName: expect.any(String) } });
    expect(userByEmail(email)).toBeUndefined();

    const guess = await signUpUniversity(
      { ...member, email, institutionName: "Leeds" },
      browserHeaders("203.0.113.42"),
    );
    expect(guess).toMatchObject({
      ok: false,
      fields: { institutionName: expect.stringContaining("University of Leeds") },
    });

    const ok = await signUpUniversity(
      { ...member, email, institutionName: "University of Leeds", note: "Visiting fellow" },
      browserHeaders("203.0.113.42"),
    );
    expect(ok).toEqual({ ok: true });
    await follow(linkIn(latestTo(email)!.textBody));
    const u = userByEmail(email)!;
    const m = t.db.select().from(memberships).where(eq(memberships.userId, u.id)).get()!;
    expect(m.status).toBe("pending");
    expect(JSON.parse(m.evidence!)).toMatchObject({
      domainMatch: null,
      claimedInstitution: "University of Leeds",
      note: "Visiting fellow",
      academicHint: { academic: false },
    });
  });
});

describe("what a client can never do", () => {
  it("cannot sign up through the library's own HTTP endpoint (it bypasses the doors)", async () => {
    const res = await app.auth().handler(
      new Request(`${TEST_SITE}/api/auth/sign-up/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: TEST_SITE, "x-forwarded-for": "203.0.113.50" },
        body: JSON.stringify({ email: "evil@x.example", password: "password password", name: "Evil", role: "admin" }),
      }),
    );
    expect(res.status).toBe(404);
    expect(userByEmail("evil@x.example")).toBeUndefined();
  });

  it("cannot change its own role through update-user", async () => {
    const login = await app.auth().api.signInEmail({
      body: { email: "sme@demo.expertise-atlas.example", password: "demo-sme-password" },
      headers: browserHeaders("203.0.113.51"),
      asResponse: true,
    });
    const res = await app.auth().handler(
      new Request(`${TEST_SITE}/api/auth/update-user`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          origin: TEST_SITE,
          cookie: cookieFrom(login),
          "x-forwarded-for": "203.0.113.51",
        },
        body: JSON.stringify({ role: "admin" }),
      }),
    );
    expect(res.status).toBe(404);
    expect(userByEmail("sme@demo.expertise-atlas.example")!.role).toBe("sme");
  });

  it("a suspended account cannot sign in, and is told nothing more than a wrong password", async () => {
    t.db.update(users).set({ suspendedAt: new Date() }).where(eq(users.email, sme.email)).run();
    expect(await signIn(sme.email, "a brand new password", browserHeaders("203.0.113.52"))).toEqual({
      ok: false,
      code: "invalid",
      message: WRONG_CREDENTIALS,
    });
    t.db.update(users).set({ suspendedAt: null }).where(eq(users.email, sme.email)).run();
  });
});

describe("demo accounts", () => {
  it("are stored in the library's password format and can sign in", async () => {
    for (const a of DEMO_ACCOUNTS) {
      const u = userByEmail(a.email)!;
      expect(u.role).toBe(a.role);
      const acct = t.db.select().from(accounts).where(eq(accounts.userId, u.id)).get()!;
      expect(await verifyPassword({ hash: acct.password!, password: a.password })).toBe(true);
    }
    expect(await signIn(DEMO_ACCOUNTS[2]!.email, DEMO_ACCOUNTS[2]!.password, browserHeaders("203.0.113.60"))).toEqual({
      ok: true,
      role: "curator",
    });
  });
});

describe("cookies over https", () => {
  it("are Secure (with the __Secure- prefix), HttpOnly and SameSite=Lax when the site URL is https", async () => {
    const site = "https://atlas.example";
    const auth = createAuth({ db: t.db, siteUrl: site, secret: "another-test-secret-another-test-secret-42" });
    const res = await auth.api.signInEmail({
      body: { email: DEMO_ACCOUNTS[0]!.email, password: DEMO_ACCOUNTS[0]!.password },
      headers: new Headers({ "x-forwarded-for": "203.0.113.70", origin: site }),
      asResponse: true,
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => c.includes("session_token"))!;
    expect(cookie).toMatch(/^__Secure-atlas\.session_token=/);
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });
});

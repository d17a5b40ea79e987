// The outside probe's reproductions (issue 9), each sent again and refused: forged
// X-Forwarded-For, the library's own endpoints, re-authentication and notices, weak passwords,
// session tokens, lockout as a weapon, and the security events they leave.
import { and, desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { emailOutbox, securityEvents, sessions, users } from "@/db/schema";
import { changeEmail, changePassword } from "@/lib/auth/account-security";
import { requestPasswordReset, resetPassword, signIn, WRONG_CREDENTIALS } from "@/lib/auth/credentials";
import { httpEndpointAllowed } from "@/lib/auth/http-endpoints";
import {
  accountHoldMs,
  ACCOUNT_MAX_HOLD_MS,
  pairWaitMs,
  recordSignInFailure,
  signInGate,
} from "@/lib/auth/sign-in-guard";
import { signUpSme } from "@/lib/auth/sign-up";
import { clientIp } from "@/lib/auth/throttle";
import { loadViewer } from "@/lib/dal/accounts/internal/viewer";
import { listSecurityEvents, SECURITY_EVENT_DAYS } from "@/lib/dal/accounts/security-log";
import {
  pruneSecurityEvents,
  recordSecurityEvent,
  setSecurityLogSink,
} from "@/lib/dal/accounts/internal/security-events";
import { setUserRole } from "@/lib/dal/accounts/users-admin";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { addCredentialUser, browserHeaders, cookieFrom, TEST_SITE, useAuthTestDb } from "../support/auth";

const { t, app } = useAuthTestDb();

const PASSWORD = "a sturdy test password";
const addPerson = (email: string, role: "sme" | "curator" | "admin" = "sme", twoFactorEnabled = false) =>
  addCredentialUser(t.db, email, PASSWORD, { role, twoFactorEnabled });
async function sessionOf(email: string, ip: string, password = PASSWORD) {
  const res = await app
    .auth()
    .api.signInEmail({ body: { email, password }, headers: browserHeaders(ip), asResponse: true });
  return { res, headers: browserHeaders(ip, cookieFrom(res)), cookie: cookieFrom(res) };
}
/** What the web server passes on for a client at `socket` that sends its own X-Forwarded-For. */
const forged = (socket: string, xff: string, cookie?: string) => {
  const h = browserHeaders(socket, cookie);
  h.set("x-forwarded-for", xff);
  return h;
};
const mailsTo = (address: string) => t.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, address)).all();
const http = (path: string, init: RequestInit & { cookie?: string } = {}) =>
  app.auth().handler(
    new Request(`${TEST_SITE}/api/auth${path}`, {
      method: init.method ?? "POST",
      headers: {
        "content-type": "application/json",
        origin: TEST_SITE,
        [CLIENT_ADDRESS_HEADER]: "198.51.100.200",
        ...(init.cookie ? { cookie: init.cookie } : {}),
      },
      body: (init.method ?? "POST") === "GET" ? undefined : (init.body ?? "{}"),
    }),
  );

describe("1. per-address limits use the address the server saw, never X-Forwarded-For", () => {
  it("reads only the stamped header", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "10.89.1.2" }))).toBeNull();
    expect(clientIp(new Headers({ "x-real-ip": "10.89.1.2" }))).toBeNull();
    expect(clientIp(forged("203.0.113.9", "10.89.1.2"))).toBe("203.0.113.9");
  });

  it(
    "110 failed sign-ins, each with a different X-Forwarded-For, are stopped at the limit",
    { timeout: 120_000 },
    async () => {
      // The first 90 are counted directly, as signIn counts a failure (each real one costs a
      // password hash); the last 20 are real sign-ins, each with its own forged header.
      for (let i = 0; i < 90; i++) recordSignInFailure(t.db, `spray-${i}@widgets.example`, "203.0.113.99");
      const results = [];
      for (let i = 90; i < 110; i++) {
        const r = await signIn(
          `spray-${i}@widgets.example`,
          "some guess password",
          forged("203.0.113.99", `10.89.${i >> 8}.${i & 255}`),
        );
        results.push(r.ok ? "ok" : r.code);
      }
      expect(results.slice(0, 10).every((r) => r === "invalid")).toBe(true);
      expect(results.slice(10).every((r) => r === "rate_limited")).toBe(true);
      // Another address is not affected.
      expect(
        await signIn("spray-x@widgets.example", "some guess password", browserHeaders("203.0.113.98")),
      ).toMatchObject({ code: "invalid" });
    },
  );

  it("sign-ups with a different X-Forwarded-For each are stopped at 20 per address", { timeout: 120_000 }, async () => {
    const results = [];
    for (let i = 0; i < 24; i++) {
      const r = await signUpSme(
        {
          name: "Spammer",
          email: `signup-${i}@spam.example`,
          password: "a sturdy sign-up password",
          companyName: "Spam Ltd",
          companySize: "micro",
          companyCountry: "GB",
          companySector: "C",
        },
        forged("203.0.113.97", `10.90.0.${i}`),
      );
      results.push(r.ok);
    }
    expect(results.slice(0, 20).every(Boolean)).toBe(true);
    expect(results.slice(20).some(Boolean)).toBe(false);
  });
});

describe("3, 4 and 10. the library's HTTP endpoints", () => {
  it("answers 404 for every endpoint except the e-mailed links", async () => {
    const { cookie } = await (async () => {
      addPerson("endpoints@firm.example");
      return sessionOf("endpoints@firm.example", "198.51.100.200");
    })();
    const api = app.auth().api as unknown as Record<
      string,
      { path?: string; options?: { method?: string | string[] } }
    >;
    const checked: string[] = [];
    for (const endpoint of Object.values(api)) {
      if (!endpoint.path) continue;
      const path = endpoint.path.replace(/:[A-Za-z]+/g, "abc");
      const declared = endpoint.options?.method ?? "GET";
      const methods = (Array.isArray(declared) ? declared : [declared]).flatMap((m) =>
        m === "*" ? ["GET", "POST"] : [m],
      );
      for (const method of methods) {
        const res = await http(path, { method, cookie });
        checked.push(`${method} ${path}`);
        if (httpEndpointAllowed(method, `/api/auth${path}`)) expect(res.status, `${method} ${path}`).toBeLessThan(500);
        else expect(res.status, `${method} ${path}`).toBe(404);
      }
    }
    for (const must of [
      "POST /sign-in/email",
      "GET /get-session",
      "GET /list-sessions",
      "POST /revoke-session",
      "POST /change-password",
      "POST /change-email",
      "POST /two-factor/enable",
    ])
      expect(checked).toContain(must);
  });

  it("never hands a session token to a script, and revoking another person's session is a 4xx", async () => {
    addPerson("victim@firm.example");
    addPerson("attacker@firm.example");
    const victim = await sessionOf("victim@firm.example", "198.51.100.201");
    const attacker = await sessionOf("attacker@firm.example", "198.51.100.202");
    const signInJson = await http("/sign-in/email", {
      body: JSON.stringify({ email: "attacker@firm.example", password: PASSWORD }),
    });
    expect(signInJson.status).toBe(404);
    expect(await signInJson.text()).not.toMatch(/token/i);
    for (const path of ["/get-session", "/list-sessions"]) {
      const res = await http(path, { method: "GET", cookie: attacker.cookie });
      expect(res.status).toBe(404);
      expect(await res.text()).not.toMatch(/token/i);
    }
    const victimToken = t.db
      .select({ token: sessions.token })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(users.email, "victim@firm.example"))
      .get()!.token;
    const revoke = await http("/revoke-session", {
      cookie: attacker.cookie,
      body: JSON.stringify({ token: victimToken }),
    });
    expect(revoke.status).toBeGreaterThanOrEqual(400);
    expect(revoke.status).toBeLessThan(500);
    expect(t.db.select().from(sessions).where(eq(sessions.token, victimToken)).get()).toBeDefined();
    expect(victim.cookie).toMatch(/session_token=/);
  });
});

describe("3. changing the password", () => {
  it(
    "40 wrong current passwords are limited at 10, and then even the right one waits",
    { timeout: 120_000 },
    async () => {
      addPerson("guessed@firm.example");
      const { headers } = await sessionOf("guessed@firm.example", "198.51.100.210");
      const codes = [];
      for (let i = 0; i < 40; i++) {
        const r = await changePassword(`wrong guess number ${i}`, "a brand new sturdy password", headers);
        codes.push(r.ok ? "ok" : r.code);
      }
      expect(codes.slice(0, 10).every((c) => c === "wrong_password")).toBe(true);
      expect(codes.slice(10).every((c) => c === "rate_limited")).toBe(true);
      expect(await changePassword(PASSWORD, "a brand new sturdy password", headers)).toMatchObject({
        code: "rate_limited",
      });
      expect(await signIn("guessed@firm.example", PASSWORD, browserHeaders("198.51.100.211"))).toMatchObject({
        ok: true,
      });
      const http404 = await http("/change-password", {
        cookie: headers.get("cookie")!,
        body: JSON.stringify({ currentPassword: PASSWORD, newPassword: "another sturdy password" }),
      });
      expect(http404.status).toBe(404);
    },
  );
});

describe("4. changing the e-mail address", () => {
  it("needs the current password, is throttled, and always tells the old address", { timeout: 60_000 }, async () => {
    addPerson("owner@firm.example");
    const { headers } = await sessionOf("owner@firm.example", "198.51.100.220");
    expect(await changeEmail("thief@outside.example", "not the password", headers)).toMatchObject({
      ok: false,
      code: "wrong_password",
    });
    expect(mailsTo("thief@outside.example")).toHaveLength(0);
    const results = [];
    for (let i = 0; i < 12; i++) results.push(await changeEmail(`new-${i}@outside.example`, PASSWORD, headers));
    expect(results.slice(0, 3).every((r) => r.ok)).toBe(true);
    expect(results.slice(3).every((r) => !r.ok && r.code === "rate_limited")).toBe(true);
    const confirmations = Array.from({ length: 12 }, (_, i) => mailsTo(`new-${i}@outside.example`).length);
    expect(confirmations.reduce((a, b) => a + b, 0)).toBe(3);
    const notices = mailsTo("owner@firm.example").filter((m) => /being changed/.test(m.subject));
    expect(notices).toHaveLength(3);
    const viaHttp = await http("/change-email", {
      cookie: headers.get("cookie")!,
      body: JSON.stringify({ newEmail: "http@outside.example" }),
    });
    expect(viaHttp.status).toBe(404);
    expect(mailsTo("http@outside.example")).toHaveLength(0);
  });
});

describe("11. failures slow down; they never lock the owner out", () => {
  it("grows the wait for one address on one account, and bounds the hold on the account", () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((n) => pairWaitMs(n))).toEqual([0, 0, 0, 1000, 2000, 4000, 8000]);
    expect(pairWaitMs(40)).toBe(15 * 60 * 1000);
    expect(accountHoldMs(9)).toBe(0);
    expect(accountHoldMs(10)).toBe(1000);
    expect(accountHoldMs(10_000)).toBe(ACCOUNT_MAX_HOLD_MS);
    const now = Date.now();
    for (let i = 0; i < 5; i++) recordSignInFailure(t.db, "pair@firm.example", "192.0.2.50", now);
    expect(signInGate(t.db, "pair@firm.example", "192.0.2.50", now + 1000)).toMatchObject({
      allowed: false,
      reason: "pair",
    });
    expect(signInGate(t.db, "pair@firm.example", "192.0.2.50", now + 4001)).toMatchObject({ allowed: true });
    expect(signInGate(t.db, "pair@firm.example", "192.0.2.51", now + 1000)).toMatchObject({ allowed: true, holdMs: 0 });
  });

  it(
    "after 15 wrong passwords from many addresses, the admin still signs in from a fresh address after a bounded hold",
    { timeout: 120_000 },
    async () => {
      addPerson("boss@atlas.example", "admin", true);
      for (let i = 0; i < 15; i++)
        expect(
          await signIn(
            "boss@atlas.example",
            `attacker guess ${i}`,
            browserHeaders(`192.0.2.${100 + i}`),
            async () => {},
          ),
        ).toMatchObject({
          code: "invalid",
        });
      const holds: number[] = [];
      const r = await signIn("boss@atlas.example", PASSWORD, browserHeaders("198.51.100.230"), async (ms) =>
        holds.push(ms),
      );
      expect(r).toEqual({ ok: true, twoFactor: true }); // the password was accepted; the code comes next
      expect(holds).toHaveLength(1);
      expect(holds[0]).toBeLessThanOrEqual(ACCOUNT_MAX_HOLD_MS);
    },
  );

  it("successful sign-ins never count towards anything", { timeout: 60_000 }, async () => {
    addPerson("regular@firm.example");
    for (let i = 0; i < 12; i++)
      expect(await signIn("regular@firm.example", PASSWORD, browserHeaders("198.51.100.240"))).toMatchObject({
        ok: true,
      });
    const gate = signInGate(t.db, "regular@firm.example", "198.51.100.240");
    expect(gate).toEqual({ allowed: true, holdMs: 0 });
  });

  it("the same wrong-password message for unknown and known accounts, limits included", async () => {
    addPerson("known@firm.example");
    const a = await signIn("known@firm.example", "wrong wrong wrong", browserHeaders("198.51.100.241"));
    const b = await signIn("unknown@firm.example", "wrong wrong wrong", browserHeaders("198.51.100.241"));
    expect(a).toEqual(b);
    expect(a).toMatchObject({ message: WRONG_CREDENTIALS });
  });
});

describe("12. weak passwords are refused with a clear message", () => {
  const WEAK = ["password12", "1234567890", "aaaaaaaaaa"];

  it.each(WEAK)("at sign-up: %s", async (password) => {
    const r = await signUpSme(
      {
        name: "Weak",
        email: `weak-${password}@firm.example`,
        password,
        companyName: "Weak Ltd",
        companySize: "micro",
        companyCountry: "GB",
        companySector: "C",
      },
      browserHeaders("198.51.100.250"),
    );
    expect(r).toMatchObject({
      ok: false,
      fields: { password: expect.stringMatching(/too common or too easy to guess/) },
    });
    expect(
      t.db
        .select()
        .from(users)
        .where(eq(users.email, `weak-${password}@firm.example`))
        .get(),
    ).toBeUndefined();
  });

  it.each(WEAK)("when changing the password: %s", async (password) => {
    addPerson(`change-${password}@firm.example`);
    const { headers } = await sessionOf(`change-${password}@firm.example`, "198.51.100.251");
    expect(await changePassword(PASSWORD, password, headers)).toMatchObject({ ok: false, code: "weak_password" });
  });

  it("at reset", async () => {
    addPerson("reset-weak@firm.example");
    await requestPasswordReset("reset-weak@firm.example", browserHeaders("198.51.100.252"));
    const mail = t.db
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.toAddress, "reset-weak@firm.example"))
      .orderBy(desc(emailOutbox.id))
      .get()!;
    const link = /https?:\/\/\S+/.exec(mail.textBody)![0];
    const res = await app.auth().handler(new Request(link, { headers: browserHeaders("198.51.100.252") }));
    const token = new URL(res.headers.get("location")!, TEST_SITE).searchParams.get("token")!;
    for (const password of WEAK)
      expect(await resetPassword(token, password)).toMatchObject({ ok: false, code: "password" });
    expect(await resetPassword(token, "a sturdy replacement password")).toEqual({ ok: true });
  });
});

describe("14. security events", () => {
  it("records failed sign-ins and limits without an e-mail address or IP in clear", () => {
    const rows = t.db.select().from(securityEvents).all();
    expect(rows.some((r) => r.event === "sign_in.failed")).toBe(true);
    expect(rows.some((r) => r.event === "rate_limit.hit")).toBe(true);
    const text = JSON.stringify(rows);
    expect(text).not.toMatch(/@firm\.example|@widgets\.example|203\.0\.113\.99/);
  });

  it("records role changes, and only admins (with two-step sign-in) read them", () => {
    const admin = addPerson("events-admin@atlas.example", "admin", true);
    const target = addPerson("promoted@firm.example");
    setUserRole({ db: t.db, viewer: loadViewer(t.db, admin) }, target, "curator");
    const events = listSecurityEvents({ db: t.db, viewer: loadViewer(t.db, admin) });
    expect(events.find((e) => e.event === "role.changed" && e.userId === target)?.detail).toMatch(/"to":"curator"/);
    const noTwoStep = addPerson("events-admin2@atlas.example", "admin", false);
    expect(() => listSecurityEvents({ db: t.db, viewer: loadViewer(t.db, noTwoStep) })).toThrow();
    expect(() => listSecurityEvents({ db: t.db, viewer: loadViewer(t.db, target) })).toThrow();
  });

  it("writes each one as a JSON line (time, event, account or address hash, route)", () => {
    const lines: string[] = [];
    setSecurityLogSink((line) => lines.push(line));
    try {
      recordSecurityEvent(t.db, {
        event: "sign_in.failed",
        ip: "192.0.2.77",
        account: "who@firm.example",
        route: "/sign-in",
      });
    } finally {
      setSecurityLogSink(() => {});
    }
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(line).toMatchObject({ event: "sign_in.failed", route: "/sign-in", level: "security" });
    expect(new Date(String(line.time)).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(line.addressHash).toMatch(/^[\w-]{16}$/);
    expect(line.accountHash).toMatch(/^[\w-]{16}$/);
    expect(lines[0]).not.toMatch(/192\.0\.2\.77|who@firm/);
  });

  it("keeps only the last days", () => {
    const old = new Date(Date.now() - (SECURITY_EVENT_DAYS + 1) * 24 * 3600 * 1000);
    recordSecurityEvent(t.db, { event: "access.denied", route: "/old" }, old);
    expect(t.db.select().from(securityEvents).where(eq(securityEvents.route, "/old")).all()).toHaveLength(1);
    pruneSecurityEvents(t.db);
    expect(
      t.db
        .select()
        .from(securityEvents)
        .where(and(eq(securityEvents.route, "/old"), eq(securityEvents.event, "access.denied")))
        .all(),
    ).toHaveLength(0);
  });
});

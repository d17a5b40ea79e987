// Two-step sign-in (TOTP + backup codes) through the library code the account page and the
// sign-in forms call, and the rule that a staff role works only once it is set up.
import { desc, eq } from "drizzle-orm";
import { Secret, TOTP } from "otpauth";
import { describe, expect, it } from "vitest";
import { emailOutbox, users } from "@/db/schema";
import { signIn, verifySignInCode } from "@/lib/auth/credentials";
import { confirmTwoFactorSetup, renewBackupCodes, startTwoFactorSetup, turnOffTwoFactor } from "@/lib/auth/two-factor";
import { loadViewer } from "@/lib/dal/accounts/internal/viewer";
import { DEMO_ACCOUNTS } from "@/lib/dal/seed/internal/demo-accounts";
import { DEMO_BACKUP_CODES, DEMO_TOTP_SECRET, seedDemoTwoFactor } from "@/lib/dal/seed/internal/demo-two-factor";
import { setUserRole } from "@/lib/dal/accounts/users-admin";
import { AppError } from "@/lib/errors";
import { canManageRoles, canModerateTeams } from "@/lib/policy";
import { addCredentialUser, browserHeaders, cookieFrom, useAuthTestDb } from "../support/auth";

const { t, app } = useAuthTestDb({ seed: true });

const PASSWORD = "a sturdy test password";
const codeFor = (base32: string, offset = 0) =>
  new TOTP({ secret: Secret.fromBase32(base32.replace(/\s/g, "")) }).generate({ timestamp: Date.now() + offset });

const addPerson = (email: string, role: "sme" | "curator" | "admin" = "sme") =>
  addCredentialUser(t.db, email, PASSWORD, { role });

async function sessionHeaders(email: string, ip: string) {
  const res = await app
    .auth()
    .api.signInEmail({ body: { email, password: PASSWORD }, headers: browserHeaders(ip), asResponse: true });
  return browserHeaders(ip, cookieFrom(res));
}

/** First step of a sign-in: returns the headers carrying the signed two-step cookie. */
async function passwordStep(email: string, password: string, ip: string) {
  const res = await app
    .auth()
    .api.signInEmail({ body: { email, password }, headers: browserHeaders(ip), asResponse: true });
  const body = (await res.json()) as Record<string, unknown>;
  return { body, res, headers: browserHeaders(ip, cookieFrom(res)) };
}

const latestSubject = (to: string) =>
  t.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, to)).orderBy(desc(emailOutbox.id)).get()?.subject;
const flag = (id: string) => t.db.select({ on: users.twoFactorEnabled }).from(users).where(eq(users.id, id)).get()!.on;

describe("setting up two-step sign-in", () => {
  it("needs the password, shows a QR code, a key and backup codes once, and is on only after a correct code", async () => {
    const id = addPerson("totp@firm.example");
    const h = await sessionHeaders("totp@firm.example", "198.51.100.80");
    expect(await startTwoFactorSetup("not the password", h)).toMatchObject({ ok: false, code: "wrong_password" });
    const setup = await startTwoFactorSetup(PASSWORD, h);
    if (!setup.ok) throw new Error(setup.message);
    expect(setup.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(setup.qrSvg).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
    expect(setup.manualKey).toMatch(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/);
    expect(setup.backupCodes).toHaveLength(10);
    expect(flag(id)).toBe(false);

    const right = codeFor(setup.manualKey);
    const wrong = String((Number(right) + 500_000) % 1_000_000).padStart(6, "0");
    expect(await confirmTwoFactorSetup(wrong, h)).toMatchObject({ ok: false, code: "invalid" });
    expect(flag(id)).toBe(false);
    expect(await confirmTwoFactorSetup(right, h)).toEqual({ ok: true });
    expect(flag(id)).toBe(true);
    expect(latestSubject("totp@firm.example")).toMatch(/Two-step sign-in is now on/);

    // From now on the password alone gives no session: the code (or a backup code) is asked for.
    expect(await signIn("totp@firm.example", PASSWORD, browserHeaders("198.51.100.81"))).toEqual({
      ok: true,
      twoFactor: true,
    });
    const step = await passwordStep("totp@firm.example", PASSWORD, "198.51.100.81");
    expect(step.body).toMatchObject({ twoFactorRedirect: true });
    expect(JSON.stringify(step.body)).not.toMatch(/token/i);
    expect(
      step.res.headers.getSetCookie().some((c) => /session_token=[^;]+/.test(c) && !/session_token=;/.test(c)),
    ).toBe(false);
    expect(await verifySignInCode(wrong, "totp", step.headers)).toMatchObject({ ok: false, code: "invalid" });
    expect(await verifySignInCode(codeFor(setup.manualKey), "totp", step.headers)).toEqual({ ok: true, role: "sme" });

    // A backup code works once.
    const backup = setup.backupCodes[0]!;
    const again = await passwordStep("totp@firm.example", PASSWORD, "198.51.100.82");
    expect(await verifySignInCode(backup, "backup", again.headers)).toEqual({ ok: true, role: "sme" });
    const third = await passwordStep("totp@firm.example", PASSWORD, "198.51.100.83");
    expect(await verifySignInCode(backup, "backup", third.headers)).toMatchObject({ ok: false, code: "invalid" });
  });

  it("a code without the password step is refused", async () => {
    expect(await verifySignInCode("123456", "totp", browserHeaders("198.51.100.84"))).toMatchObject({
      ok: false,
      code: "expired",
    });
  });

  it("turns off, and renews backup codes, only with the password", async () => {
    const id = addPerson("off@firm.example");
    let h = await sessionHeaders("off@firm.example", "198.51.100.85");
    const setup = await startTwoFactorSetup(PASSWORD, h);
    if (!setup.ok) throw new Error(setup.message);
    expect(await confirmTwoFactorSetup(codeFor(setup.manualKey), h)).toEqual({ ok: true });
    const step = await passwordStep("off@firm.example", PASSWORD, "198.51.100.85");
    const signedIn = await app
      .auth()
      .api.verifyTOTP({ body: { code: codeFor(setup.manualKey) }, headers: step.headers, asResponse: true });
    h = browserHeaders("198.51.100.85", cookieFrom(signedIn));
    expect(await renewBackupCodes("wrong password here", h)).toMatchObject({ ok: false, code: "wrong_password" });
    const renewed = await renewBackupCodes(PASSWORD, h);
    expect(renewed.ok && renewed.backupCodes).toHaveLength(10);
    expect(await turnOffTwoFactor("wrong password here", h)).toMatchObject({ ok: false, code: "wrong_password" });
    expect(flag(id)).toBe(true);
    expect(await turnOffTwoFactor(PASSWORD, h)).toEqual({ ok: true });
    expect(flag(id)).toBe(false);
    expect(latestSubject("off@firm.example")).toMatch(/was turned off/);
  });
});

describe("staff roles need two-step sign-in", () => {
  it("a curator or admin without it has no staff rights; the same person with it has them", () => {
    const curator = addPerson("new-curator@atlas.example", "curator");
    const admin = addPerson("new-admin@atlas.example", "admin");
    const target = addPerson("someone@firm.example");
    expect(canModerateTeams(loadViewer(t.db, curator))).toBe(false);
    expect(canManageRoles(loadViewer(t.db, admin))).toBe(false);
    expect(() => setUserRole({ db: t.db, viewer: loadViewer(t.db, admin) }, target, "curator")).toThrow(AppError);
    expect(t.db.select().from(users).where(eq(users.id, target)).get()!.role).toBe("sme");

    t.db.update(users).set({ twoFactorEnabled: true }).where(eq(users.id, admin)).run();
    t.db.update(users).set({ twoFactorEnabled: true }).where(eq(users.id, curator)).run();
    expect(canModerateTeams(loadViewer(t.db, curator))).toBe(true);
    setUserRole({ db: t.db, viewer: loadViewer(t.db, admin) }, target, "curator");
    expect(t.db.select().from(users).where(eq(users.id, target)).get()!.role).toBe("curator");
  });
});

describe("demo staff accounts", () => {
  it("get the documented demo key and backup codes, so they can sign in with a computed code", async () => {
    expect(await seedDemoTwoFactor(t.db, "test-secret-test-secret-test-secret-0123456789")).toBe(2);
    expect(await seedDemoTwoFactor(t.db, "test-secret-test-secret-test-secret-0123456789")).toBe(0);
    const curator = DEMO_ACCOUNTS.find((a) => a.role === "curator")!;
    expect(await signIn(curator.email, curator.password, browserHeaders("198.51.100.90"))).toEqual({
      ok: true,
      twoFactor: true,
    });
    const step = await passwordStep(curator.email, curator.password, "198.51.100.90");
    expect(await verifySignInCode(codeFor(DEMO_TOTP_SECRET), "totp", step.headers)).toEqual({
      ok: true,
      role: "curator",
    });
    const admin = DEMO_ACCOUNTS.find((a) => a.role === "admin")!;
    const adminStep = await passwordStep(admin.email, admin.password, "198.51.100.91");
    expect(await verifySignInCode(DEMO_BACKUP_CODES[0], "backup", adminStep.headers)).toEqual({
      ok: true,
      role: "admin",
    });
  });
});

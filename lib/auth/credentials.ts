// Sign-in, sign-out, password reset and re-sending the verification link, as the forms use them.
// Messages never say whether an address has an account.
import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { appDb } from "@/lib/dal/context";
import { recordSecurityEvent } from "@/lib/dal/accounts/internal/security-events";
import { getAuth } from "./auth";
import { authFailure } from "./errors";
import { recordSignInFailure, recordSignInSuccess, signInGate, waitMessage } from "./sign-in-guard";
import { clientIp, throttle, tooManyMessage } from "./throttle";

export type AuthResult = { ok: true } | { ok: false; message: string; code?: string };
export type SignInResult =
  | { ok: true; role: string }
  /** The password was right; the second step (a code from the app or a backup code) is next. */
  | { ok: true; twoFactor: true }
  | { ok: false; message: string; code?: string };

const db = appDb;

export const WRONG_CREDENTIALS = "That e-mail address and password do not match an account.";
export const RESET_SENT =
  "If that address has an account, we have sent it a link to choose a new password. It works for one hour.";

export async function signIn(
  email: string,
  password: string,
  headers: Headers,
  hold: (ms: number) => Promise<unknown> = sleep,
): Promise<SignInResult> {
  const ip = clientIp(headers);
  const gate = signInGate(db(), email, ip);
  if (!gate.allowed) {
    recordSecurityEvent(db(), {
      event: "rate_limit.hit",
      ip,
      account: email,
      route: "/sign-in",
      detail: { bucket: `sign-in:${gate.reason}`, retryAfter: gate.retryAfter },
    });
    return { ok: false, message: waitMessage(gate.retryAfter), code: "rate_limited" };
  }
  if (gate.holdMs > 0) {
    recordSecurityEvent(db(), {
      event: "sign_in.delayed",
      ip,
      account: email,
      route: "/sign-in",
      detail: { holdMs: gate.holdMs },
    });
    await hold(gate.holdMs);
  }
  try {
    const res = await getAuth().api.signInEmail({
      body: { email, password, rememberMe: true, callbackURL: "/welcome" },
      headers,
    });
    recordSignInSuccess(db(), email, ip);
    if ("twoFactorRedirect" in res && res.twoFactorRedirect) return { ok: true, twoFactor: true };
    const user = (res as { user?: { role?: unknown } }).user;
    return { ok: true, role: String(user?.role ?? "sme") };
  } catch (err) {
    const f = authFailure(err);
    if (f.status === 429) return { ok: false, message: f.message, code: "rate_limited" };
    if (f.code === "EMAIL_NOT_VERIFIED") {
      recordSignInSuccess(db(), email, ip);
      return {
        ok: false,
        code: "unverified",
        message: "Please confirm your e-mail address first. We have sent you a new link.",
      };
    }
    recordSignInFailure(db(), email, ip);
    recordSecurityEvent(db(), { event: "sign_in.failed", ip, account: email, route: "/sign-in" });
    return { ok: false, message: WRONG_CREDENTIALS, code: "invalid" };
  }
}

export const WRONG_CODE = "That code is not right. Check the app's current code, or use a backup code.";
export const CODE_EXPIRED = "This sign-in has expired. Please sign in again with your password.";

/**
 * The second step of a sign-in: a 6-digit code from the authenticator app, or one of the backup
 * codes (each works once). Needs the signed cookie the first step set; five wrong codes end it.
 */
export async function verifySignInCode(code: string, kind: "totp" | "backup", headers: Headers): Promise<SignInResult> {
  const ip = clientIp(headers);
  const d = throttle(db(), "two-factor", null, ip);
  if (!d.allowed) {
    recordSecurityEvent(db(), {
      event: "rate_limit.hit",
      ip,
      route: "/sign-in/two-factor",
      detail: { bucket: "two-factor" },
    });
    return { ok: false, code: "rate_limited", message: tooManyMessage(d.retryAfter) };
  }
  try {
    const res =
      kind === "totp"
        ? await getAuth().api.verifyTOTP({ body: { code }, headers })
        : await getAuth().api.verifyBackupCode({ body: { code }, headers });
    const user = (res as { user?: { role?: unknown } }).user;
    return { ok: true, role: String(user?.role ?? "sme") };
  } catch (err) {
    const f = authFailure(err);
    recordSecurityEvent(db(), {
      event: "two_factor.failed",
      ip,
      route: "/sign-in/two-factor",
      detail: { kind, code: f.code },
    });
    if (f.code === "INVALID_TWO_FACTOR_COOKIE" || f.code === "TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE")
      return { ok: false, code: "expired", message: CODE_EXPIRED };
    if (f.status === 429)
      return { ok: false, code: "rate_limited", message: "Too many wrong codes. Please wait a few minutes." };
    return { ok: false, code: "invalid", message: WRONG_CODE };
  }
}

export async function signOut(headers: Headers): Promise<void> {
  try {
    await getAuth().api.signOut({ headers });
  } catch (err) {
    authFailure(err); // no session to end: nothing to do
  }
}

export async function requestPasswordReset(email: string, headers: Headers): Promise<AuthResult> {
  try {
    await getAuth().api.requestPasswordReset({ body: { email, redirectTo: "/reset-password" }, headers });
    return { ok: true };
  } catch (err) {
    const f = authFailure(err);
    if (f.status === 429) return { ok: false, message: f.message, code: "rate_limited" };
    return { ok: true };
  }
}

export async function resetPassword(token: string, newPassword: string): Promise<AuthResult> {
  try {
    await getAuth().api.resetPassword({ body: { token, newPassword } });
    return { ok: true };
  } catch (err) {
    const f = authFailure(err);
    if (f.code === "PASSWORD_TOO_SHORT" || f.code === "PASSWORD_TOO_LONG" || f.code === "WEAK_PASSWORD")
      return { ok: false, message: f.message, code: "password" };
    return { ok: false, code: "token", message: "This link has expired or has already been used. Ask for a new one." };
  }
}

export async function resendVerification(email: string, headers: Headers): Promise<AuthResult> {
  try {
    await getAuth().api.sendVerificationEmail({ body: { email, callbackURL: "/welcome" }, headers });
  } catch (err) {
    const f = authFailure(err);
    if (f.status === 429) return { ok: false, message: f.message, code: "rate_limited" };
  }
  return { ok: true };
}

/** The signed-in user's id, or null: what every request-scoped check starts from. */
export async function sessionUserId(headers: Headers): Promise<string | null> {
  const session = await getAuth().api.getSession({ headers });
  return session?.user.id ?? null;
}

// Two-step sign-in (TOTP, RFC 6238) on the account page, through better-auth's two-factor plugin:
// set up with the password (a QR code drawn here, and the key to type in), confirm with a code,
// backup codes shown once, turn off or renew backup codes with the password. Curators and admins
// need it for their role to work (lib/viewer staffRoleUsable).
import "server-only";
import QRCode from "qrcode";
import { appDb } from "@/lib/dal/context";
import { storedEmailOf } from "@/lib/dal/accounts/internal/viewer";
import { recordSecurityEvent } from "@/lib/dal/accounts/internal/security-events";
import { mail, queueEmail } from "@/lib/email";
import { getAuth, TOTP_ISSUER } from "./auth";
import { sessionUserId, type AuthResult } from "./credentials";
import { authFailure } from "./errors";
import { clientIp, throttle, tooManyMessage } from "./throttle";

const db = appDb;
const NOT_SIGNED_IN = { ok: false, code: "unauthenticated", message: "Please sign in again." } as const;

export type SetupResult =
  { ok: true; qrSvg: string; manualKey: string; backupCodes: string[] } | { ok: false; message: string; code?: string };

export type BackupCodesResult = { ok: true; backupCodes: string[] } | { ok: false; message: string; code?: string };

/** The base32 key of an otpauth:// URI, grouped in fours for typing. */
export function manualKeyOf(totpURI: string): string {
  const secret = new URL(totpURI).searchParams.get("secret") ?? "";
  return secret.replace(/(.{4})/g, "$1 ").trim();
}

/** The QR code of an otpauth:// URI as SVG markup, drawn on the server (no third party sees the key). */
export async function qrSvgOf(totpURI: string): Promise<string> {
  return QRCode.toString(totpURI, { type: "svg", errorCorrectionLevel: "M", margin: 2, width: 220 });
}

async function guarded(
  headers: Headers,
  route: string,
): Promise<{ userId: string } | { ok: false; message: string; code?: string }> {
  const userId = await sessionUserId(headers);
  if (!userId) return NOT_SIGNED_IN;
  const ip = clientIp(headers);
  const d = throttle(db(), "two-factor-setup", userId, ip);
  if (!d.allowed) {
    recordSecurityEvent(db(), { event: "rate_limit.hit", userId, ip, route, detail: { bucket: "two-factor-setup" } });
    return { ok: false, code: "rate_limited", message: tooManyMessage(d.retryAfter) };
  }
  return { userId };
}

function passwordFailure(
  err: unknown,
  userId: string,
  headers: Headers,
  route: string,
): { ok: false; message: string; code?: string } {
  const f = authFailure(err);
  if (f.code === "INVALID_PASSWORD") {
    recordSecurityEvent(db(), { event: "reauth.failed", userId, ip: clientIp(headers), route });
    return { ok: false, code: "wrong_password", message: "That password is not right." };
  }
  if (f.code === "TOTP_ALREADY_ENABLED")
    return { ok: false, code: "already", message: "Two-step sign-in is already on for this account." };
  if (f.status === 401 || f.status === 403)
    return { ok: false, code: "stale", message: "For your security, sign out and sign in again first." };
  return { ok: false, message: "That did not work. Please try again." };
}

/** The owner hears of every change, in case it was not them. */
function notifyOwner(userId: string, on: boolean): void {
  const email = storedEmailOf(db(), userId);
  if (email) queueEmail(db(), mail.twoFactorChanged(email, "", on));
}

/** Step 1: the password, then a new secret (not in force until confirmed) and the backup codes. */
export async function startTwoFactorSetup(password: string, headers: Headers): Promise<SetupResult> {
  const g = await guarded(headers, "/account/two-factor");
  if (!("userId" in g)) return g;
  try {
    const res = await getAuth().api.enableTwoFactor({ body: { password, issuer: TOTP_ISSUER }, headers });
    if (!("totpURI" in res) || !res.totpURI) return { ok: false, message: "That did not work. Please try again." };
    return {
      ok: true,
      qrSvg: await qrSvgOf(res.totpURI),
      manualKey: manualKeyOf(res.totpURI),
      backupCodes: res.backupCodes ?? [],
    };
  } catch (err) {
    return passwordFailure(err, g.userId, headers, "/account/two-factor");
  }
}

/** Step 2: the first code from the app turns two-step sign-in on (and renews the session). */
export async function confirmTwoFactorSetup(code: string, headers: Headers): Promise<AuthResult> {
  const g = await guarded(headers, "/account/two-factor");
  if (!("userId" in g)) return g;
  try {
    await getAuth().api.verifyTOTP({ body: { code }, headers });
  } catch (err) {
    const f = authFailure(err);
    if (f.code === "TOTP_NOT_ENABLED")
      return { ok: false, code: "not_started", message: "Start again: enter your password to get a new key." };
    recordSecurityEvent(db(), {
      event: "two_factor.failed",
      userId: g.userId,
      ip: clientIp(headers),
      route: "/account/two-factor",
    });
    return {
      ok: false,
      code: "invalid",
      message: "That code is not right. Check the time on your phone and try the current code.",
    };
  }
  recordSecurityEvent(db(), {
    event: "two_factor.enabled",
    userId: g.userId,
    ip: clientIp(headers),
    route: "/account/two-factor",
  });
  notifyOwner(g.userId, true);
  return { ok: true };
}

export async function turnOffTwoFactor(password: string, headers: Headers): Promise<AuthResult> {
  const g = await guarded(headers, "/account#two-factor");
  if (!("userId" in g)) return g;
  try {
    await getAuth().api.disableTwoFactor({ body: { password }, headers });
  } catch (err) {
    return passwordFailure(err, g.userId, headers, "/account#two-factor");
  }
  recordSecurityEvent(db(), {
    event: "two_factor.disabled",
    userId: g.userId,
    ip: clientIp(headers),
    route: "/account",
  });
  notifyOwner(g.userId, false);
  return { ok: true };
}

/** New backup codes (the old ones stop working), shown once. */
export async function renewBackupCodes(password: string, headers: Headers): Promise<BackupCodesResult> {
  const g = await guarded(headers, "/account#two-factor");
  if (!("userId" in g)) return g;
  try {
    const res = await getAuth().api.generateBackupCodes({ body: { password }, headers });
    recordSecurityEvent(db(), {
      event: "two_factor.backup_codes_regenerated",
      userId: g.userId,
      ip: clientIp(headers),
      route: "/account",
    });
    return { ok: true, backupCodes: res.backupCodes };
  } catch (err) {
    return passwordFailure(err, g.userId, headers, "/account#two-factor");
  }
}

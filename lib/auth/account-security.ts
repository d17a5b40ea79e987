// Changes to a signed-in person's credentials: e-mail (verified before it takes effect),
// password, and deleting the account. Each re-checks the password or session through the library.
import "server-only";
import { appDb } from "@/lib/dal/context";
import { deleteAccount } from "@/lib/dal/accounts/deletion";
import { loadViewer, storedEmailOf } from "@/lib/dal/accounts/internal/viewer";
import { recordSecurityEvent } from "@/lib/dal/accounts/internal/security-events";
import { mail, queueEmail } from "@/lib/email";
import { getAuth } from "./auth";
import type { AuthResult } from "./credentials";
import { sessionUserId } from "./credentials";
import { authFailure } from "./errors";
import { clientIp, throttle, tooManyMessage } from "./throttle";

const db = () => appDb();
const NOT_SIGNED_IN: AuthResult = { ok: false, code: "unauthenticated", message: "Please sign in again." };

/** Re-authentication: the current password, through the library, under the password-check limit. */
async function recheckPassword(
  userId: string,
  password: string,
  headers: Headers,
  route: string,
): Promise<AuthResult | null> {
  const ip = clientIp(headers);
  const d = throttle(db(), "password-check", userId, ip);
  if (!d.allowed) {
    recordSecurityEvent(db(), { event: "rate_limit.hit", userId, ip, route, detail: { bucket: "password-check" } });
    return { ok: false, code: "rate_limited", message: tooManyMessage(d.retryAfter) };
  }
  try {
    await getAuth().api.verifyPassword({ body: { password }, headers });
    return null;
  } catch (err) {
    const f = authFailure(err);
    if (f.status === 401 && f.code !== "INVALID_PASSWORD") return NOT_SIGNED_IN;
    recordSecurityEvent(db(), { event: "reauth.failed", userId, ip, route });
    return { ok: false, code: "wrong_password", message: "Your current password is not right." };
  }
}

export async function changeEmail(newEmail: string, currentPassword: string, headers: Headers): Promise<AuthResult> {
  const userId = await sessionUserId(headers);
  if (!userId) return NOT_SIGNED_IN;
  const refused = await recheckPassword(userId, currentPassword, headers, "/account#email");
  if (refused) return refused;
  const d = throttle(db(), "verification-email", userId, clientIp(headers));
  if (!d.allowed) {
    recordSecurityEvent(db(), {
      event: "rate_limit.hit",
      userId,
      ip: clientIp(headers),
      route: "/account#email",
      detail: { bucket: "verification-email" },
    });
    return { ok: false, code: "rate_limited", message: tooManyMessage(d.retryAfter) };
  }
  const current = storedEmailOf(db(), userId);
  if (current === newEmail) return { ok: false, code: "same", message: "That is already your e-mail address." };
  try {
    await getAuth().api.changeEmail({ body: { newEmail, callbackURL: "/account?email=changed" }, headers });
  } catch (err) {
    const f = authFailure(err);
    if (f.status === 401 || f.status === 403)
      return {
        ok: false,
        code: "stale",
        message: "For your security, sign in again before changing your e-mail address.",
      };
    return { ok: false, message: "We could not start the change. Please try again." };
  }
  // Same answer whether or not the new address is taken; the old address always hears about it.
  if (current) queueEmail(db(), mail.emailChangeRequested(current, "", newEmail));
  recordSecurityEvent(db(), { event: "email.change_requested", userId, ip: clientIp(headers), route: "/account" });
  return { ok: true };
}

export async function changePassword(
  currentPassword: string,
  newPassword: string,
  headers: Headers,
): Promise<AuthResult> {
  const userId = await sessionUserId(headers);
  if (!userId) return NOT_SIGNED_IN;
  const d = throttle(db(), "password-check", userId, clientIp(headers));
  if (!d.allowed) return { ok: false, code: "rate_limited", message: tooManyMessage(d.retryAfter) };
  try {
    await getAuth().api.changePassword({ body: { currentPassword, newPassword, revokeOtherSessions: true }, headers });
  } catch (err) {
    const f = authFailure(err);
    if (f.code === "INVALID_PASSWORD") {
      recordSecurityEvent(db(), { event: "reauth.failed", userId, ip: clientIp(headers), route: "/account#password" });
      return { ok: false, code: "wrong_password", message: "Your current password is not right." };
    }
    if (f.code === "WEAK_PASSWORD" || f.code === "PASSWORD_TOO_SHORT" || f.code === "PASSWORD_TOO_LONG")
      return { ok: false, code: "weak_password", message: f.message };
    if (f.status === 401 || f.status === 403)
      return { ok: false, code: "stale", message: "For your security, sign in again before changing your password." };
    return { ok: false, message: f.message };
  }
  const email = storedEmailOf(db(), userId);
  if (email) queueEmail(db(), mail.passwordChanged(email, ""));
  recordSecurityEvent(db(), { event: "password.changed", userId, ip: clientIp(headers), route: "/account" });
  return { ok: true };
}

/** Checks the password, ends the session, then removes the person's data (lib/dal/accounts/deletion). */
export async function deleteOwnAccount(password: string, headers: Headers): Promise<AuthResult> {
  const userId = await sessionUserId(headers);
  if (!userId) return NOT_SIGNED_IN;
  const d = throttle(db(), "password-check", userId, clientIp(headers));
  if (!d.allowed) return { ok: false, code: "rate_limited", message: tooManyMessage(d.retryAfter) };
  try {
    await getAuth().api.verifyPassword({ body: { password }, headers });
  } catch (err) {
    const f = authFailure(err);
    if (f.status === 401 || f.status === 403)
      return { ok: false, code: "stale", message: "For your security, sign in again before deleting your account." };
    return { ok: false, code: "wrong_password", message: "That password is not right." };
  }
  const ctx = { db: db(), viewer: loadViewer(db(), userId) };
  const refused = deleteAccount(ctx, { dryRun: true });
  if (refused) return { ok: false, code: "refused", message: refused };
  await getAuth().api.signOut({ headers });
  deleteAccount(ctx);
  return { ok: true };
}

// Sign-in, sign-out, password reset and re-sending the verification link, as the forms use them.
// Messages never say whether an address has an account.
import "server-only";
import { getAuth } from "./auth";
import { authFailure } from "./errors";

export type AuthResult = { ok: true } | { ok: false; message: string; code?: string };
export type SignInResult = { ok: true; role: string } | { ok: false; message: string; code?: string };

export const WRONG_CREDENTIALS = "That e-mail address and password do not match an account.";
export const RESET_SENT =
  "If that address has an account, we have sent it a link to choose a new password. It works for one hour.";

export async function signIn(email: string, password: string, headers: Headers): Promise<SignInResult> {
  try {
    const res = await getAuth().api.signInEmail({
      body: { email, password, rememberMe: true, callbackURL: "/welcome" },
      headers,
    });
    return { ok: true, role: String((res.user as { role?: unknown }).role ?? "sme") };
  } catch (err) {
    const f = authFailure(err);
    if (f.status === 429) return { ok: false, message: f.message, code: "rate_limited" };
    if (f.code === "EMAIL_NOT_VERIFIED") {
      return {
        ok: false,
        code: "unverified",
        message: "Please confirm your e-mail address first. We have sent you a new link.",
      };
    }
    return { ok: false, message: WRONG_CREDENTIALS, code: "invalid" };
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
    if (f.code === "PASSWORD_TOO_SHORT" || f.code === "PASSWORD_TOO_LONG")
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

// The account library: better-auth on our SQLite database through its drizzle adapter. Built
// lazily (never at import: `next build` imports every route), once per process and database.
import "server-only";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { twoFactor } from "better-auth/plugins/two-factor";
import { getDb, type AppDb } from "@/db/client";
import { accounts, sessions, twoFactors, users, verifications } from "@/db/schema";
import { activateVerifiedMemberships, isSuspended, storedEmailOf } from "@/lib/dal/accounts/internal/viewer";
import { consumeRateLimit } from "@/lib/dal/internal/rate-limits";
import { installAutoDelivery, mail, queueEmail } from "@/lib/email";
import { appUrl, env } from "@/lib/env";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { MAX_PASSWORD, MIN_PASSWORD } from "@/lib/validation/account";
import { httpAllowList } from "./http-endpoints";
import { checkPasswordStrength, weakPasswordMessage } from "./password-strength";
import { resolveAuthSecret } from "./secret";
import { clientIp, throttle, tooManyMessage, type ThrottledAction } from "./throttle";

export interface AuthConfig {
  db: AppDb;
  /** Public site URL, e.g. https://atlas.example.org (auth routes live under /api/auth). */
  siteUrl: string;
  secret: string;
}

// Sign-in is slowed down by lib/auth/sign-in-guard (failures only) in lib/auth/credentials.
const THROTTLED_PATHS: Record<string, ThrottledAction> = {
  "/request-password-reset": "password-reset",
  "/send-verification-email": "verification-email",
};

/** Where each endpoint that sets a password carries the new one. */
const NEW_PASSWORD_FIELDS: Record<string, string> = {
  "/sign-up/email": "password",
  "/reset-password": "newPassword",
  "/change-password": "newPassword",
};

export const TOTP_ISSUER = "Expertise Atlas";

export function createAuth({ db, siteUrl, secret }: AuthConfig) {
  const secure = siteUrl.startsWith("https://");
  return betterAuth({
    appName: "Expertise Atlas",
    baseURL: siteUrl,
    basePath: "/api/auth",
    secret,
    database: drizzleAdapter(db, {
      provider: "sqlite",
      usePlural: true,
      schema: { users, sessions, accounts, verifications, twoFactors },
    }),
    telemetry: { enabled: false },
    // "User not found" and the like on every failed sign-in are noise, not news.
    logger: { level: "error" },
    // Over HTTP only the e-mailed links work (lib/auth/http-endpoints, README "Security"); every
    // form is the app's own server action, which calls auth.api with the app's limits. These
    // are also listed here so the library itself refuses them.
    disabledPaths: [
      "/sign-up/email",
      "/update-user",
      "/delete-user",
      "/delete-user/callback",
      "/change-password",
      "/change-email",
    ],
    user: {
      additionalFields: {
        // A client can never set these: role is changed by admins, company fields by the DAL.
        role: { type: "string", required: false, defaultValue: "sme", input: false },
        companyName: { type: "string", required: false, input: false },
        companySize: { type: "string", required: false, input: false },
        companyCountry: { type: "string", required: false, input: false },
        companySector: { type: "string", required: false, input: false },
      },
      changeEmail: { enabled: true },
    },
    session: { expiresIn: 30 * 24 * 3600, updateAge: 24 * 3600, freshAge: 24 * 3600 },
    emailAndPassword: {
      enabled: true,
      requireEmailVerification: true,
      autoSignIn: false,
      minPasswordLength: MIN_PASSWORD,
      maxPasswordLength: MAX_PASSWORD,
      resetPasswordTokenExpiresIn: 3600,
      revokeSessionsOnPasswordReset: true,
      async sendResetPassword({ user, url }) {
        queueEmail(db, mail.resetPassword(user.email, user.name, url));
      },
      async onExistingUserSignUp({ user }) {
        queueEmail(db, mail.existingAccount(user.email, user.name, `${siteUrl}/sign-in`, `${siteUrl}/forgot-password`));
      },
      async onPasswordReset({ user }) {
        queueEmail(db, mail.passwordChanged(user.email, user.name));
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      sendOnSignIn: true,
      autoSignInAfterVerification: true,
      expiresIn: 24 * 3600,
      async sendVerificationEmail({ user, url }) {
        const stored = storedEmailOf(db, user.id);
        const changing = stored !== null && stored !== user.email.toLowerCase();
        queueEmail(
          db,
          changing ? mail.verifyNewEmail(user.email, user.name, url) : mail.verifyEmail(user.email, user.name, url),
        );
      },
      async afterEmailVerification(user) {
        activateVerifiedMemberships(db, user.id);
      },
    },
    rateLimit: {
      enabled: true,
      window: 60,
      max: 100,
      // Shared by every process on the database, unlike the default in-memory store.
      customStorage: { consume: async (key, rule) => consumeRateLimit(db, `auth:${key}`, rule) },
    },
    advanced: {
      useSecureCookies: secure,
      cookiePrefix: "atlas",
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure },
      // The address the web server stamped, never a client-sent X-Forwarded-For.
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        const passwordField = NEW_PASSWORD_FIELDS[ctx.path];
        const body = (ctx.body ?? {}) as Record<string, unknown>;
        if (passwordField && typeof body[passwordField] === "string") {
          const context = [body.email, body.name].filter((v): v is string => typeof v === "string");
          const verdict = checkPasswordStrength(body[passwordField], context);
          if (!verdict.ok) {
            throw new APIError("BAD_REQUEST", { message: weakPasswordMessage(verdict), code: "WEAK_PASSWORD" });
          }
        }
        const action = THROTTLED_PATHS[ctx.path];
        if (!action) return;
        const email = typeof ctx.body?.email === "string" ? ctx.body.email : null;
        const decision = throttle(db, action, email, clientIp(ctx.headers ?? ctx.request?.headers));
        if (!decision.allowed) {
          throw new APIError("TOO_MANY_REQUESTS", {
            message: tooManyMessage(decision.retryAfter),
            code: "TOO_MANY_ATTEMPTS",
          });
        }
      }),
    },
    databaseHooks: {
      session: {
        create: {
          async before(session) {
            // A suspended account cannot start a session; the same answer as a wrong password.
            if (isSuspended(db, session.userId)) {
              throw new APIError("UNAUTHORIZED", {
                message: "Invalid email or password",
                code: "INVALID_EMAIL_OR_PASSWORD",
              });
            }
          },
        },
      },
    },
    plugins: [
      httpAllowList(),
      twoFactor({
        issuer: TOTP_ISSUER,
        // The second step's signed cookie lives 10 minutes; five wrong codes end it.
        twoFactorCookieMaxAge: 600,
        backupCodeOptions: { amount: 10, length: 10, storeBackupCodes: "encrypted" },
      }),
      // Must be last: lets server actions that call auth.api set the session cookie.
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const globalAuth = globalThis as unknown as { __atlasAuth?: { path: string; auth: Auth } };

/** The app's auth instance, on the app database. */
export function getAuth(): Auth {
  const e = env();
  const cached = globalAuth.__atlasAuth;
  if (cached && cached.path === e.DATABASE_PATH) return cached.auth;
  const db = getDb(e.DATABASE_PATH);
  installAutoDelivery(db);
  const secret = resolveAuthSecret({
    authSecret: e.AUTH_SECRET,
    nodeEnv: e.NODE_ENV,
    appUrl: appUrl(),
    databasePath: e.DATABASE_PATH,
  });
  const auth = createAuth({ db, siteUrl: appUrl(), secret });
  globalAuth.__atlasAuth = { path: e.DATABASE_PATH, auth };
  return auth;
}

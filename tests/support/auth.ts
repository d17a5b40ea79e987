// Points the app's lazily built singletons (env, database, auth) at a test database, so library
// code that uses getAuth() runs against it exactly as it does in the server.
import { randomUUID } from "node:crypto";
import { closeDb, type AppDb } from "@/db/client";
import { accounts, users } from "@/db/schema";
import type { Role } from "@/db/schema/users";
import { getAuth } from "@/lib/auth/auth";
import { hashDemoPassword } from "@/lib/dal/seed/internal/demo-accounts";
import { resetEnvCache } from "@/lib/env";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { afterAll, beforeAll } from "vitest";
import { seedDemoData } from "@/lib/dal/seed/seed";
import { createTestDb, type TestDb } from "./db";

export const TEST_SITE = "http://127.0.0.1:3999";

export function useAppDatabase(t: TestDb) {
  process.env.DATABASE_PATH = t.path;
  process.env.APP_URL = TEST_SITE;
  process.env.AUTH_SECRET = "test-secret-test-secret-test-secret-0123456789";
  delete process.env.SMTP_URL;
  resetEnvCache();
  (globalThis as { __atlasAuth?: unknown }).__atlasAuth = undefined;
  // Tests deliver mail explicitly; no background delivery racing the assertions.
  (globalThis as { __atlasMailHook?: unknown }).__atlasMailHook = undefined;
  return {
    auth: () => {
      const auth = getAuth();
      (globalThis as { __atlasMailHook?: unknown }).__atlasMailHook = undefined;
      return auth;
    },
    close: () => closeDb(),
  };
}

/**
 * For a test file of the account code: its own migrated database (with the demo register when
 * `seed`), the app's singletons pointed at it before the tests, and both closed after them. Call
 * once at the top level.
 */
export function useAuthTestDb(opts: { seed?: boolean } = {}): { t: TestDb; app: ReturnType<typeof useAppDatabase> } {
  const t = createTestDb();
  if (opts.seed) seedDemoData(t.systemCtx());
  let app: ReturnType<typeof useAppDatabase> | undefined;
  beforeAll(() => {
    app = useAppDatabase(t);
  });
  afterAll(() => {
    app?.close();
    t.close();
  });
  return {
    t,
    app: {
      auth: () => {
        if (!app) throw new Error("useAuthTestDb: the app is ready only once the tests start");
        return app.auth();
      },
      close: () => app?.close(),
    },
  };
}

/** Request headers as the web server passes on a browser's at `ip` (the stamped address) (optionally with a session cookie). */
export function browserHeaders(ip = "203.0.113.7", cookie?: string): Headers {
  const h = new Headers({ [CLIENT_ADDRESS_HEADER]: ip, "user-agent": "vitest", origin: TEST_SITE });
  if (cookie) h.set("cookie", cookie);
  return h;
}

/** The cookie header a browser would send back, from a response's Set-Cookie headers. */
export function cookieFrom(res: Response | Headers): string {
  const headers = res instanceof Response ? res.headers : res;
  return headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .filter((c) => !c.endsWith("="))
    .join("; ");
}

/** Gives an existing user a password to sign in with (the credential account better-auth reads). */
export function addPassword(db: AppDb, userId: string, password: string): void {
  db.insert(accounts)
    .values({
      id: randomUUID(),
      accountId: userId,
      providerId: "credential",
      userId,
      password: hashDemoPassword(password),
    })
    .run();
}

/** A verified user who signs in with `email` and `password`; returns the user's id. */
export function addCredentialUser(
  db: AppDb,
  email: string,
  password: string,
  opts: { role?: Role; twoFactorEnabled?: boolean } = {},
): string {
  const id = randomUUID().replace(/-/g, "");
  db.insert(users)
    .values({
      id,
      email,
      name: email,
      emailVerified: true,
      role: opts.role ?? "sme",
      ...(opts.twoFactorEnabled === undefined ? {} : { twoFactorEnabled: opts.twoFactorEnabled }),
    })
    .run();
  addPassword(db, id, password);
  return id;
}

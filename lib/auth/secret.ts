import "server-only";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

export interface SecretSource {
  authSecret?: string;
  nodeEnv: string;
  appUrl: string;
  databasePath: string;
}

/** Where a generated secret is kept: beside the database, readable only by its owner. */
export function secretFileFor(databasePath: string): string | null {
  return databasePath === ":memory:" ? null : `${resolve(databasePath)}.auth-secret`;
}

/**
 * AUTH_SECRET when set. A public production site (NODE_ENV=production and an https APP_URL) must
 * set it. Otherwise a random secret is generated once and kept beside the database, so sessions
 * survive restarts without anyone committing a secret.
 */
export function resolveAuthSecret(s: SecretSource): string {
  if (s.authSecret) return s.authSecret;
  if (s.nodeEnv === "production" && s.appUrl.startsWith("https://")) {
    throw new Error(
      "AUTH_SECRET must be set (32+ random characters, e.g. `openssl rand -base64 48`) when the site runs in production over https.",
    );
  }
  const file = secretFileFor(s.databasePath);
  if (!file) return randomBytes(48).toString("base64url");
  if (existsSync(file)) {
    const existing = readFileSync(file, "utf8").trim();
    if (existing.length >= 32) return existing;
  }
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(48).toString("base64url");
  try {
    // "wx": if another process created it meanwhile, keep theirs.
    writeFileSync(file, `${secret}\n`, { flag: "wx", mode: 0o600 });
    chmodSync(file, 0o600);
    return secret;
  } catch {
    return readFileSync(file, "utf8").trim();
  }
}

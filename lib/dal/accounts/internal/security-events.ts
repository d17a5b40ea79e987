// Security events: one JSON line on stdout each (for the host's log collector) and a bounded
// table the admins read at /admin/security. Never an e-mail address or IP in clear: keyed hashes.
import "server-only";
import { createHmac } from "node:crypto";
import { desc, lt, sql } from "drizzle-orm";
import { securityEvents } from "@/db/schema";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { appUrl, env } from "@/lib/env";
import type { DbOrTx } from "../../db-types";

export const SECURITY_EVENTS = [
  "sign_in.failed",
  "sign_in.delayed",
  "two_factor.failed",
  "rate_limit.hit",
  "access.denied",
  "role.changed",
  "two_factor.enabled",
  "two_factor.disabled",
  "two_factor.backup_codes_regenerated",
  "email.change_requested",
  "password.changed",
  "reauth.failed",
] as const;
export type SecurityEventName = (typeof SECURITY_EVENTS)[number];

export interface SecurityEventInput {
  event: SecurityEventName;
  userId?: string | null;
  /** The client address; stored and logged only as a keyed hash. */
  ip?: string | null;
  /** An e-mail address or other account identifier tried (e.g. for an unknown account). */
  account?: string | null;
  route?: string | null;
  detail?: Record<string, string | number | boolean | null>;
}

/** Events kept: the last 30 days, and never more than this many rows. */
export const SECURITY_EVENT_DAYS = 30;
export const SECURITY_EVENT_MAX_ROWS = 10_000;

// Keyed with the auth secret, so a hash cannot be reversed by trying every IPv4 address.
let cachedKey: { path: string; key: string } | undefined;
function hashKey(): string {
  const e = env();
  if (cachedKey?.path === e.DATABASE_PATH) return cachedKey.key;
  const key = resolveAuthSecret({
    authSecret: e.AUTH_SECRET,
    nodeEnv: e.NODE_ENV,
    appUrl: appUrl(),
    databasePath: e.DATABASE_PATH,
  });
  cachedKey = { path: e.DATABASE_PATH, key };
  return key;
}
export const hashIdentifier = (value: string) =>
  createHmac("sha256", hashKey()).update(value.trim().toLowerCase()).digest("base64url").slice(0, 16);

let writes = 0;

/** Where the JSON lines go: stdout, except under the test runner (tests read the table instead). */
let sink: (line: string) => void = process.env.VITEST ? () => {} : (line) => process.stdout.write(`${line}\n`);
export function setSecurityLogSink(next: (line: string) => void): void {
  sink = next;
}

/** Logs and stores one event. Never throws: a logging failure must not turn a refusal into a 500. */
export function recordSecurityEvent(db: DbOrTx, input: SecurityEventInput, now = new Date()): void {
  const row = {
    at: now,
    event: input.event,
    userId: input.userId ?? null,
    addressHash: input.ip ? hashIdentifier(input.ip) : null,
    accountHash: input.account ? hashIdentifier(input.account) : null,
    route: input.route?.slice(0, 200) ?? null,
    detail: input.detail ? JSON.stringify(input.detail).slice(0, 1000) : null,
  };
  sink(
    JSON.stringify({
      time: now.toISOString(),
      level: "security",
      event: row.event,
      userId: row.userId ?? undefined,
      addressHash: row.addressHash ?? undefined,
      accountHash: row.accountHash ?? undefined,
      route: row.route ?? undefined,
      ...(input.detail ? { detail: input.detail } : {}),
    }),
  );
  try {
    db.insert(securityEvents).values(row).run();
    // Prune now and then, not on every write.
    if (++writes % 100 === 1) pruneSecurityEvents(db, now);
  } catch (err) {
    console.error("security event not stored:", err instanceof Error ? err.message : err);
  }
}

export function pruneSecurityEvents(db: DbOrTx, now = new Date()): number {
  const cutoff = new Date(now.getTime() - SECURITY_EVENT_DAYS * 24 * 3600 * 1000);
  let removed = db.delete(securityEvents).where(lt(securityEvents.at, cutoff)).run().changes;
  const newest = db
    .select({ id: securityEvents.id })
    .from(securityEvents)
    .orderBy(desc(securityEvents.id))
    .limit(1)
    .offset(SECURITY_EVENT_MAX_ROWS)
    .get();
  if (newest)
    removed += db
      .delete(securityEvents)
      .where(sql`${securityEvents.id} <= ${newest.id}`)
      .run().changes;
  return removed;
}

import "server-only";
import type { AppDb } from "@/db/client";
import { consumeRateLimit, type RateDecision, type RateRule } from "@/lib/dal/internal/rate-limits";
import { env } from "@/lib/env";
import { clientAddressOf } from "@/lib/http/client-address";
import { createHash } from "node:crypto";

/**
 * Limits per account (e-mail address or user id) and per client IP, for each sensitive action
 * (sign-in itself is slowed down by failures only: lib/auth/sign-in-guard.ts).
 * The account limit stops password guessing; the IP limit stops spraying many accounts, and is
 * generous because a whole campus can share one address.
 */
export const THROTTLES = {
  "password-reset": { account: { window: 60 * 60, max: 3 }, ip: { window: 60 * 60, max: 20 } },
  "verification-email": { account: { window: 60 * 60, max: 3 }, ip: { window: 60 * 60, max: 20 } },
  "sign-up": { account: { window: 60 * 60, max: 3 }, ip: { window: 60 * 60, max: 20 } },
  "password-check": { account: { window: 15 * 60, max: 10 }, ip: { window: 15 * 60, max: 100 } },
  /** The second step of sign-in (the library also ends a step after five wrong codes). */
  "two-factor": { account: { window: 15 * 60, max: 10 }, ip: { window: 15 * 60, max: 30 } },
  /** Setting up, confirming and turning off two-step sign-in on the account page. */
  "two-factor-setup": { account: { window: 15 * 60, max: 10 }, ip: { window: 15 * 60, max: 100 } },
} as const satisfies Record<string, { account: RateRule; ip: RateRule }>;
export type ThrottledAction = keyof typeof THROTTLES;

/**
 * The client's address as scripts/web-server.ts stamped it (lib/http/client-address: the socket,
 * or X-Forwarded-For only through TRUSTED_PROXIES). Never a client-sent header; null outside the
 * web server (`next dev`, scripts), where every request shares one "unknown" bucket.
 */
export function clientIp(headers: Headers | null | undefined): string | null {
  return clientAddressOf(headers);
}

// Keys never hold an e-mail address in clear: the table is not a list of who tried to sign in.
const hashed = (value: string) =>
  createHash("sha256").update(value.trim().toLowerCase()).digest("base64url").slice(0, 32);

/**
 * Counts one attempt for the account and for the IP; denied when either is over its limit.
 * Unknown and known accounts are counted alike, so a limit never tells whether an account exists.
 */
export function throttle(
  db: AppDb,
  action: ThrottledAction,
  account: string | null,
  ip: string | null,
  now = Date.now(),
): RateDecision {
  const rules = THROTTLES[action];
  const scale = env().AUTH_RATE_LIMIT_SCALE;
  const scaled = (rule: RateRule): RateRule => ({ window: rule.window, max: rule.max * scale });
  const decisions: RateDecision[] = [];
  if (account) decisions.push(consumeRateLimit(db, `${action}:acct:${hashed(account)}`, scaled(rules.account), now));
  decisions.push(consumeRateLimit(db, `${action}:ip:${ip ?? "unknown"}`, scaled(rules.ip), now));
  const denied = decisions.filter((d) => !d.allowed);
  if (denied.length === 0) return { allowed: true, retryAfter: null };
  return { allowed: false, retryAfter: Math.max(...denied.map((d) => d.retryAfter ?? 60)) };
}

export function tooManyMessage(retryAfter: number | null): string {
  const minutes = Math.max(1, Math.ceil((retryAfter ?? 60) / 60));
  return `Too many attempts. Please wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.`;
}

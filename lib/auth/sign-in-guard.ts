// Slowing down password guessing without handing attackers a lockout: only failures count, and
// they cost time rather than close the door.
// - One address against one account: after 3 failures each further attempt must wait a growing
//   time (1 s, 2 s, 4 s … up to 15 minutes) after the last failure.
// - One address against any accounts (spraying): after 100 failures in 15 minutes it is refused
//   until 15 minutes after its last failure.
// - One account from any addresses: after 10 failures every attempt is held for a bounded time
//   (1 s more per failure, at most 10 s) before the password is checked, but never refused, so
//   the owner, from an address that has not failed, always gets in with the right password.
// Counts forget 15 minutes after the last failure. AUTH_RATE_LIMIT_SCALE multiplies the counts.
import "server-only";
import { createHash } from "node:crypto";
import type { AppDb } from "@/db/client";
import { clearFailures, failureState, recordFailure } from "@/lib/dal/accounts/internal/sign-in-failures";
import { env } from "@/lib/env";

export const FORGET_MS = 15 * 60 * 1000;
export const PAIR_FREE_FAILURES = 3;
export const PAIR_MAX_WAIT_MS = 15 * 60 * 1000;
export const ADDRESS_MAX_FAILURES = 100;
export const ACCOUNT_FREE_FAILURES = 10;
export const ACCOUNT_MAX_HOLD_MS = 10_000;

const hashed = (value: string) =>
  createHash("sha256").update(value.trim().toLowerCase()).digest("base64url").slice(0, 32);

function keys(email: string, ip: string | null) {
  const acct = hashed(email);
  const addr = ip ?? "unknown";
  return { account: `acct:${acct}`, address: `ip:${addr}`, pair: `pair:${acct}:${addr}` };
}

export type SignInGate =
  | { allowed: true; /** Hold the attempt this long before checking the password. */ holdMs: number }
  | { allowed: false; retryAfter: number; reason: "pair" | "address" };

/** The wait required after `failures` failures from one address on one account (0 = none). */
export function pairWaitMs(failures: number, scale = 1): number {
  const free = PAIR_FREE_FAILURES * scale;
  if (failures < free) return 0;
  return Math.min(PAIR_MAX_WAIT_MS, 1000 * 2 ** (failures - free));
}

/** How long an attempt on an account with `failures` recent failures is held (bounded). */
export function accountHoldMs(failures: number, scale = 1): number {
  const free = ACCOUNT_FREE_FAILURES * scale;
  if (failures < free) return 0;
  return Math.min(ACCOUNT_MAX_HOLD_MS, 1000 * (failures - free + 1));
}

/** Whether this attempt may go ahead, and after how long a hold. Counts nothing. */
export function signInGate(db: AppDb, email: string, ip: string | null, now = Date.now()): SignInGate {
  const scale = env().AUTH_RATE_LIMIT_SCALE;
  const k = keys(email, ip);
  const address = failureState(db, k.address, FORGET_MS, now);
  if (address.count >= ADDRESS_MAX_FAILURES * scale && address.lastAt !== null) {
    return { allowed: false, reason: "address", retryAfter: Math.ceil((address.lastAt + FORGET_MS - now) / 1000) };
  }
  const pair = failureState(db, k.pair, FORGET_MS, now);
  const wait = pairWaitMs(pair.count, scale);
  if (wait > 0 && pair.lastAt !== null && now < pair.lastAt + wait) {
    return { allowed: false, reason: "pair", retryAfter: Math.max(1, Math.ceil((pair.lastAt + wait - now) / 1000)) };
  }
  const account = failureState(db, k.account, FORGET_MS, now);
  return { allowed: true, holdMs: accountHoldMs(account.count, scale) };
}

/** A wrong password (or unknown account: counted alike, so counts never reveal which). */
export function recordSignInFailure(db: AppDb, email: string, ip: string | null, now = Date.now()): void {
  const k = keys(email, ip);
  for (const key of [k.account, k.address, k.pair]) recordFailure(db, key, FORGET_MS, now);
}

/** A correct password clears this address's failures on this account; nothing else is counted. */
export function recordSignInSuccess(db: AppDb, email: string, ip: string | null): void {
  clearFailures(db, keys(email, ip).pair);
}

export function waitMessage(retryAfterSeconds: number): string {
  if (retryAfterSeconds < 60) {
    const s = Math.max(1, retryAfterSeconds);
    return `Too many failed attempts. Please wait ${s} second${s === 1 ? "" : "s"} and try again.`;
  }
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return `Too many failed attempts. Please wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.`;
}

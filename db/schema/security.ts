// Counters for rate limiting (sign-in, password reset, sign-up), shared by every process that
// uses the database. One row per key; a fixed window that restarts when it has run out.
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt } from "./common";

export const rateLimits = sqliteTable(
  "rate_limits",
  {
    key: text("key").primaryKey(),
    count: integer("count").notNull(),
    /** Epoch ms when the current window opened. */
    windowStart: integer("window_start").notNull(),
  },
  (t) => [index("rate_limits_window_idx").on(t.windowStart)],
);

/**
 * Security events (failed sign-ins, limits hit, refused access, role and two-step changes), also
 * written to stdout as JSON lines. Bounded: rows older than 30 days, and beyond the newest 10,000,
 * are pruned as new ones arrive. Holds no e-mail address or IP in clear (hashes only).
 */
export const securityEvents = sqliteTable(
  "security_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: createdAt(),
    event: text("event").notNull(),
    userId: text("user_id"),
    /** Hash of the client address (or of the e-mail address tried, for an unknown account). */
    addressHash: text("address_hash"),
    accountHash: text("account_hash"),
    route: text("route"),
    detail: text("detail"),
  },
  (t) => [index("security_events_at_idx").on(t.at), index("security_events_event_idx").on(t.event, t.at)],
);

/**
 * Failed sign-ins per key (an account, an address, or the pair), for the growing delay that
 * replaces lockout. Only failures are counted; a key is forgotten 15 minutes after its last one.
 */
export const signInFailures = sqliteTable(
  "sign_in_failures",
  {
    key: text("key").primaryKey(),
    count: integer("count").notNull(),
    /** Epoch ms of the latest failure. */
    lastAt: integer("last_at").notNull(),
  },
  (t) => [index("sign_in_failures_last_idx").on(t.lastAt)],
);

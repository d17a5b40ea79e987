// Counters for rate limiting (sign-in, password reset, sign-up), shared by every process that
// uses the database. One row per key; a fixed window that restarts when it has run out.
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

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

// Telling curators a listing waits for review: one row per listing while it waits. The first
// submission after a quiet spell is e-mailed at once; the ones that follow within the hour wait
// (notified_at null) for the digest `npm run jobs` sends. A separate table, not a teams column,
// so recording a notice never touches the teams row (and its search triggers).
import { index, integer, sqliteTable } from "drizzle-orm/sqlite-core";
import { teams } from "./register";

export const reviewNotices = sqliteTable(
  "review_notices",
  {
    teamId: integer("team_id")
      .primaryKey()
      .references(() => teams.id, { onDelete: "cascade" }),
    /** When the listing was (last) sent for review. */
    submittedAt: integer("submitted_at", { mode: "timestamp_ms" }).notNull(),
    /** When curators were told about this submission; null while it waits for the digest. */
    notifiedAt: integer("notified_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("review_notices_notified_idx").on(t.notifiedAt)],
);

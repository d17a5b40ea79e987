// Teams suggested to a firm instead of (or besides) the one it asked: by the broker while
// triaging, or by the team when it declines. The firm can request an introduction to any of them.
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { introductionRequests } from "./activity";
import { createdAt } from "./common";
import { teams } from "./register";
import { users } from "./users";

export const requestSuggestions = sqliteTable(
  "request_suggestions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    requestId: integer("request_id")
      .notNull()
      .references(() => introductionRequests.id, { onDelete: "cascade" }),
    teamId: integer("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    suggestedBy: text("suggested_by").references(() => users.id, { onDelete: "set null" }),
    /** "broker" or "team": who suggested it, as the firm sees it. */
    party: text("party", { enum: ["broker", "team", "staff"] }).notNull(),
    note: text("note"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("request_suggestions_unique").on(t.requestId, t.teamId),
    index("request_suggestions_request_idx").on(t.requestId),
  ],
);

export type RequestSuggestion = typeof requestSuggestions.$inferSelect;

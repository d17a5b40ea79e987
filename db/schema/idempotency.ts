// Idempotency keys of creating server actions: each form render carries a fresh key, and the
// action's write and this row commit together. A retry after a crash or a lost answer finds the
// row and gets the first result back instead of creating a second copy.
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { users } from "./users";

export const idempotencyKeys = sqliteTable(
  "idempotency_keys",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    /** What the key was used for ("saved-search.create"); the same key for another action is refused. */
    action: text("action").notNull(),
    /** SHA-256 of the action's input: the same key with different input is refused, not replayed. */
    fingerprint: text("fingerprint").notNull(),
    /** The first call's result, JSON, returned again to a retry. */
    result: text("result").notNull(),
    /** Epoch ms. */
    createdAt: integer("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] }), index("idempotency_keys_created_idx").on(t.createdAt)],
);

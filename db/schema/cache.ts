import { integer, sqliteTable } from "drizzle-orm/sqlite-core";
import { createdAt } from "./common";

/**
 * Append-only outbox of public register changes that search_changes does not record: institutions
 * (any column), collections and their entries. Written by triggers (see the custom migration).
 * Together with the last search_changes id it is the register version that every process's page
 * and data caches are keyed by (lib/cache/), so a write in one process clears them in all.
 */
export const registerChanges = sqliteTable("register_changes", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  createdAt: createdAt(),
});

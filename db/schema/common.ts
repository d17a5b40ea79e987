import { sql } from "drizzle-orm";
import { integer } from "drizzle-orm/sqlite-core";

/** Unix epoch milliseconds, set by SQLite on insert. */
export const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

export const updatedAt = () =>
  integer("updated_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

/** SQL `IN (...)` list for a CHECK constraint over a fixed vocabulary. */
export function inList(values: readonly string[]) {
  return sql.raw(values.map((v) => `'${v.replace(/'/g, "''")}'`).join(", "));
}

import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import type { AppDb } from "./client";

const here = dirname(fileURLToPath(import.meta.url));
export const MIGRATIONS_FOLDER = join(here, "migrations");

/** Applies every committed migration not yet applied; safe to call on every start. */
export function migrateDatabase(db: AppDb, migrationsFolder = MIGRATIONS_FOLDER): void {
  migrate(db, { migrationsFolder });
}

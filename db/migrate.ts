import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import type { AppDb } from "./client";

const here = dirname(fileURLToPath(import.meta.url));
export const MIGRATIONS_FOLDER = join(here, "migrations");

/**
 * Applies every committed migration not yet applied; safe to call on every start.
 *
 * Foreign keys are switched off around the run: drizzle-kit rebuilds a table to change a column
 * (create a copy, copy the rows, drop the old one, rename), and the migrator runs every migration
 * in one transaction, where the migrations' own `PRAGMA foreign_keys=OFF` has no effect. With
 * keys on, dropping the old table would cascade-delete its children (a request's timeline).
 * The keys are checked once the run is done.
 */
export function migrateDatabase(db: AppDb, migrationsFolder = MIGRATIONS_FOLDER): void {
  const sqlite = db.$client;
  const wasOn = sqlite.pragma("foreign_keys", { simple: true }) === 1;
  sqlite.pragma("foreign_keys = OFF");
  try {
    migrate(db, { migrationsFolder });
    const broken = sqlite.pragma("foreign_key_check") as unknown[];
    if (broken.length > 0) throw new Error(`Migration left ${broken.length} rows with a broken foreign key`);
  } finally {
    if (wasOn) sqlite.pragma("foreign_keys = ON");
  }
}

import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import * as schema from "./schema";

export type AppDb = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** Opens (creating if needed) a SQLite file with the pragmas every connection needs. */
export function openDatabase(path: string): AppDb {
  const file = path === ":memory:" ? path : resolve(path);
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  const db = drizzle(sqlite, { schema });
  // Transactions take the write lock when they begin (BEGIN IMMEDIATE) unless they say otherwise.
  // Several server processes share the file: a deferred transaction that reads and then writes
  // fails at once with SQLITE_BUSY_SNAPSHOT when another process committed in between (no busy
  // timeout helps), which under load turned shortlist writes into errors. An immediate one waits
  // its turn (busy_timeout) and then sees the latest data.
  const transaction = db.transaction.bind(db);
  db.transaction = ((fn, config) => transaction(fn, { behavior: "immediate", ...config })) as typeof db.transaction;
  return db;
}

const globalForDb = globalThis as unknown as { __atlasDb?: { path: string; db: AppDb } };

/**
 * The process-wide connection, opened on first use (never at import: `next build` imports pages).
 */
export function getDb(path: string): AppDb {
  const current = globalForDb.__atlasDb;
  if (current && current.path === path) return current.db;
  current?.db.$client.close();
  const db = openDatabase(path);
  globalForDb.__atlasDb = { path, db };
  return db;
}

export function closeDb(): void {
  globalForDb.__atlasDb?.db.$client.close();
  globalForDb.__atlasDb = undefined;
}

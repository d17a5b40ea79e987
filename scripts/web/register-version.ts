// The register version as the web server's page cache reads it, on its own read-only connection
// (the server runs outside the app's bundle, so not through the DAL). The same two outbox ids as
// lib/dal/register-version.ts, in the same form; tests/integration/register-version.test.ts keeps
// the two in step.
import { resolve } from "node:path";
import Database from "better-sqlite3";

export const REGISTER_VERSION_SQL =
  "SELECT (SELECT max(id) FROM search_changes) AS s, (SELECT max(id) FROM register_changes) AS r";

/** A function that reads the version; it opens the database on first use. */
export function registerVersionReader(path: string): () => string {
  let stmt: Database.Statement<[], { s: number | null; r: number | null }> | null = null;
  return () => {
    if (!stmt) {
      const db = new Database(resolve(path), { fileMustExist: true });
      db.pragma("busy_timeout = 5000");
      db.pragma("query_only = ON");
      stmt = db.prepare(REGISTER_VERSION_SQL);
    }
    const row = stmt.get();
    return `${row?.s ?? 0}.${row?.r ?? 0}`;
  };
}

// A real, migrated SQLite file in a temporary folder, for DAL and integration tests.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase, type AppDb } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import type { DalContext } from "@/lib/dal/context";
import { SYSTEM, type Viewer } from "@/lib/viewer";

export interface TestDb {
  db: AppDb;
  path: string;
  dir: string;
  /** A context for this viewer. There is no default: a test says who is asking. */
  ctx: (viewer: Viewer) => DalContext;
  /** Full rights, as maintenance scripts have: for setting up a test, never for what it checks. */
  systemCtx: () => DalContext;
  close: () => void;
}

export function createTestDb(): TestDb {
  const dir = mkdtempSync(join(tmpdir(), "atlas-test-"));
  const path = join(dir, "test.db");
  const db = openDatabase(path);
  migrateDatabase(db);
  return {
    db,
    path,
    dir,
    ctx: (viewer) => ({ db, viewer }),
    systemCtx: () => ({ db, viewer: SYSTEM }),
    close: () => {
      db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

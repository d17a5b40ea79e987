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
  ctx: (viewer?: Viewer) => DalContext;
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
    ctx: (viewer = SYSTEM) => ({ db, viewer }),
    close: () => {
      db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

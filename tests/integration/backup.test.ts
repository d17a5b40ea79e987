import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backupDatabase } from "@/db/backup";
import { openDatabase } from "@/db/client";
import { createTestDb, type TestDb } from "../support/db";

let t: TestDb;
beforeEach(() => {
  t = createTestDb();
});
afterEach(() => t.close());

describe("online backup", () => {
  it("copies a database that is being written to, and the copy opens and matches", async () => {
    const insert = t.db.$client.prepare(`insert into institutions (slug, name, country_code) values (?, ?, 'GB')`);
    for (let i = 0; i < 500; i++) insert.run(`inst-${i}`, `Institution ${i}`);
    // Keep writing while the backup runs, as a live site would.
    let n = 500;
    const writer = setInterval(() => insert.run(`inst-${n}`, `Institution ${n++}`), 1);
    const target = join(t.dir, "backup.db");
    await backupDatabase(t.db, target);
    clearInterval(writer);

    const restored = openDatabase(target);
    try {
      const count = (restored.$client.prepare(`select count(*) as n from institutions`).get() as { n: number }).n;
      expect(count).toBeGreaterThanOrEqual(500);
      expect(restored.$client.pragma("integrity_check", { simple: true })).toBe("ok");
      const sample = restored.$client.prepare(`select name from institutions where slug = 'inst-250'`).get();
      expect(sample).toEqual({ name: "Institution 250" });
      // The restored copy carries the migrations, so the app can run on it directly.
      const migrations = restored.$client.prepare(`select count(*) as n from __drizzle_migrations`).get() as {
        n: number;
      };
      expect(migrations.n).toBeGreaterThan(0);
    } finally {
      restored.$client.close();
    }
  });
});

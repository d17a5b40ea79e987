// Several server processes share one SQLite file: a transaction that reads and then writes must
// hold the write lock from its start, or a commit by another process in between fails it with
// SQLITE_BUSY_SNAPSHOT (which no busy timeout resolves).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type AppDb } from "@/db/client";

let dir: string;
let db: AppDb;
let other: Database.Database;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "atlas-tx-"));
  db = openDatabase(join(dir, "t.db"));
  db.$client.exec("CREATE TABLE t (n INTEGER)");
  other = new Database(join(dir, "t.db"));
  other.pragma("busy_timeout = 0");
});
afterEach(() => {
  other.close();
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("transactions on the app's connection", () => {
  it("hold the write lock from the start, so another process's write waits instead of breaking them", () => {
    db.transaction(() => {
      // Another process trying to write now is refused (it would wait with its busy timeout)...
      expect(() => other.exec("INSERT INTO t VALUES (1)")).toThrow(/locked|busy/i);
      db.$client.prepare("SELECT count(*) FROM t").get();
      db.$client.prepare("INSERT INTO t VALUES (2)").run();
    });
    // ...and this one's read-then-write committed.
    expect(other.prepare("SELECT n FROM t").all()).toEqual([{ n: 2 }]);
  });

  it("can still be deferred when a caller asks", () => {
    db.transaction(
      () => {
        other.exec("INSERT INTO t VALUES (1)");
      },
      { behavior: "deferred" },
    );
    expect(other.prepare("SELECT count(*) AS c FROM t").get()).toEqual({ c: 1 });
  });
});

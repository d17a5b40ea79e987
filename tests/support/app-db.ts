// For tests that call route handlers and pages as Next.js does: they open the app's process-wide
// database from the environment, so the file points DATABASE_PATH (and the search snapshots) at
// a fresh demo register before its tests and puts everything back after them.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { closeAppDatabase, createDemoSearchData, type DemoSearchData } from "./search/demo";

export interface DemoApp {
  /** The seeded register; available from the file's own beforeAll on. */
  readonly demo: DemoSearchData;
}

/**
 * Call once at the top level of a test file. `snapshots` gives the search index a temporary
 * snapshot folder; `env` is set beside DATABASE_PATH. Hooks the file registers after this call
 * run after the register is ready, and their cleanup runs before it is closed.
 */
export function useDemoApp(opts: { snapshots?: boolean; env?: Record<string, string> } = {}): DemoApp {
  let demo: DemoSearchData | undefined;
  let snapshots: string | undefined;
  const saved = new Map<string, string | undefined>();
  const setEnv = (name: string, value: string) => {
    if (!saved.has(name)) saved.set(name, process.env[name]);
    process.env[name] = value;
  };

  beforeAll(() => {
    demo = createDemoSearchData();
    setEnv("DATABASE_PATH", demo.db.path);
    if (opts.snapshots) {
      snapshots = mkdtempSync(join(tmpdir(), "atlas-app-"));
      setEnv("SEARCH_SNAPSHOT_PATH", snapshots);
    }
    for (const [name, value] of Object.entries(opts.env ?? {})) setEnv(name, value);
    resetEnvCache();
  });
  afterAll(() => {
    closeAppDatabase();
    demo?.db.close();
    if (snapshots) rmSync(snapshots, { recursive: true, force: true });
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    resetEnvCache();
  });

  return {
    get demo() {
      if (!demo) throw new Error("useDemoApp: the register is ready only once the tests start");
      return demo;
    },
  };
}

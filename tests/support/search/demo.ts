// Demo data for search tests: a migrated temporary database seeded with the 150 demo teams.
import { afterAll, beforeAll } from "vitest";
import { buildSearchEngine, type SearchEngine } from "@/lib/search/engine";
import { toSearchDocuments } from "@/lib/search/document";
import { count, desc } from "drizzle-orm";
import { closeDb } from "@/db/client";
import { searchEvents } from "@/db/schema";
import { seedDemoData } from "@/lib/dal/seed/seed";
import { loadAllSearchRows } from "@/lib/dal/search/documents";
import { createTestDb, type TestDb } from "@/tests/support/db";
import type { SearchDocument } from "@/lib/search/types";
import { FIXED_NOW } from "./fixtures";

export interface DemoSearchData {
  db: TestDb;
  docs: SearchDocument[];
}

export function createDemoSearchData(): DemoSearchData {
  const db = createTestDb();
  seedDemoData(db.systemCtx());
  return { db, docs: toSearchDocuments(loadAllSearchRows(db.systemCtx())) };
}

export interface DemoEngine {
  /** The seeded register; available from the file's own beforeAll on. */
  readonly demo: DemoSearchData;
  /** The engine over the demo register, at FIXED_NOW. */
  readonly engine: SearchEngine;
  /** The demo document with this id. */
  docOf(id: number): SearchDocument;
}

/**
 * Call once at the top level of a test file that asks the real engine about the demo register:
 * seeds it before the file's tests, builds the engine at FIXED_NOW, and closes it after them.
 */
export function useDemoEngine(): DemoEngine {
  let ready: { demo: DemoSearchData; engine: SearchEngine; byId: Map<number, SearchDocument> } | undefined;
  const get = () => {
    if (!ready) throw new Error("useDemoEngine: the register is ready only once the tests start");
    return ready;
  };
  beforeAll(() => {
    const demo = createDemoSearchData();
    const engine = buildSearchEngine(demo.docs, { now: () => FIXED_NOW });
    ready = { demo, engine, byId: new Map(demo.docs.map((d) => [d.id, d])) };
  });
  afterAll(() => ready?.demo.db.close());
  return {
    get demo() {
      return get().demo;
    },
    get engine() {
      return get().engine;
    },
    docOf(id) {
      const d = get().byId.get(id);
      if (!d) throw new Error(`useDemoEngine: no demo document ${id}`);
      return d;
    },
  };
}

/** The newest search_events row (for tests of the page and the API). */
export function lastSearchEvent(data: DemoSearchData) {
  return data.db.db.select().from(searchEvents).orderBy(desc(searchEvents.id)).limit(1).get();
}

/** How many search_events rows there are. */
export function countSearchEvents(data: DemoSearchData): number {
  return data.db.db.select({ n: count() }).from(searchEvents).get()?.n ?? 0;
}

/** Closes the app's process-wide connection (opened by route handlers under test). */
export function closeAppDatabase(): void {
  closeDb();
}

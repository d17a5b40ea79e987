// Demo data for search tests: a migrated temporary database seeded with the 150 demo teams.
import { toSearchDocuments } from "@/lib/search/document";
import { count, desc } from "drizzle-orm";
import { closeDb } from "@/db/client";
import { searchEvents } from "@/db/schema";
import { seedDemoData } from "@/lib/dal/seed/seed";
import { loadAllSearchRows } from "@/lib/dal/search/documents";
import { createTestDb, type TestDb } from "@/tests/support/db";
import type { SearchDocument } from "@/lib/search/types";

export interface DemoSearchData {
  db: TestDb;
  docs: SearchDocument[];
}

export function createDemoSearchData(): DemoSearchData {
  const db = createTestDb();
  seedDemoData(db.systemCtx());
  return { db, docs: toSearchDocuments(loadAllSearchRows(db.systemCtx())) };
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

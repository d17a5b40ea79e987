// The index manager in one process, on a real migrated database with the demo data: rebuild,
// snapshot, and every kind of write reaching search through the search_changes outbox.
import { mkdtempSync, readFileSync, rmSync, truncateSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createSynonymGroup } from "@/lib/dal/curation/synonyms";
import { ANONYMOUS } from "@/lib/viewer";
import { IndexManager } from "./index-manager";
import { dalIndexSource } from "./service";
import { createDemoSearchData, type DemoSearchData } from "@/tests/support/search/demo";
import { addEngagementMode, insertTeam, updateTeam } from "@/tests/support/search/team-writes";
import type { SearchParams } from "./types";

let demo: DemoSearchData;
let snapshots: string;

beforeAll(() => {
  demo = createDemoSearchData();
  snapshots = mkdtempSync(join(tmpdir(), "atlas-manager-"));
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterAll(() => {
  demo.db.close();
  rmSync(snapshots, { recursive: true, force: true });
  vi.restoreAllMocks();
});

const manager = () =>
  new IndexManager({
    source: dalIndexSource(() => demo.db.systemCtx()),
    snapshotPath: snapshots,
    log: () => undefined,
  });
let zorblaxiteId = 0;
const zorblaxite = () => zorblaxiteId;
const params = (q: string, over: Partial<SearchParams> = {}): SearchParams => ({
  q,
  filters: {},
  sort: "relevance",
  page: 1,
  pageSize: 20,
  ...over,
});

describe("IndexManager", () => {
  let m: IndexManager;
  beforeAll(() => {
    m = manager();
  });

  it("rebuilds on first use when there is no snapshot, and writes one", async () => {
    const engine = await m.current();
    expect(m.origin).toBe("rebuild");
    expect(engine.size).toBe(demo.docs.length);
    await m.flushSnapshot();
    expect(readFileSync(join(snapshots, "CURRENT"), "utf8")).toMatch(/^snap-/);
  });

  it("makes a published team searchable at once after sync()", async () => {
    const id = insertTeam(demo.db.db, "zorblaxite");
    zorblaxiteId = id;
    expect(m.sync()).toBeGreaterThan(0);
    expect((await m.current()).search(params("zorblaxite")).hits.map((h) => h.id)).toEqual([id]);
  });

  it("applies edits, engagement modes, archiving and merging", async () => {
    const id = insertTeam(demo.db.db, "quuxium");
    m.sync();
    updateTeam(demo.db.db, id, {
      keywords: ["frobnicator"],
      name: "Frobnicator Unit",
      summary: "Frobnicators for firms.",
    });
    addEngagementMode(demo.db.db, id);
    m.sync();
    const e = await m.current();
    expect(e.search(params("quuxium ")).hits.map((h) => h.id)).not.toContain(id);
    expect(e.search(params("frobnicator", { filters: { costBand: ["over-100k"] } })).hits.map((h) => h.id)).toEqual([
      id,
    ]);

    updateTeam(demo.db.db, id, { status: "archived" });
    m.sync();
    expect(e.search(params("frobnicator")).total).toBe(0);

    const graphene = e.search(params("graphene coatings")).hits.map((h) => h.id);
    updateTeam(demo.db.db, graphene[1]!, { status: "archived", mergedIntoId: graphene[0]! });
    m.sync();
    expect(e.search(params("graphene coatings")).hits.map((h) => h.id)).toEqual([graphene[0], graphene[2]]);
  });

  it("does not publish drafts", async () => {
    insertTeam(demo.db.db, "draftonium", { status: "draft" });
    m.sync();
    expect((await m.current()).search(params("draftonium")).total).toBe(0);
  });

  it("merges curators' synonym groups with the built-in map", async () => {
    const curated = new IndexManager({
      source: dalIndexSource(() => demo.db.systemCtx()),
      snapshotPath: null,
      synonymRefreshMs: 0,
      log: () => undefined,
    });
    const e = await curated.current();
    expect(e.search(params("blue widget")).hits.map((h) => h.id)).not.toContain(zorblaxite());
    createSynonymGroup(demo.db.systemCtx(), { terms: ["zorblaxite", "blue widget"], note: null });
    curated.sync();
    expect(e.search(params("blue widget")).hits.map((h) => h.id)).toContain(zorblaxite());
    expect(() => createSynonymGroup(demo.db.ctx(ANONYMOUS), { terms: ["alpha", "beta"], note: null })).toThrow();
  });

  it("loads the snapshot on restart and catches up with changes made since", async () => {
    await m.flushSnapshot();
    const id = insertTeam(demo.db.db, "latecomer");
    const restarted = manager();
    const e = await restarted.current();
    expect(restarted.origin).toBe("snapshot");
    m.sync();
    expect(restarted.position).toBe(m.position);
    expect(e.search(params("latecomer")).hits.map((h) => h.id)).toEqual([id]);
    expect(e.search(params("frobnicator")).total).toBe(0);
  });

  it("falls back to a rebuild when the snapshot is corrupt", async () => {
    const dir = join(snapshots, readFileSync(join(snapshots, "CURRENT"), "utf8").trim());
    truncateSync(join(dir, "tier2.postings.bin"), 4);
    const restarted = manager();
    const e = await restarted.current();
    expect(restarted.origin).toBe("rebuild");
    expect(e.search(params("latecomer")).total).toBe(1);
    expect(e.search(params("zorblaxite")).total).toBe(1);
    await restarted.flushSnapshot();
  });
});

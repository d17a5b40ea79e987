// A snapshot keeps the forward lists term proximity reads: the loaded index ranks by proximity
// exactly as the one that wrote it, keeps doing so for teams added after loading, and a damaged
// forward-list file makes the loader rebuild instead of ranking from garbage.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { buildSearchEngine } from "@/lib/search/engine";
import { loadSnapshot, writeSnapshot } from "@/lib/search/snapshot";
import type { SearchParams } from "@/lib/search/types";
import { FIXED_NOW, doc } from "@/tests/support/search/fixtures";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "atlas-proximity-"));
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

const run = (e: ReturnType<typeof buildSearchEngine>, q: string, over: Partial<SearchParams> = {}) =>
  e.search({ q, filters: {}, sort: "relevance", page: 1, pageSize: 20, ...over });
const current = () => join(dir, readFileSync(join(dir, "CURRENT"), "utf8").trim());

const docs = () => [
  doc({ id: 1, name: "Thermal Lab", summary: "heat losses in walls, and the transfer of moisture" }),
  doc({ id: 2, name: "Building Physics", summary: "heat transfer in composite slabs and walls" }),
  doc({ id: 3, name: "Wind Tunnel", summary: "boundary layer transfer and heat of compression" }),
  doc({ id: 4, name: "Polymer Group", summary: "composite slabs of recycled polymer" }),
  ...[...Array(8).keys()].map((i) => doc({ id: 10 + i, name: `Pottery ${i}`, summary: "glazes and kilns" })),
];
const QUERIES = ["heat transfer", "composite slabs", "heat transfer composite walls", "boundary layer heat"];

describe("search snapshots with forward lists", () => {
  it("round-trips after replaced and discarded teams (terms renumbered)", async () => {
    const e = buildSearchEngine(docs(), { now: () => FIXED_NOW });
    // Words only the replaced and discarded texts had leave the index: the rest are renumbered.
    e.replace(doc({ id: 3, name: "Wind Tunnel", summary: "zygomorphic xenolith heat transfer quench" }));
    e.replace(docs()[2]!);
    e.discard(17);
    await writeSnapshot(e, dir, 7);
    const loaded = (await loadSnapshot(dir, { now: () => FIXED_NOW }))!;
    expect(loaded).not.toBeNull();
    for (const q of QUERIES) expect(run(loaded.engine, q)).toEqual(run(e, q));
    expect(run(loaded.engine, "heat transfer").hits[0]!.id).toBe(2);

    // Teams added to the loaded index get forward lists too, and compaction keeps them right.
    const added = doc({ id: 40, name: "New Lab", summary: "heat transfer in walls" });
    loaded.engine.add(added);
    e.add(added);
    loaded.engine.discard(1);
    e.discard(1);
    loaded.engine.compact();
    for (const q of QUERIES) expect(run(loaded.engine, q).hits).toEqual(run(e, q).hits);
  });

  it("rebuilds instead of loading a damaged or missing forward-list file", async () => {
    const e = buildSearchEngine(docs(), { now: () => FIXED_NOW });
    await writeSnapshot(e, dir, 1);
    const f = join(current(), "tier1.forward.bin");
    const b = readFileSync(f);
    b[0] = b[0]! ^ 0x7f;
    writeFileSync(f, b);
    expect(await loadSnapshot(dir, { now: () => FIXED_NOW })).toBeNull();

    await writeSnapshot(e, dir, 2);
    const m = join(current(), "manifest.json");
    const manifest = JSON.parse(readFileSync(m, "utf8")) as { files: Record<string, unknown> };
    delete manifest.files["tier2.forward-offsets.bin"];
    writeFileSync(m, JSON.stringify(manifest));
    expect(await loadSnapshot(dir, { now: () => FIXED_NOW })).toBeNull();
  });
});

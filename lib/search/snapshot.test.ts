import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { buildSearchEngine } from "./engine";
import { SCHEMA_VERSION } from "./options";
import { loadSnapshot, writeSnapshot } from "./snapshot";
import { FIXED_NOW, doc, sampleDocs } from "@/tests/support/search/fixtures";
import type { SearchParams } from "./types";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "atlas-snapshot-"));
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

const QUERIES: Partial<SearchParams>[] = [
  { q: "" },
  { q: "graphene coat" },
  { q: "grapheen" },
  { q: "grpahene coatings " },
  { q: "recycled polymre " }, // a typo of a word found only in a description
  { q: "grafeenne " }, // nothing found: "did you mean"
  { q: "AI" },
  { q: "recycled polymer" },
  { q: "", filters: { country: ["GB", "FR"] }, sort: "updated" },
  { q: "water", filters: { availability: ["now"] } },
];
const run = (e: ReturnType<typeof buildSearchEngine>, p: Partial<SearchParams>) =>
  e.search({ q: "", filters: {}, sort: "relevance", page: 1, pageSize: 20, ...p });

const current = () => join(dir, readFileSync(join(dir, "CURRENT"), "utf8").trim());

describe("snapshots", () => {
  it("round-trips: the loaded index answers exactly as the original", async () => {
    const e = buildSearchEngine(sampleDocs(), { now: () => FIXED_NOW });
    e.replace(doc({ id: 3, name: "Battery Recycling Lab", keywords: ["battery recycling"] }));
    e.discard(5);
    await writeSnapshot(e, dir, 42);
    const loaded = await loadSnapshot(dir, { now: () => FIXED_NOW });
    expect(loaded?.position).toBe(42);
    expect(loaded!.engine.size).toBe(e.size);
    for (const p of QUERIES) expect(run(loaded!.engine, p)).toEqual(run(e, p));
    expect(loaded!.engine.suggest("batt")).toEqual(e.suggest("batt"));
    expect(loaded!.engine.state.surface.exportWords().sort()).toEqual(e.state.surface.exportWords().sort());
    expect(run(loaded!.engine, { q: "polymre " }).total).toBe(1);
    // The loaded index keeps working: add, replace, discard.
    loaded!.engine.replace(doc({ id: 3, name: "Glass Lab" }));
    loaded!.engine.add(doc({ id: 99, name: "Brand New Team" }));
    expect(run(loaded!.engine, { q: "brand new" }).hits.map((h) => h.id)).toEqual([99]);
    expect(run(loaded!.engine, { q: "battery recycling" }).hits.map((h) => h.id)).not.toContain(3);
  });

  it("replaces the previous snapshot atomically and keeps at most two", async () => {
    const e = buildSearchEngine(sampleDocs());
    for (const position of [1, 2, 3]) await writeSnapshot(e, dir, position);
    expect((await loadSnapshot(dir))?.position).toBe(3);
    expect(readdirSync(dir).filter((f) => f.startsWith("snap-")).length).toBeLessThanOrEqual(2);
    expect(readdirSync(dir).filter((f) => f.startsWith(".tmp-"))).toEqual([]);
  });

  it("returns null when there is no snapshot", async () => {
    expect(await loadSnapshot(join(dir, "missing"))).toBeNull();
  });

  const corruptions: [string, () => void][] = [
    ["a truncated postings file", () => truncateSync(join(current(), "tier1.postings.bin"), 8)],
    [
      "a flipped byte",
      () => {
        const f = join(current(), "docs.ndjson");
        const b = readFileSync(f);
        b[3] = b[3]! ^ 0xff;
        writeFileSync(f, b);
      },
    ],
    ["a garbled manifest", () => writeFileSync(join(current(), "manifest.json"), "{ not json")],
    [
      "an older schema version",
      () => {
        const f = join(current(), "manifest.json");
        writeFileSync(f, JSON.stringify({ ...JSON.parse(readFileSync(f, "utf8")), schemaVersion: 0 }));
      },
    ],
    ["a CURRENT pointing nowhere", () => writeFileSync(join(dir, "CURRENT"), "snap-does-not-exist")],
    ["a CURRENT with a path in it", () => writeFileSync(join(dir, "CURRENT"), "../../etc")],
    ["a missing file", () => rmSync(join(current(), "facets.pool.bin"))],
    // Version 3 snapshots had no typo dictionary: loading one would leave typos unmatched.
    [
      "a snapshot of the previous version",
      () => {
        const f = join(current(), "manifest.json");
        const m = JSON.parse(readFileSync(f, "utf8")) as { schemaVersion: number; files: Record<string, unknown> };
        delete m.files["surface.txt"];
        rmSync(join(current(), "surface.txt"));
        writeFileSync(f, JSON.stringify({ ...m, schemaVersion: SCHEMA_VERSION - 1 }));
      },
    ],
    [
      "a missing typo dictionary",
      () => {
        const f = join(current(), "manifest.json");
        const m = JSON.parse(readFileSync(f, "utf8")) as { files: Record<string, unknown> };
        delete m.files["surface.txt"];
        writeFileSync(f, JSON.stringify(m));
      },
    ],
    [
      "a typo dictionary with a word that cannot be indexed",
      () => {
        const f = join(current(), "surface.txt");
        writeFileSync(f, "graphene\nco2\n");
        const mf = join(current(), "manifest.json");
        const m = JSON.parse(readFileSync(mf, "utf8")) as { files: Record<string, { bytes: number; sha1: string }> };
        m.files["surface.txt"] = {
          bytes: readFileSync(f).byteLength,
          sha1: createHash("sha1").update(readFileSync(f)).digest("hex"),
        };
        writeFileSync(mf, JSON.stringify(m));
      },
    ],
  ];

  it.each(corruptions)("returns null (so the caller rebuilds) for %s", async (_label, corrupt) => {
    await writeSnapshot(buildSearchEngine(sampleDocs()), dir, 7);
    corrupt();
    expect(await loadSnapshot(dir)).toBeNull();
  });
});

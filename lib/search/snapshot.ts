// Snapshots of the index on disk, so a restart loads instead of rebuilding.
//
//   writeSnapshot(engine, path, position): Promise<void>
//   loadSnapshot(path, options?): Promise<{ engine, position } | null>   null = rebuild instead
//
// `path` is a directory. Each snapshot is a subdirectory of chunked files — binary postings per
// tier, NDJSON documents and vocabulary, the typo dictionary's words, and manifest.json (schema version, outbox position,
// sizes and SHA-1 of every file) written last. CURRENT names the live subdirectory and is
// replaced by rename, so readers see the old snapshot or the new one, never half of one.
// The engine state is captured synchronously when writeSnapshot is called; `position` must be
// the outbox id the engine has applied up to at that moment.
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { endianness } from "node:os";
import { join } from "node:path";
import { SearchEngine, type EngineOptions } from "./engine";
import { EngineStore } from "./engine-state";
import type { InvertedIndex } from "./inverted-index";
import { SCHEMA_VERSION } from "./options";
import { captureDocs, restoreDocs } from "./snapshot-docs";
import {
  ChecksummedWriter,
  SnapshotError,
  bytes,
  chunks,
  forEachLine,
  int32View,
  pruneOldSnapshots,
  readVerified,
  uint16Copy,
  type FileInfo,
} from "./snapshot-io";
import type { SuggesterState } from "./suggester";

const FORMAT = "expertise-atlas-search-snapshot";
const TIERS = ["tier1", "tier2", "names"] as const;

interface TierManifest {
  fields: number;
  terms: number;
  postingInts: number;
  docCount: number;
  fieldTotal: number[];
  /** Bytes of forward lists (term proximity); absent for a tier without them. */
  forwardBytes?: number;
}

interface Manifest {
  format: typeof FORMAT;
  schemaVersion: number;
  position: number;
  createdAt: string;
  endianness: string;
  documents: number;
  tiers: Record<(typeof TIERS)[number], TierManifest>;
  files: Record<string, FileInfo>;
}

interface TierCapture {
  terms: string[];
  used: Int32Array;
  postings: Int32Array;
  lengths: Uint16Array;
  forward: { bytes: Uint8Array; offsets: Int32Array } | null;
  manifest: TierManifest;
}

function captureTier(index: InvertedIndex, docs: number): TierCapture {
  const terms: string[] = [];
  const used: number[] = [];
  // Terms without postings are left out, so the others are renumbered (forward lists too).
  const termRemap = new Int32Array(index.termCount).fill(-1);
  let renumbered = false;
  let total = 0;
  for (let id = 0; id < index.termCount; id++) {
    if (index.used[id]! === 0) {
      renumbered = true;
      continue;
    }
    termRemap[id] = terms.length;
    terms.push(index.terms[id]!);
    used.push(index.used[id]!);
    total += index.used[id]!;
  }
  const postings = new Int32Array(total);
  let at = 0;
  for (let id = 0; id < index.termCount; id++) {
    const n = index.used[id]!;
    if (n === 0) continue;
    postings.set(index.postings[id]!.subarray(0, n), at);
    at += n;
  }
  const lengths = new Uint16Array(index.fieldCount * docs);
  index.fieldLen.forEach((lens, f) => lengths.set(lens.subarray(0, docs), f * docs));
  const forward = index.forward ? index.forward.capture(docs, renumbered ? termRemap : null) : null;
  return {
    terms,
    used: Int32Array.from(used),
    postings,
    lengths,
    forward,
    manifest: {
      fields: index.fieldCount,
      terms: terms.length,
      postingInts: total,
      docCount: index.docCount,
      fieldTotal: [...index.fieldTotal],
      ...(forward ? { forwardBytes: forward.bytes.length } : {}),
    },
  };
}

async function writeFileChunked(
  dir: string,
  name: string,
  parts: Iterable<string | Uint8Array>,
  files: Record<string, FileInfo>,
): Promise<void> {
  const w = await ChecksummedWriter.create(join(dir, name));
  try {
    for (const part of parts) await w.write(part);
  } finally {
    files[name] = await w.close();
  }
}

/** NDJSON where each line is a JSON array of up to 1,000 items (fewer, larger parses on load). */
function* batches(items: readonly unknown[]): Generator<string> {
  for (let i = 0; i < items.length; i += 1000) yield `${JSON.stringify(items.slice(i, i + 1000))}\n`;
}

function* lines<T>(items: readonly T[], toLine: (item: T) => string): Generator<string> {
  for (let i = 0; i < items.length; i += 1000)
    yield items
      .slice(i, i + 1000)
      .map((x) => `${toLine(x)}\n`)
      .join("");
}

export async function writeSnapshot(engine: SearchEngine, path: string, position: number): Promise<void> {
  // Capture: everything below happens before the first await, so it is one consistent state.
  if (engine.state.docs.dead > 0) engine.compact();
  const s = engine.state;
  const n = s.capacity;
  const tiers = {
    tier1: captureTier(s.tier1, n),
    tier2: captureTier(s.tier2, n),
    names: captureTier(s.names0, n),
  };
  const docs = captureDocs(s, n);
  const vocabulary = s.suggester.exportState();
  const surface = s.surface.exportWords();

  await mkdir(path, { recursive: true });
  const name = `snap-${Date.now()}-${process.pid}-${randomBytes(3).toString("hex")}`;
  const tmp = join(path, `.tmp-${name}`);
  await mkdir(tmp);
  try {
    const files: Record<string, FileInfo> = {};
    for (const t of TIERS) {
      const c = tiers[t];
      await writeFileChunked(
        tmp,
        `${t}.terms.txt`,
        lines(c.terms, (x) => x),
        files,
      );
      await writeFileChunked(tmp, `${t}.used.bin`, [bytes(c.used)], files);
      await writeFileChunked(tmp, `${t}.postings.bin`, chunks(c.postings), files);
      await writeFileChunked(tmp, `${t}.lengths.bin`, [bytes(c.lengths)], files);
      if (c.forward) {
        await writeFileChunked(tmp, `${t}.forward.bin`, [c.forward.bytes], files);
        await writeFileChunked(tmp, `${t}.forward-offsets.bin`, [bytes(c.forward.offsets)], files);
      }
    }
    await writeFileChunked(tmp, "docs.ids.bin", [bytes(docs.ids)], files);
    await writeFileChunked(tmp, "docs.flags.bin", [docs.flags], files);
    await writeFileChunked(tmp, "docs.dates.bin", [bytes(docs.dates)], files);
    await writeFileChunked(tmp, "docs.ndjson", batches(docs.strings), files);
    await writeFileChunked(
      tmp,
      "facets.values.ndjson",
      lines(docs.facets.values, (v) => JSON.stringify(v)),
      files,
    );
    await writeFileChunked(tmp, "facets.len.bin", [bytes(docs.facets.len)], files);
    await writeFileChunked(tmp, "facets.pool.bin", chunks(docs.facets.pool), files);
    await writeFileChunked(tmp, "keywords.len.bin", [bytes(docs.keywords.len)], files);
    await writeFileChunked(tmp, "keywords.pool.bin", chunks(docs.keywords.pool), files);
    await writeFileChunked(tmp, "vocabulary.ndjson", batches(vocabulary.phrases), files);
    await writeFileChunked(
      tmp,
      "surface.txt",
      lines(surface, (x) => x),
      files,
    );
    const manifest: Manifest = {
      format: FORMAT,
      schemaVersion: SCHEMA_VERSION,
      position,
      createdAt: new Date().toISOString(),
      endianness: endianness(),
      documents: n,
      tiers: { tier1: tiers.tier1.manifest, tier2: tiers.tier2.manifest, names: tiers.names.manifest },
      files,
    };
    await writeFile(join(tmp, "manifest.json"), JSON.stringify(manifest, null, 1));
    await rename(tmp, join(path, name));
    const pointer = join(path, `.CURRENT-${name}`);
    await writeFile(pointer, name);
    await rename(pointer, join(path, "CURRENT"));
  } catch (err) {
    await rm(tmp, { recursive: true, force: true });
    throw err;
  }
  await pruneOldSnapshots(path, name);
}

async function loadTier(dir: string, t: (typeof TIERS)[number], m: Manifest, index: InvertedIndex): Promise<void> {
  const tm = m.tiers[t];
  if (!tm || tm.fields !== index.fieldCount) throw new SnapshotError(`${t}: field count differs`);
  const used = int32View(await readVerified(join(dir, `${t}.used.bin`), m.files[`${t}.used.bin`]));
  const postings = int32View(await readVerified(join(dir, `${t}.postings.bin`), m.files[`${t}.postings.bin`]));
  const lengths = uint16Copy(await readVerified(join(dir, `${t}.lengths.bin`), m.files[`${t}.lengths.bin`]));
  const terms: string[] = [];
  forEachLine(
    await readVerified(join(dir, `${t}.terms.txt`), m.files[`${t}.terms.txt`]),
    (line) => {
      for (const term of line.split("\n")) if (term) terms.push(term);
    },
    1 << 20,
  );
  if (terms.length !== tm.terms || used.length !== tm.terms || postings.length !== tm.postingInts)
    throw new SnapshotError(`${t}: sizes differ`);
  if (lengths.length !== tm.fields * m.documents) throw new SnapshotError(`${t}: field lengths differ`);
  index.restoreFrom(terms, used, postings, lengths, m.documents, tm.docCount, tm.fieldTotal);
  if ((tm.forwardBytes !== undefined) !== (index.forward !== null))
    throw new SnapshotError(`${t}: forward lists differ`);
  if (index.forward) {
    const forward = new Uint8Array(await readVerified(join(dir, `${t}.forward.bin`), m.files[`${t}.forward.bin`]));
    const offsets = int32View(
      await readVerified(join(dir, `${t}.forward-offsets.bin`), m.files[`${t}.forward-offsets.bin`]),
    );
    if (forward.length !== tm.forwardBytes) throw new SnapshotError(`${t}: forward lists' size differs`);
    try {
      index.forward.restore(forward, offsets, m.documents, terms.length);
    } catch (err) {
      throw new SnapshotError(`${t}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}

export async function loadSnapshot(
  path: string,
  options?: EngineOptions,
): Promise<{ engine: SearchEngine; position: number } | null> {
  try {
    const current = (await readFile(join(path, "CURRENT"), "utf8").catch(() => "")).trim();
    if (!/^snap-[\w-]+$/.test(current)) return null;
    const dir = join(path, current);
    const m = JSON.parse(await readFile(join(dir, "manifest.json"), "utf8")) as Manifest;
    if (m.format !== FORMAT || m.schemaVersion !== SCHEMA_VERSION) return null;
    if (m.endianness !== endianness() || !Number.isInteger(m.position) || !Number.isInteger(m.documents)) return null;
    const store = new EngineStore(options?.now ?? Date.now, options?.synonyms ?? []);
    const indexes = { tier1: store.tier1, tier2: store.tier2, names: store.names0 };
    for (const t of TIERS) await loadTier(dir, t, m, indexes[t]);
    const read = (name: string) => readVerified(join(dir, name), m.files[name]);
    const vocabulary: SuggesterState = { phrases: [] };
    forEachLine(await read("vocabulary.ndjson"), (line) =>
      vocabulary.phrases.push(...(JSON.parse(line) as SuggesterState["phrases"])),
    );
    store.suggester.importState(vocabulary);
    const surface: string[] = [];
    forEachLine(
      await read("surface.txt"),
      (line) => {
        for (const word of line.split("\n")) if (word) surface.push(word);
      },
      1 << 20,
    );
    store.surface.importWords(surface);
    const strings: [string, string][] = [];
    forEachLine(await read("docs.ndjson"), (line) => strings.push(...(JSON.parse(line) as [string, string][])));
    const values: [number, string][] = [];
    forEachLine(await read("facets.values.ndjson"), (line) => values.push(JSON.parse(line) as [number, string]));
    const dates = await read("docs.dates.bin");
    restoreDocs(store, {
      ids: int32View(await read("docs.ids.bin")),
      flags: new Uint8Array(await read("docs.flags.bin")),
      dates: new Float64Array(new Uint8Array(dates).buffer),
      strings,
      facets: { values, len: uint16Copy(await read("facets.len.bin")), pool: int32View(await read("facets.pool.bin")) },
      keywords: { len: uint16Copy(await read("keywords.len.bin")), pool: int32View(await read("keywords.pool.bin")) },
    });
    if (store.size !== m.documents) throw new SnapshotError("document count differs");
    store.surface.warm();
    return { engine: new SearchEngine(options, store), position: m.position };
  } catch (err) {
    console.warn(`Search snapshot at ${path} not used: ${err instanceof Error ? err.message : String(err)}`);
    return null;
  }
}

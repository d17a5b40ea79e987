// File plumbing for snapshots: chunked writes with a running checksum, verified reads, and
// line-by-line decoding of a buffer without ever building one huge string (V8 caps strings at
// ~512 MB, which a million-team index would pass).
import { createHash } from "node:crypto";
import { open, readdir, rm } from "node:fs/promises";
import { join } from "node:path";

export interface FileInfo {
  bytes: number;
  sha1: string;
}

export class ChecksummedWriter {
  private hash = createHash("sha1");
  private bytes = 0;
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  private constructor(private readonly handle: Awaited<ReturnType<typeof open>>) {}

  static async create(path: string): Promise<ChecksummedWriter> {
    return new ChecksummedWriter(await open(path, "wx"));
  }

  /** Buffers small pieces; flushes about every 4 MB so the event loop keeps turning. */
  async write(data: string | Uint8Array): Promise<void> {
    const buf =
      typeof data === "string" ? Buffer.from(data, "utf8") : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    this.pending.push(buf);
    this.pendingBytes += buf.byteLength;
    if (this.pendingBytes >= 4 << 20) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.pendingBytes === 0) return;
    const buf = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    this.hash.update(buf);
    this.bytes += buf.byteLength;
    let off = 0;
    while (off < buf.byteLength) off += (await this.handle.write(buf, off, buf.byteLength - off)).bytesWritten;
  }

  async close(): Promise<FileInfo> {
    try {
      await this.flush();
      await this.handle.sync();
    } finally {
      await this.handle.close();
    }
    return { bytes: this.bytes, sha1: this.hash.digest("hex") };
  }
}

export class SnapshotError extends Error {}

/** One read call for the whole file (readFile reads in small chunks, round-tripping each). */
async function readWhole(path: string): Promise<Buffer> {
  const handle = await open(path, "r");
  try {
    const { size } = await handle.stat();
    const buf = Buffer.allocUnsafe(size);
    let off = 0;
    while (off < size) {
      const { bytesRead } = await handle.read(buf, off, size - off, off);
      if (bytesRead === 0) break;
      off += bytesRead;
    }
    return off === size ? buf : buf.subarray(0, off);
  } finally {
    await handle.close();
  }
}

/** Reads a whole file and checks its size and checksum against the manifest. */
export async function readVerified(path: string, expected: FileInfo | undefined): Promise<Buffer> {
  if (!expected) throw new SnapshotError(`manifest does not list ${path}`);
  const buf = await readWhole(path);
  if (buf.byteLength !== expected.bytes)
    throw new SnapshotError(`${path}: ${buf.byteLength} bytes, expected ${expected.bytes}`);
  const sha1 = createHash("sha1").update(buf).digest("hex");
  if (sha1 !== expected.sha1) throw new SnapshotError(`${path}: checksum mismatch`);
  return buf;
}

/**
 * Calls fn for each "\n"-terminated line of a UTF-8 buffer (the last line may be unterminated).
 * With `minBytes`, consecutive lines are handed over together, up to about that many bytes.
 */
export function forEachLine(buf: Buffer, fn: (line: string, index: number) => void, minBytes = 0): number {
  let start = 0;
  let index = 0;
  while (start < buf.byteLength) {
    let end = buf.indexOf(10, Math.min(buf.byteLength, start + minBytes));
    if (end < 0) end = buf.byteLength;
    if (end > start) fn(buf.toString("utf8", start, end), index++);
    start = end + 1;
  }
  return index;
}

/** An Int32Array over a buffer's bytes (copied when the buffer is not 4-byte aligned). */
export function int32View(buf: Buffer): Int32Array {
  if (buf.byteLength % 4 !== 0) throw new SnapshotError("binary file length is not a multiple of 4");
  if (buf.byteOffset % 4 === 0) return new Int32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4);
  return new Int32Array(new Uint8Array(buf).buffer);
}

export function uint16Copy(buf: Buffer): Uint16Array {
  if (buf.byteLength % 2 !== 0) throw new SnapshotError("binary file length is not a multiple of 2");
  return new Uint16Array(new Uint8Array(buf).buffer);
}

export const bytes = (a: Int32Array | Uint16Array | Float64Array) =>
  new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

export function* chunks(a: Int32Array): Generator<Uint8Array> {
  const step = 1 << 20;
  for (let i = 0; i < a.length; i += step)
    yield new Uint8Array(a.buffer, a.byteOffset + i * 4, Math.min(step, a.length - i) * 4);
}

/** Keeps the newest two snapshots (a reader in another process may still be opening the older). */
export async function pruneOldSnapshots(path: string, keep: string): Promise<void> {
  const entries = (await readdir(path)).filter((e) => e.startsWith("snap-") && e !== keep).sort();
  const stale = await readdir(path).then((all) =>
    all.filter((e) => e.startsWith(".tmp-") || e.startsWith(".CURRENT-")),
  );
  const old = entries.slice(0, Math.max(0, entries.length - 1));
  const cutoff = Date.now() - 10 * 60_000;
  const abandoned = stale.filter((e) => Number(e.split("-")[2]) < cutoff);
  await Promise.all([...old, ...abandoned].map((e) => rm(join(path, e), { recursive: true, force: true })));
}

// Measuring: latency percentiles, heap after a full GC, sizes on disk, and a plain-text table.
import { statSync, readdirSync } from "node:fs";
import path from "node:path";

export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
  n: number;
}

/** Nearest-rank percentiles (no interpolation), in the samples' unit. */
export function percentiles(samples: readonly number[]): Percentiles {
  if (samples.length === 0) return { p50: NaN, p95: NaN, p99: NaN, mean: NaN, max: NaN, n: 0 };
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number): number =>
    s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] as number;
  return {
    p50: at(50),
    p95: at(95),
    p99: at(99),
    mean: s.reduce((a, b) => a + b, 0) / s.length,
    max: s[s.length - 1] as number,
    n: s.length,
  };
}

/** Milliseconds since `start` (from process.hrtime.bigint()). */
export function msSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function timed<T>(fn: () => T): { value: T; ms: number } {
  const t = process.hrtime.bigint();
  const value = fn();
  return { value, ms: msSince(t) };
}

export async function timedAsync<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t = process.hrtime.bigint();
  const value = await fn();
  return { value, ms: msSince(t) };
}

export interface HeapSample {
  heapUsed: number;
  external: number;
}

const gc = (globalThis as { gc?: () => void }).gc;
export const gcAvailable = typeof gc === "function";

/** Heap after full collections (JS heap, plus off-heap buffers such as typed arrays). */
export function heapNow(): HeapSample {
  if (gc) for (let i = 0; i < 3; i++) gc();
  const m = process.memoryUsage();
  return { heapUsed: m.heapUsed, external: m.external };
}

export const MB = 1024 * 1024;

/** Bytes of a file, or of every file under a directory. */
export function sizeOnDisk(p: string): number {
  const st = statSync(p, { throwIfNoEntry: false });
  if (!st) return 0;
  if (!st.isDirectory()) return st.size;
  return readdirSync(p).reduce((sum, name) => sum + sizeOnDisk(path.join(p, name)), 0);
}

export function round(x: number, digits = 2): number {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Left-aligned first column, right-aligned others. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return rows
    .map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  "))
    .join("\n");
}

export function fmt(x: number, digits = 2): string {
  return Number.isFinite(x) ? x.toFixed(digits) : "—";
}

// Load generation for the web benchmark: autocannon in-process, with every response's latency
// recorded here so that p95 (which autocannon does not report) is computed the same way as the rest.
import { createRequire } from "node:module";
import autocannon from "autocannon";

// autocannon 9 decodes every response body into a string (`body += chunk`, for its expectBody and
// onResponse options, which this benchmark does not use). On 2 cores that made the client, not the
// server, the bottleneck for large pages: profiled against a plain Node server sending the stored
// 100,000-team home page (128 KB), the client spent 74 % of its time in Buffer#toString and garbage
// collection and managed 2,343 req/s; without the decoding, 12,527 req/s from the same server. The
// rate then depended on the page's size and characters rather than on the server. The body is
// still read and counted (bytes, latency); it is only not turned into a string.
const requireCjs = createRequire(import.meta.url);
const bodyQueue = requireCjs("autocannon/lib/pipelinedRequestsQueue.js") as { prototype: { addBody?: unknown } };
if (typeof bodyQueue.prototype.addBody !== "function")
  throw new Error("autocannon's response queue changed: check scripts/bench/web-load.ts against its version");
bodyQueue.prototype.addBody = () => undefined;

export interface LoadRequest {
  method?: "GET" | "POST";
  /** A function makes a fresh path for every request (e.g. a search not seen before). */
  path: string | (() => string);
  headers?: Record<string, string>;
  /** A function makes a fresh body for every request (e.g. a new idempotency key). */
  body?: string | (() => string);
}

export interface LoadOptions {
  origin: string;
  connections: number;
  durationSec: number;
  /** One request, or several taken in turn by each connection. */
  requests: LoadRequest[];
  /** Status codes that count as success (default: 200). */
  okStatus?: readonly number[];
}

export interface LoadFigures {
  requestsPerSec: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  count: number;
  /** Mean bytes per response, headers included (as sent: compressed when the client asked for it). */
  bytes: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export async function runLoad(options: LoadOptions): Promise<LoadFigures> {
  const ok = new Set(options.okStatus ?? [200]);
  const latencies: number[] = [];
  let bad = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.origin,
        connections: options.connections,
        duration: options.durationSec,
        timeout: 30,
        requests: options.requests.map((r) => {
          const { body, path } = r;
          const fresh = typeof body === "function" || typeof path === "function";
          return {
            method: r.method ?? "GET",
            path: typeof path === "function" ? path() : path,
            headers: r.headers,
            ...(typeof body === "function" ? {} : { body }),
            ...(fresh
              ? {
                  setupRequest: (req: autocannon.Request) => ({
                    ...req,
                    ...(typeof path === "function" ? { path: path() } : {}),
                    ...(typeof body === "function" ? { body: body() } : {}),
                  }),
                }
              : {}),
          };
        }),
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (!ok.has(statusCode)) bad++;
    });
  });
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSec: latencies.length / options.durationSec,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: bad + result.errors + result.timeouts,
    count: latencies.length,
    bytes: result.requests.total > 0 ? result.throughput.total / result.requests.total : 0,
  };
}

export function formatFigures(rows: { route: string; f: LoadFigures; ratio?: string }[]): string {
  const header = ["route", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors", "KB", "ratio"];
  const body = rows.map(({ route, f, ratio }) => [
    route,
    f.requestsPerSec.toFixed(0),
    f.p50.toFixed(0),
    f.p95.toFixed(0),
    f.p99.toFixed(0),
    String(f.errors),
    (f.bytes / 1024).toFixed(1),
    ratio ?? "",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(header), ...body.map(line)].join("\n");
}

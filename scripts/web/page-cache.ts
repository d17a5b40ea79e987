// Render once, serve many: the web server keeps the responses to anonymous GETs of the public
// register pages (home, browse, profiles, institutions, countries, collections) and serves them
// again until the register changes. Every process reads the register version from the shared
// database on each cacheable request (two indexed lookups), so a write through any process clears
// every process's entries at once.
//
// Why here and not Next.js's own full-page cache: the Content-Security-Policy carries a fresh
// nonce per response, which makes every page render dynamically (Next.js's CSP guide), and a nonce
// must never be reused. A stored response is therefore served with its nonce replaced, in the
// body and in the headers, by a new random one: each response still gets its own nonce, and the
// scripts that carry it are exactly those Next.js rendered (content written by users could not
// have known the old nonce, so it cannot gain the new one). The compressed form is made once, when
// a page is stored, around its nonce (scripts/web/nonce-gzip.ts), so a hit costs no compression.
//
// Never cached: requests with any cookie or an Authorization header (a signed-in page is never
// stored, so it can never be served to someone else), responses that set a cookie, anything but a
// 200, and every other route (search records demand; forms, APIs and account pages are personal).
import { randomBytes } from "node:crypto";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { gzipWithNonce, plainWithNonce, segmentsAround, type NonceSegments } from "./nonce-gzip";

export const PUBLIC_PAGES: readonly RegExp[] = [
  /^\/$/,
  /^\/teams(\/[a-z0-9-]+)?$/,
  /^\/institutions\/[a-z0-9-]+$/,
  /^\/countries(\/[a-z]{2})?$/,
  /^\/collections(\/[a-z0-9-]+)?$/,
  /^\/about$/,
  // The map's outline (a route handler, which Next.js does not compress): stored compressed.
  /^\/map\/land\.svg$/,
];

/** Request headers that change what Next.js answers (client navigations and prefetches). */
const VARY_HEADERS = [
  "rsc",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-router-state-tree",
  "next-url",
];

export interface PageCacheOptions {
  /** The register version now; entries from another version are dropped. */
  version: () => string;
  maxBytes: number;
  ttlMs?: number;
  now?: () => number;
  /** The paths this cache keeps (default: the public register pages). */
  paths?: readonly RegExp[];
  /** Before a miss goes to Next.js; what it returns is handed to `admit`. */
  onMiss?: (req: IncomingMessage) => unknown;
  /**
   * Once the response to a miss is complete (always called, even when it will not be kept): what
   * to keep with the stored copy, or null when it must not be stored.
   */
  admit?: (token: unknown, version: string) => unknown;
  /** After a stored copy was served, with what `admit` kept. */
  onHit?: (req: IncomingMessage, kept: unknown) => void;
}

type Stored =
  /** A page with a nonce: cut around it, each piece kept plain and compressed. */
  | { nonce: string; segments: NonceSegments }
  /** Anything else (the map's outline): as it is, and compressed. */
  | { nonce: null; plain: Buffer; gzipped: Buffer };

type Entry = Stored & {
  status: number;
  headers: OutgoingHttpHeaders;
  bytes: number;
  at: number;
  /** What `admit` kept with it. */
  kept?: unknown;
};

export interface PageCacheStats {
  hits: number;
  misses: number;
  entries: number;
  bytes: number;
}

const NONCE_IN_POLICY = /'nonce-([A-Za-z0-9+/=_-]{16,})'/;

function cacheKey(req: IncomingMessage, pathname: string, search: string): string {
  return [pathname + search, ...VARY_HEADERS.map((h) => String(req.headers[h] ?? ""))].join("\u0000");
}

function acceptsGzip(req: IncomingMessage): boolean {
  return /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
}

export function isCacheableRequest(req: IncomingMessage, paths: readonly RegExp[] = PUBLIC_PAGES): boolean {
  if (req.method !== "GET") return false;
  if (req.headers.cookie || req.headers.authorization) return false;
  const url = req.url ?? "";
  const q = url.indexOf("?");
  const pathname = q === -1 ? url : url.slice(0, q);
  return paths.some((p) => p.test(pathname));
}

export class PageCache {
  private entries = new Map<string, Entry>();
  /** Renders under way, by register version and key: what waits for each. */
  private inFlight = new Map<string, (() => void)[]>();
  private version = "";
  private bytes = 0;
  private hits = 0;
  private misses = 0;

  constructor(private readonly options: PageCacheOptions) {}

  stats(): PageCacheStats {
    return { hits: this.hits, misses: this.misses, entries: this.entries.size, bytes: this.bytes };
  }

  /**
   * Serves `req` from the cache when it can; otherwise passes it to `next`, keeping a copy of a
   * cacheable answer. Returns whether it was a hit.
   */
  handle(
    req: IncomingMessage,
    res: ServerResponse,
    next: (req: IncomingMessage, res: ServerResponse) => void,
    /** A request that waited for another's render of the same page: it does not wait again. */
    waited = false,
  ): boolean {
    if (this.options.maxBytes <= 0 || !isCacheableRequest(req, this.options.paths)) {
      next(req, res);
      return false;
    }
    let version: string;
    try {
      version = this.options.version();
    } catch {
      next(req, res); // the database is unreadable: let the app answer (and report) it
      return false;
    }
    if (version !== this.version) this.clear(version);
    const url = new URL(req.url ?? "/", "http://x");
    const key = cacheKey(req, url.pathname, url.search);
    const now = (this.options.now ?? Date.now)();
    const hit = this.entries.get(key);
    const ttl = this.options.ttlMs ?? 60_000;
    const flight = `${version}\u0000${key}`;
    const waiting = this.inFlight.get(flight);
    // A copy past its time is still served while its replacement renders (for at most as long
    // again): the register version is the same, so only time-dependent facts ("not confirmed
    // recently") can differ, and a popular page never stalls while it renders again.
    const age = hit ? now - hit.at : Infinity;
    if (hit && (age < ttl || (waiting !== undefined && !waited && age < 2 * ttl))) {
      this.hits++;
      this.serve(req, res, hit);
      if (this.options.onHit) {
        try {
          this.options.onHit(req, hit.kept);
        } catch (err) {
          console.error("page cache: after a hit:", err);
        }
      }
      return true;
    }
    if (hit && age >= 2 * ttl) this.drop(key, hit);
    // One render per page at a time: when a write clears the cache, the requests for a popular
    // page that arrive while it renders wait for that render and are then served its stored copy,
    // instead of each rendering the page again (fifty connections would queue fifty renders).
    // When the render cannot be stored (not a 200, a cookie set), they go on to render on their own.
    if (waiting && !waited) {
      waiting.push(() => {
        if (!res.destroyed) this.handle(req, res, next, true);
      });
      return false;
    }
    const waiters: (() => void)[] = [];
    this.inFlight.set(flight, waiters);
    let settled = false;
    const settle = () => {
      if (settled) return;
      settled = true;
      if (this.inFlight.get(flight) === waiters) this.inFlight.delete(flight);
      for (const w of waiters) w();
    };
    res.once("close", settle);
    this.misses++;
    // Next.js renders uncompressed into a buffer (the stored copy must be plain text for its nonce
    // to be replaced); the client then gets it like a stored one, compressed when it accepts that.
    const gzip = acceptsGzip(req);
    delete req.headers["accept-encoding"];
    const token = this.options.onMiss?.(req);
    this.buffer(
      res,
      (status, headers, body) => {
        const entry = this.entryOf(status, headers, body, now);
        const kept = this.options.admit ? this.options.admit(token, version) : undefined;
        // Unless the register changed meanwhile, or what rendered it says it must not be kept.
        if (entry && kept !== null && this.version === version) this.store(key, { ...entry, kept });
        return entry ?? null;
      },
      gzip,
      settle,
    );
    next(req, res);
    return false;
  }

  private clear(version: string): void {
    this.entries.clear();
    this.bytes = 0;
    this.version = version;
  }

  private drop(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }

  private store(key: string, entry: Entry): void {
    if (entry.bytes > this.options.maxBytes / 4) return;
    const old = this.entries.get(key);
    if (old) this.drop(key, old);
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.options.maxBytes) break;
      this.drop(k, e);
    }
  }

  private serve(req: IncomingMessage, res: ServerResponse, entry: Entry): void {
    this.send(res, entry, acceptsGzip(req), "hit", (status, headers, body) => {
      res.writeHead(status, headers);
      // The pieces in one write (writev), without first copying them into one buffer.
      res.cork();
      for (let i = 0; i < body.length - 1; i++) res.write(body[i]);
      res.end(body.at(-1));
    });
  }

  /**
   * Writes an entry out. A hit gets a fresh nonce in place of the stored one (every stored copy
   * reused); the response that stored it keeps the nonce it was rendered with, used this once.
   */
  private send(
    res: ServerResponse,
    entry: Entry,
    gzip: boolean,
    label: "hit" | "miss",
    write: (status: number, headers: OutgoingHttpHeaders, body: Buffer[]) => void,
  ): void {
    const headers: OutgoingHttpHeaders = { ...entry.headers, "x-page-cache": label };
    let body: Buffer[];
    if (entry.nonce !== null) {
      let nonce = entry.nonce;
      if (label === "hit") {
        nonce = randomBytes(16).toString("base64");
        for (const [k, v] of Object.entries(headers)) {
          if (typeof v === "string" && v.includes(entry.nonce)) headers[k] = v.replaceAll(entry.nonce, nonce);
        }
      }
      body = (gzip ? gzipWithNonce : plainWithNonce)(entry.segments, Buffer.from(nonce));
    } else {
      body = [gzip ? entry.gzipped : entry.plain];
    }
    if (gzip) headers["content-encoding"] = "gzip";
    headers["content-length"] = body.reduce((n, b) => n + b.length, 0);
    write(entry.status, headers, body);
  }

  /** A stored copy of a response, or null when it must not be kept. */
  private entryOf(status: number, headers: OutgoingHttpHeaders, raw: Buffer, at: number): Entry | null {
    const type = String(headers["content-type"] ?? "");
    const keep =
      status === 200 &&
      headers["set-cookie"] === undefined &&
      headers["content-encoding"] === undefined &&
      raw.length <= this.options.maxBytes / 4 &&
      /^(text\/html|text\/x-component|image\/svg\+xml)/.test(type);
    if (!keep) return null;
    const stored: OutgoingHttpHeaders = { ...headers };
    for (const h of ["content-length", "transfer-encoding", "connection", "keep-alive", "date", "x-page-cache"])
      delete stored[h];
    const nonce = NONCE_IN_POLICY.exec(String(headers["content-security-policy"] ?? ""))?.[1] ?? null;
    if (nonce !== null) {
      const segments = segmentsAround(raw.toString("utf8"), nonce);
      const bytes = segments.plainBytes + segments.deflatedBytes;
      return { status, headers: stored, nonce, segments, bytes, at };
    }
    const gzipped = gzipSync(raw, { level: 6 });
    return { status, headers: stored, nonce, plain: raw, gzipped, bytes: raw.length + gzipped.length, at };
  }

  /**
   * Holds back what Next.js writes to `res` and sends it in one piece at the end: kept through
   * `keep` when it may be stored, passed on as it was otherwise (compressed when it is text).
   */
  private buffer(
    res: ServerResponse,
    keep: (status: number, headers: OutgoingHttpHeaders, body: Buffer) => Entry | null,
    gzip: boolean,
    /** Once the response is stored (or known not to be) and written. */
    settled: () => void,
  ): void {
    const chunks: Buffer[] = [];
    let headArgs: OutgoingHttpHeaders = {};
    const writeHead = res.writeHead.bind(res) as (status: number, headers: OutgoingHttpHeaders) => ServerResponse;
    const end = res.end.bind(res) as (chunk?: Buffer) => ServerResponse;
    const add = (chunk: unknown, encoding?: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === "function") return;
      chunks.push(
        Buffer.isBuffer(chunk)
          ? Buffer.from(chunk)
          : chunk instanceof Uint8Array
            ? Buffer.from(chunk)
            : Buffer.from(String(chunk), typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"),
      );
    };
    res.writeHead = ((status: number, ...rest: unknown[]) => {
      res.statusCode = status;
      const h = rest.find((a) => a && typeof a === "object" && !Array.isArray(a)) as OutgoingHttpHeaders | undefined;
      if (h) headArgs = { ...headArgs, ...h };
      return res;
    }) as typeof res.writeHead;
    res.flushHeaders = () => undefined;
    res.write = ((chunk: unknown, encoding?: unknown, cb?: unknown) => {
      add(chunk, encoding);
      const done = [encoding, cb].find((f) => typeof f === "function") as (() => void) | undefined;
      if (done) process.nextTick(done);
      return true;
    }) as typeof res.write;
    res.end = ((chunk?: unknown, encoding?: unknown, cb?: unknown) => {
      add(chunk, encoding);
      const done = [chunk, encoding, cb].find((f) => typeof f === "function") as (() => void) | undefined;
      const headers: OutgoingHttpHeaders = { ...res.getHeaders(), ...headArgs };
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      const body = Buffer.concat(chunks);
      const finish = (status: number, h: OutgoingHttpHeaders, b: Buffer[]) => {
        writeHead(status, h);
        end(b.length === 1 ? b[0] : Buffer.concat(b));
        done?.();
        settled();
      };
      let entry: Entry | null = null;
      try {
        entry = keep(res.statusCode, headers, body);
      } catch (err) {
        console.error("page cache: response not kept:", err);
      }
      if (entry) {
        this.send(res, entry, gzip, "miss", finish);
      } else {
        const text = /^(text\/|application\/(json|javascript|xml))/.test(String(headers["content-type"] ?? ""));
        const out = { ...headers };
        delete out["transfer-encoding"];
        let b = body;
        if (gzip && text && out["content-encoding"] === undefined && b.length > 0) {
          b = gzipSync(b, { level: 4 });
          out["content-encoding"] = "gzip";
        }
        if (res.statusCode !== 204 && res.statusCode !== 304) out["content-length"] = b.length;
        finish(res.statusCode, out, [b]);
      }
      return res;
    }) as typeof res.end;
  }
}

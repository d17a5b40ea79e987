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
// have known the old nonce, so it cannot gain the new one).
//
// Never cached: requests with any cookie or an Authorization header (a signed-in page is never
// stored, so it can never be served to someone else), responses that set a cookie, anything but a
// 200, and every other route (search records demand; forms, APIs and account pages are personal).
import { randomBytes } from "node:crypto";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";

const PUBLIC_PAGES = [
  /^\/$/,
  /^\/teams(\/[a-z0-9-]+)?$/,
  /^\/institutions\/[a-z0-9-]+$/,
  /^\/countries(\/[a-z]{2})?$/,
  /^\/collections(\/[a-z0-9-]+)?$/,
  /^\/about$/,
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
}

interface Entry {
  status: number;
  headers: OutgoingHttpHeaders;
  body: string;
  /** The nonce in the stored copy (to be replaced), or null when the policy has none. */
  nonce: string | null;
  gzipped: Buffer | null;
  bytes: number;
  at: number;
}

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

export function isCacheableRequest(req: IncomingMessage): boolean {
  if (req.method !== "GET") return false;
  if (req.headers.cookie || req.headers.authorization) return false;
  const url = req.url ?? "";
  const q = url.indexOf("?");
  const pathname = q === -1 ? url : url.slice(0, q);
  return PUBLIC_PAGES.some((p) => p.test(pathname));
}

export class PageCache {
  private entries = new Map<string, Entry>();
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
  ): boolean {
    if (this.options.maxBytes <= 0 || !isCacheableRequest(req)) {
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
    if (hit && now - hit.at < (this.options.ttlMs ?? 60_000)) {
      this.hits++;
      this.serve(req, res, hit);
      return true;
    }
    if (hit) this.drop(key, hit);
    this.misses++;
    // The copy is kept uncompressed (the nonce is replaced in it); clients get it compressed.
    delete req.headers["accept-encoding"];
    this.capture(res, (entry) => {
      if (this.version !== version) return; // the register changed while rendering
      this.store(key, { ...entry, at: now });
    });
    res.setHeader("x-page-cache", "miss");
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
    const headers: OutgoingHttpHeaders = { ...entry.headers, "x-page-cache": "hit" };
    let body: Buffer;
    if (entry.nonce) {
      const fresh = randomBytes(16).toString("base64");
      for (const [k, v] of Object.entries(headers)) {
        if (typeof v === "string" && v.includes(entry.nonce)) headers[k] = v.replaceAll(entry.nonce, fresh);
      }
      body = Buffer.from(entry.body.replaceAll(entry.nonce, fresh));
      if (acceptsGzip(req)) body = gzipSync(body, { level: 4 });
    } else {
      body = acceptsGzip(req) && entry.gzipped ? entry.gzipped : Buffer.from(entry.body);
    }
    if (acceptsGzip(req)) headers["content-encoding"] = "gzip";
    headers["content-length"] = body.length;
    res.writeHead(entry.status, headers);
    res.end(body);
  }

  /** Tees what `res` sends; calls `done` with a copy when it is worth keeping. */
  private capture(res: ServerResponse, done: (entry: Omit<Entry, "at">) => void): void {
    const chunks: Buffer[] = [];
    let overflow = false;
    let size = 0;
    const limit = this.options.maxBytes / 4;
    const keep = (chunk: unknown, encoding?: unknown) => {
      if (overflow || chunk === undefined || chunk === null || typeof chunk === "function") return;
      const b = Buffer.isBuffer(chunk)
        ? chunk
        : chunk instanceof Uint8Array
          ? Buffer.from(chunk)
          : Buffer.from(String(chunk), typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
      size += b.length;
      if (size > limit) overflow = true;
      else chunks.push(Buffer.from(b));
    };
    let headArgs: OutgoingHttpHeaders = {};
    const writeHead = res.writeHead.bind(res) as (...a: unknown[]) => ServerResponse;
    res.writeHead = ((...args: unknown[]) => {
      const h = args.find((a, i) => i > 0 && a && typeof a === "object") as OutgoingHttpHeaders | undefined;
      if (h && !Array.isArray(h)) headArgs = { ...headArgs, ...h };
      return writeHead(...args);
    }) as typeof res.writeHead;
    const write = res.write.bind(res) as (...a: unknown[]) => boolean;
    res.write = ((...args: unknown[]) => {
      keep(args[0], args[1]);
      return write(...args);
    }) as typeof res.write;
    const end = res.end.bind(res) as (...a: unknown[]) => ServerResponse;
    res.end = ((...args: unknown[]) => {
      keep(args[0], args[1]);
      const result = end(...args);
      try {
        const headers: OutgoingHttpHeaders = { ...res.getHeaders(), ...headArgs };
        const type = String(headers["content-type"] ?? "");
        const cacheable =
          !overflow &&
          res.statusCode === 200 &&
          headers["set-cookie"] === undefined &&
          headers["content-encoding"] === undefined &&
          /^(text\/html|text\/x-component)/.test(type);
        if (cacheable) {
          for (const h of ["content-length", "transfer-encoding", "connection", "keep-alive", "date", "x-page-cache"])
            delete headers[h];
          const body = Buffer.concat(chunks).toString("utf8");
          const policy = String(headers["content-security-policy"] ?? "");
          const nonce = NONCE_IN_POLICY.exec(policy)?.[1] ?? null;
          done({
            status: 200,
            headers,
            body,
            nonce,
            gzipped: nonce ? null : gzipSync(body, { level: 6 }),
            bytes: Buffer.byteLength(body) * (nonce ? 1 : 1.3),
          });
        }
      } catch (err) {
        console.error("page cache: response not kept:", err);
      }
      return result;
    }) as typeof res.end;
  }
}

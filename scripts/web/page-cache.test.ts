import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import { gunzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PageCache } from "./page-cache";

// A stand-in for Next.js: renders a page with a fresh nonce in the policy and in its scripts, and
// says who it thinks is asking, so a leak of a personal page would show in the body.
let renders = 0;
function app(req: IncomingMessage, res: ServerResponse): void {
  const url = req.url ?? "/";
  // A render that takes a while, so that other requests arrive during it.
  if (url.startsWith("/teams/slow") && !req.headers["x-rendering"]) {
    req.headers["x-rendering"] = "1";
    setTimeout(() => app(req, res), 50);
    return;
  }
  renders++;
  if (url.startsWith("/missing")) {
    res.statusCode = 404;
    res.end("not found");
    return;
  }
  const nonce = randomBytes(16).toString("base64");
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.setHeader("content-security-policy", `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
  if (url.includes("sets-cookie")) res.setHeader("set-cookie", "a=b");
  const who = req.headers.cookie ? `signed in as ${req.headers.cookie}` : "visitor";
  res.write(`<html><body><p>${who} at ${url} render ${renders}</p>`);
  res.end(`<script nonce="${nonce}">boot()</script></body></html>`);
}

let version = "1.1";
let server: Server;
let cache: PageCache;
let origin: string;

beforeEach(async () => {
  renders = 0;
  version = "1.1";
  cache = new PageCache({ version: () => version, maxBytes: 1024 * 1024 });
  server = createServer((req, res) => cache.handle(req, res, app));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(() => new Promise<void>((r) => server.close(() => r())));

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(origin + path, { headers: { "accept-encoding": "identity", ...headers } });
  const body = await res.text();
  const policy = res.headers.get("content-security-policy") ?? "";
  return { res, body, policy, nonce: /'nonce-([^']+)'/.exec(policy)?.[1], cache: res.headers.get("x-page-cache") };
}

describe("the page cache", () => {
  it("renders a public page once and serves it again, each time with a nonce of its own", async () => {
    const first = await get("/teams/water-lab");
    const second = await get("/teams/water-lab");
    const third = await get("/teams/water-lab");
    expect(renders).toBe(1);
    expect([first.cache, second.cache, third.cache]).toEqual(["miss", "hit", "hit"]);
    expect(second.body).toContain("visitor at /teams/water-lab render 1");
    const nonces = [first.nonce, second.nonce, third.nonce];
    expect(new Set(nonces).size).toBe(3);
    for (const r of [first, second, third]) expect(r.body).toContain(`<script nonce="${r.nonce}">`);
    expect(second.body).not.toContain(first.nonce);
  });

  it("never stores or serves a page for a request with a cookie", async () => {
    const signedIn = await get("/", { cookie: "session=alice" });
    expect(signedIn.body).toContain("signed in as session=alice");
    expect(signedIn.cache).toBeNull();
    const visitor = await get("/");
    expect(visitor.body).toContain("visitor");
    expect(visitor.cache).toBe("miss");
    const again = await get("/", { cookie: "session=bob" });
    expect(again.body).toContain("signed in as session=bob");
    expect(renders).toBe(3);
  });

  it("starts again when the register version changes (a write in any process)", async () => {
    await get("/teams");
    await get("/teams");
    version = "2.1";
    const after = await get("/teams");
    expect(after.cache).toBe("miss");
    expect(after.body).toContain("render 2");
  });

  it("passes through other routes, errors and responses that set a cookie", async () => {
    for (const path of ["/search?q=water", "/account", "/missing", "/teams/sets-cookie", "/api/health"]) {
      await get(path);
      await get(path);
    }
    expect(renders).toBe(10);
    expect(cache.stats().entries).toBe(0);
  });

  it("keys by the query and by Next.js's navigation headers", async () => {
    await get("/teams?page=1");
    await get("/teams?page=2");
    await get("/teams?page=1", { rsc: "1" });
    expect(renders).toBe(3);
    expect((await get("/teams?page=2")).cache).toBe("hit");
  });

  it("compresses for clients that accept gzip, the first answer as well as stored ones", async () => {
    const { get: httpGet } = await import("node:http");
    const url = new URL("/collections", origin);
    const nonces = new Set<string>();
    for (const expected of ["miss", "hit", "hit"]) {
      const res = await new Promise<IncomingMessage>((resolve) =>
        // A raw request, so that the body is not decompressed for us.
        httpGet(
          { host: url.hostname, port: url.port, path: url.pathname, headers: { "accept-encoding": "gzip" } },
          resolve,
        ),
      );
      const chunks: Buffer[] = [];
      for await (const c of res) chunks.push(c as Buffer);
      expect(res.headers["x-page-cache"]).toBe(expected);
      expect(res.headers["content-encoding"]).toBe("gzip");
      const gz = Buffer.concat(chunks);
      expect(Number(res.headers["content-length"])).toBe(gz.length);
      const html = gunzipSync(gz).toString();
      const nonce = /'nonce-([^']+)'/.exec(String(res.headers["content-security-policy"]))?.[1] ?? "";
      nonces.add(nonce);
      // The same page as an uncompressed client gets, with this response's own nonce.
      const plain = await get("/collections");
      expect(html).toBe(plain.body.replaceAll(plain.nonce!, nonce));
      expect(html).toContain(`<script nonce="${nonce}">`);
    }
    expect(nonces.size).toBe(3);
  });

  it("renders a page once for the requests that arrive while it is being rendered", async () => {
    const all = await Promise.all(Array.from({ length: 8 }, () => get("/teams/slow-lab")));
    expect(renders).toBe(1);
    expect(all.filter((r) => r.cache === "miss")).toHaveLength(1);
    expect(new Set(all.map((r) => r.nonce)).size).toBe(8);
    for (const r of all) {
      expect(r.res.status).toBe(200);
      expect(r.body).toContain(`<script nonce="${r.nonce}">`);
    }
  });

  it("lets the requests that waited render on their own when the render cannot be stored", async () => {
    const all = await Promise.all(Array.from({ length: 4 }, () => get("/teams/slow-sets-cookie")));
    expect(renders).toBe(4);
    expect(all.map((r) => r.res.status)).toEqual([200, 200, 200, 200]);
    expect(all.every((r) => r.cache === null)).toBe(true);
  });

  it("serves a copy past its time while one request renders its replacement", async () => {
    let clock = 0;
    cache = new PageCache({ version: () => version, maxBytes: 1024 * 1024, ttlMs: 1_000, now: () => clock });
    expect((await get("/teams/slow-lab")).cache).toBe("miss");
    clock = 1_500;
    const all = await Promise.all(Array.from({ length: 4 }, () => get("/teams/slow-lab")));
    expect(renders).toBe(2);
    expect(all.map((r) => r.cache).sort()).toEqual(["hit", "hit", "hit", "miss"]);
    for (const r of all.filter((x) => x.cache === "hit")) expect(r.body).toContain("render 1");
    clock = 1_600;
    expect((await get("/teams/slow-lab")).body).toContain("render 2");
    // Long past its time it is not served at all: the requests wait for the new render.
    clock = 10_000;
    const late = await Promise.all(Array.from({ length: 3 }, () => get("/teams/slow-lab")));
    expect(renders).toBe(3);
    for (const r of late) expect(r.body).toContain("render 3");
  });

  it("is off with no memory", async () => {
    cache = new PageCache({ version: () => version, maxBytes: 0 });
    await get("/");
    await get("/");
    expect(renders).toBe(2);
  });
});

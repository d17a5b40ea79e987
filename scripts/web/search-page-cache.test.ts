import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { searchViewIsDemand } from "@/lib/demand/search-view";
import { paramsRecord } from "@/lib/own";
import { handOverRenderedSearch, RENDER_ID_HEADER } from "@/lib/search/page-handoff";
import { parseSearchPageParams } from "@/lib/validation/search";
import type { PageCache } from "./page-cache";
import { searchPageCache, stripRenderId } from "./search-page-cache";

// A stand-in for the /search page that does what app/search/page.tsx does: decides from the
// request whether this view is demand, records it, and hands the page cache its index position
// and the function that records its search_events row (here: into `events`).
const events: { query: string; filters: Record<string, string[]>; resultCount: number }[] = [];
let renders = 0;
let indexPosition = 7;
const seenRenderIds: (string | undefined)[] = [];

function searchPage(req: IncomingMessage, res: ServerResponse): void {
  renders++;
  const url = new URL(req.url ?? "/", "http://x");
  const { params } = parseSearchPageParams(paramsRecord(url.searchParams));
  const h = (name: string) => (req.headers[name] as string | undefined) ?? null;
  const record = searchViewIsDemand(params, {
    userAgent: h("user-agent"),
    referer: h("referer"),
    host: h("host"),
    forwardedHost: h("x-forwarded-host"),
  });
  const q = params.q.trim();
  const event = { query: q, filters: { ...params.filters } as Record<string, string[]>, resultCount: q.length };
  const recordDemand = q ? () => void events.push(event) : null;
  if (record) recordDemand?.();
  seenRenderIds.push(h(RENDER_ID_HEADER) ?? undefined);
  handOverRenderedSearch(h(RENDER_ID_HEADER), { indexPosition, recordDemand });
  const nonce = randomBytes(16).toString("base64");
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.setHeader("content-security-policy", `script-src 'nonce-${nonce}' 'strict-dynamic'`);
  const who = req.headers.cookie ? `signed in as ${req.headers.cookie}` : "visitor";
  res.end(`<p>${who}: results for ${q} (render ${renders})</p><script nonce="${nonce}">boot()</script>`);
}

let version = "7.3";
let server: Server;
let cache: PageCache;
let origin: string;

beforeEach(async () => {
  events.length = 0;
  seenRenderIds.length = 0;
  renders = 0;
  indexPosition = 7;
  version = "7.3";
  cache = searchPageCache({ version: () => version, maxBytes: 1024 * 1024 });
  server = createServer((req, res) => {
    stripRenderId(req); // as scripts/web-server.ts does for every request
    cache.handle(req, res, searchPage);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(() => new Promise<void>((r) => server.close(() => r())));

const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";
const GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(origin + path, { headers: { "user-agent": BROWSER, ...headers } });
  return { body: await res.text(), cache: res.headers.get("x-page-cache") };
}

describe("the search page cache", () => {
  it("renders a search once and records every view of it as the page would", async () => {
    const views = [await get("/search?q=water+treatment"), await get("/search?q=water+treatment")];
    views.push(await get("/search?q=water+treatment"));
    expect(views.map((v) => v.cache)).toEqual(["miss", "hit", "hit"]);
    expect(renders).toBe(1);
    // One row per view, the very row the render wrote.
    expect(events).toHaveLength(3);
    expect(new Set(events.map((e) => JSON.stringify(e))).size).toBe(1);
    expect(events[0]).toEqual({ query: "water treatment", filters: {}, resultCount: 15 });
  });

  it("does not count crawlers, paging or re-sorting the same search, nor searches from curators' pages", async () => {
    await get("/search?q=water"); // the render: counted
    await get("/search?q=water", { "user-agent": GOOGLEBOT });
    await get("/search?q=water", { referer: `${origin}/search?q=water&sort=newest` });
    await get("/search?q=water", { referer: `${origin}/curate/demand` });
    expect(events).toHaveLength(1);
    await get("/search?q=water", { referer: `${origin}/search?q=soil` }); // another search: counted
    await get("/search?q=water", { referer: "https://elsewhere.example/search?q=water" }); // from another site
    expect(events).toHaveLength(3);
    await get("/search?q=water&page=2");
    await get("/search?q=water&page=2");
    expect(events).toHaveLength(3);
    expect(renders).toBe(2);
  });

  it("a crawler's first view is stored but not counted, and a browser's later view is", async () => {
    await get("/search?q=soil", { "user-agent": GOOGLEBOT });
    expect(events).toHaveLength(0);
    expect((await get("/search?q=soil")).cache).toBe("hit");
    expect(events).toHaveLength(1);
  });

  it("records nothing for an empty search, and stores it", async () => {
    await get("/search");
    expect((await get("/search")).cache).toBe("hit");
    expect(events).toHaveLength(0);
  });

  it("never stores or serves a signed-in search, and a client cannot name a render", async () => {
    const signedIn = await get("/search?q=water", { cookie: "session=alice", [RENDER_ID_HEADER]: "mine" });
    expect(signedIn.body).toContain("signed in as session=alice");
    expect(signedIn.cache).toBeNull();
    expect(seenRenderIds).toEqual([undefined]);
    const visitor = await get("/search?q=water");
    expect(visitor.body).toContain("visitor");
    expect(visitor.cache).toBe("miss");
    const bob = await get("/search?q=water", { cookie: "session=bob" });
    expect(bob.body).toContain("signed in as session=bob");
    expect(renders).toBe(3);
    expect(events).toHaveLength(3); // the signed-in renders recorded their own views
  });

  it("does not store results from an index behind the register, and starts again when the register changes", async () => {
    version = "9.3"; // a listing was withdrawn; this process's index has not caught up yet
    await get("/search?q=water");
    expect((await get("/search?q=water")).cache).toBe("miss");
    indexPosition = 9;
    await get("/search?q=water");
    expect((await get("/search?q=water")).cache).toBe("hit");
    version = "9.4"; // an institution renamed: every stored search goes
    const after = await get("/search?q=water");
    expect(after.cache).toBe("miss");
    expect(after.body).toContain("render 4");
    expect(events).toHaveLength(5);
  });

  it("leaves other routes alone", async () => {
    await get("/teams");
    await get("/teams");
    expect(renders).toBe(2);
    expect(cache.stats().entries).toBe(0);
  });
});

// One production web server process: Next.js's request handler behind Node's own HTTP server, so
// that the server, not the client, decides what the client's address is (lib/http/client-address),
// with the page cache of the public register pages in front (scripts/web/page-cache.ts) and at most
// a few page renders at a time, so that health checks and writes never wait behind them
// (scripts/web/render-limiter.ts).
// Run by `npm start` (scripts/start.ts, one per core as cluster workers) and by the end-to-end
// server (scripts/serve-e2e.ts), with NODE_ENV=production and without the react-server condition
// (Next.js loads React itself).
import { createServer } from "node:http";
import next from "next";
import { env } from "@/lib/env";
import { stampClientAddress } from "@/lib/http/client-address";
import { refuseBeforeNext, writeRefusal } from "@/lib/http/request-guard";
import { LightFirst } from "./web/light-first";
import { PageCache } from "./web/page-cache";
import { registerVersionReader } from "./web/register-version";
import { RenderLimiter } from "./web/render-limiter";
import { searchPageCache, stripRenderId } from "./web/search-page-cache";

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST || undefined; // unset: every interface, as `next start` does
const https = (process.env.APP_URL ?? "").startsWith("https:");
// Fails fast on a malformed TRUSTED_PROXIES or PAGE_CACHE_MB.
const { DATABASE_PATH, PAGE_CACHE_MB, TRUSTED_PROXIES: proxyTrust } = env();

const app = next({ dev: false, dir: process.cwd(), hostname: host ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

const version = registerVersionReader(DATABASE_PATH);
const pages = new PageCache({ version, maxBytes: PAGE_CACHE_MB * 1024 * 1024 });
// Search pages in a cache of their own (half as large), so that many different searches never
// push the register pages out.
const searches = searchPageCache({ version, maxBytes: (PAGE_CACHE_MB * 1024 * 1024) / 2 });
// One render at a time per process (as many processes as cores): pages are CPU-bound (SQLite is
// synchronous), so more at once only makes every other request wait behind them. Measured with
// `npm run bench:web -- --mixed-only`: health p95 269 ms at 1, 569 ms at 2, 1,107 ms at 4 while 50
// clients searched, with the same search throughput. Stored pages, health checks and writes never
// queue.
const RENDERS_AT_ONCE = 1;
const renders = new RenderLimiter({ concurrency: RENDERS_AT_ONCE, maxQueue: 2_000 });
// Page views (stored copies as well as renders) start one per turn of the event loop; health
// checks and writes start at once (scripts/web/light-first.ts).
const lightFirst = new LightFirst();

// 64 KiB of headers: a pasted problem of 5,000 characters in any script fits in a search URL.
const server = createServer({ maxHeaderSize: 64 * 1024 }, (req, res) => {
  stampClientAddress(req, proxyTrust);
  // What Next.js would answer with a 500 (its router headers, which proxy.ts cannot see): a 400.
  const refusal = refuseBeforeNext(req);
  if (refusal) return writeRefusal(res, refusal, https);
  stripRenderId(req);
  lightFirst.handle(req, res, (r0, s0) =>
    pages.handle(r0, s0, (r, s) =>
      searches.handle(r, s, (r2, s2) => renders.handle(r2, s2, (r3, s3) => void handle(r3, s3))),
    ),
  );
});
server.listen(port, host, () => {
  console.log(`> Expertise Atlas listening on http://${host ?? "0.0.0.0"}:${port} (process ${process.pid})`);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}

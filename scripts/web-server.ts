// One production web server process: Next.js's request handler behind Node's own HTTP server, so
// that the server, not the client, decides what the client's address is (lib/http/client-address).
// Run by `npm start` (scripts/start.ts) and by the end-to-end server (scripts/serve-e2e.ts), with
// NODE_ENV=production and without the react-server condition (Next.js loads React itself).
import { createServer } from "node:http";
import next from "next";
import { env } from "@/lib/env";
import { stampClientAddress } from "@/lib/http/client-address";
import { refuseBeforeNext, writeRefusal } from "@/lib/http/request-guard";

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST || undefined; // unset: every interface, as `next start` does
const https = (process.env.APP_URL ?? "").startsWith("https:");
const { TRUSTED_PROXIES: proxyTrust } = env(); // fails fast on a malformed TRUSTED_PROXIES

const app = next({ dev: false, dir: process.cwd(), hostname: host ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

// 64 KiB of headers: a pasted problem of 5,000 characters in any script fits in a search URL.
const server = createServer({ maxHeaderSize: 64 * 1024 }, (req, res) => {
  stampClientAddress(req, proxyTrust);
  // What Next.js would answer with a 500 (its router headers, which proxy.ts cannot see): a 400.
  const refusal = refuseBeforeNext(req);
  if (refusal) return writeRefusal(res, refusal, https);
  void handle(req, res);
});
server.listen(port, host, () => {
  console.log(`> Expertise Atlas listening on http://${host ?? "0.0.0.0"}:${port}`);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}

// npm run bench:memory — does the server's memory come back down after load? Starts the production
// build on a fresh demo database, samples RSS and heap (after a forced GC) when idle, after each
// load round (autocannon: pages, search with ever-new queries, the JSON APIs) and after idling.
// Prints the figures; a heap that keeps rising round after round means something grows per request.
//   --rounds=N (default 3)  --seconds=S per round (default 20)  --connections=C (default 8)
//   --port=P (default 3169)  --no-build (measure the existing build even when it is stale)
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { buildIfStale } from "./build-if-stale";

const arg = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
const rounds = arg("rounds", 3);
const seconds = arg("seconds", 20);
const connections = arg("connections", 8);
const port = arg("port", 3169);
const base = `http://127.0.0.1:${port}`;

const dir = mkdtempSync(join(tmpdir(), "atlas-bench-memory-"));
const probeFile = join(dir, "probe.json");
process.env.DATABASE_PATH = join(dir, "bench.db");
process.env.SEED_DEMO = "1";
process.env.APP_URL = base;
if (!process.argv.includes("--no-build") && !buildIfStale()) process.exit(1);
const { prepareDatabase } = await import("./prepare-db");
await prepareDatabase();

// The production server as npm start runs it (scripts/web-server.ts), with the memory probe.
const server = spawn(
  process.execPath,
  [
    "--expose-gc",
    "--import",
    join(import.meta.dirname, "bench", "mem-probe.mjs"),
    "--import",
    "tsx",
    "scripts/web-server.ts",
  ],
  {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1", MEM_PROBE_FILE: probeFile },
  },
);
const stop = () => {
  server.kill("SIGTERM");
  rmSync(dir, { recursive: true, force: true });
};
process.on("SIGINT", () => (stop(), process.exit(130)));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function waitUp() {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      /* not yet */
    }
    await sleep(500);
  }
  throw new Error("the server did not start");
}

interface Sample {
  rss: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
}
async function sample(): Promise<Sample> {
  rmSync(probeFile, { force: true });
  server.kill("SIGUSR2");
  for (let i = 0; i < 100 && !existsSync(probeFile); i++) await sleep(100);
  await sleep(100);
  return JSON.parse(readFileSync(probeFile, "utf8")) as Sample;
}
const mb = (n: number) => (n / 1024 / 1024).toFixed(0).padStart(5);
const rows: string[] = [];
const record = (label: string, s: Sample) =>
  rows.push(`${label.padEnd(24)} rss ${mb(s.rss)} MB   heap ${mb(s.heapUsed)} MB   external ${mb(s.external)} MB`);

let n = 0;
const WORDS = [
  "water",
  "battery",
  "soil",
  "sensor",
  "protein",
  "corrosion",
  "logistics",
  "vision",
  "polymer",
  "coastal",
];
/** Every request a new query string: caches keyed by query would grow without end. */
function nextPath(): string {
  n++;
  const w = `${WORDS[n % WORDS.length]} q${n.toString(36)}`;
  switch (n % 9) {
    case 6: {
      // A pasted problem: hundreds of words, most never seen before (caches keyed by word or query).
      const words = Array.from(
        { length: 300 },
        (_, i) => `${WORDS[(n + i) % WORDS.length]}${((n * 31 + i) % 9973).toString(36)}`,
      );
      return `/search?q=${encodeURIComponent(words.join(" "))}`;
    }
    case 7:
      return `/teams/%ff${n}?done=constructor&x${n}=${n}`;
    case 8:
      return `/search?q=${encodeURIComponent(w)}&country=${n % 2 ? "GB" : "ZZ"}&page=${n % 7}`;
    case 0:
      return `/search?q=${encodeURIComponent(w)}`;
    case 1:
      return `/api/search/suggest?q=${encodeURIComponent(w.slice(0, 6 + (n % 5)))}`;
    case 2:
      return `/api/v1/teams?q=${encodeURIComponent(w)}`;
    case 3:
      return `/teams?page=${1 + (n % 5)}`;
    case 4:
      return `/api/institutions?q=${encodeURIComponent(w)}`;
    default:
      return n % 2 ? "/" : `/no-such-page-${n}`;
  }
}

try {
  await waitUp();
  await fetch(`${base}/`); // first render loads the route code
  record("idle after start", await sample());
  for (let r = 1; r <= rounds; r++) {
    const result = await autocannon({
      url: base,
      connections,
      duration: seconds,
      requests: [{ setupRequest: (req) => ({ ...req, path: nextPath() }) }],
    });
    const s = await sample();
    record(`after round ${r}`, s);
    rows[rows.length - 1] +=
      `   (${result.requests.total} requests, ${result.non2xx} non-2xx, p99 ${result.latency.p99} ms)`;
  }
  await sleep(30_000);
  record("idle 30 s later", await sample());
  console.log(rows.join("\n"));
} finally {
  stop();
}

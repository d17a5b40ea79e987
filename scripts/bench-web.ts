// npm run bench:web -- [--teams N] [--duration 10] [--connections 50] [--port 3180] [--mixed-only] [--gzip] [--json]
//
// Starts the production build the way `npm start` does (scripts/start.ts) on a fresh temporary
// database (the demo data, plus N synthetic published teams with --teams), then loads it with
// autocannon in-process and prints, per route, requests/s, p50/p95/p99 and errors; the ratios to
// /api/health and of the search page to the JSON API; and the p95 of a health check and of a small
// write (shortlist add/remove as the demo firm) while 50 clients search. With --teams N it also starts
// a second server on the demo data alone and compares the home page and browse at both sizes, in
// alternating rounds (the issue: a large register must not make them slower). Figures, never assertions.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { buildIsCurrent } from "./build-if-stale";
import { formatFigures, runLoad, type LoadFigures, type LoadRequest } from "./bench/web-load";
import { insertSyntheticTeams } from "./bench/web-register";
import { prepareDatabase } from "./prepare-db";

interface Options {
  teams: number;
  durationSec: number;
  connections: number;
  port: number;
  json: boolean;
  /** Only the health check and the small write under search load. */
  mixedOnly: boolean;
  /** Ask for compressed responses, as browsers do (default: not, as in the earlier figures). */
  gzip: boolean;
}

const USAGE =
  "npm run bench:web -- [--teams N] [--duration SECONDS] [--connections 50] [--port 3180] [--mixed-only] [--gzip] [--json]";

function parseOptions(argv: string[]): Options {
  const o: Options = {
    teams: 0,
    durationSec: 10,
    connections: 50,
    port: 3180,
    json: false,
    mixedOnly: false,
    gzip: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const num = () => {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 0) throw new Error(`${a} needs a whole number\n${USAGE}`);
      return v;
    };
    if (a === "--teams") o.teams = num();
    else if (a === "--duration") o.durationSec = Math.max(1, num());
    else if (a === "--connections") o.connections = Math.max(1, num());
    else if (a === "--port") o.port = num();
    else if (a === "--json") o.json = true;
    else if (a === "--mixed-only") o.mixedOnly = true;
    else if (a === "--gzip") o.gzip = true;
    else throw new Error(`Unknown option ${a}\n${USAGE}`);
  }
  return o;
}

const log = (m: string) => console.error(`[bench:web] ${m}`);

async function waitForHealth(origin: string, server: ChildProcess, timeoutMs = 300_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode}) before it was ready`);
    try {
      const r = await fetch(`${origin}/api/health`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("the server did not become healthy in time");
}

/** The action id Next.js gave an exported server action (from the build's manifest). */
function actionId(exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const id = Object.entries(manifest.node).find(([, v]) => v.exportedName === exportedName)?.[0];
  if (!id) throw new Error(`server action ${exportedName} not found in the build`);
  return id;
}

/** A server action call as React's client encodes (prevState, formData). */
function actionRequest(
  pagePath: string,
  id: string,
  fields: Record<string, string | (() => string)>,
  cookie: string,
  origin: string,
) {
  const boundary = "----benchweb" + randomBytes(8).toString("hex");
  const body = () =>
    [
      ...Object.entries(fields).map(([k, v]) => [`_1_${k}`, typeof v === "function" ? v() : v] as const),
      ["0", '["$undefined","$K1"]'] as const,
    ]
      .map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
      .join("") + `--${boundary}--\r\n`;
  return {
    method: "POST" as const,
    path: pagePath,
    headers: {
      "content-type": `multipart/form-data; boundary=${boundary}`,
      accept: "text/x-component",
      "next-action": id,
      ...(cookie ? { cookie } : {}),
      origin,
    },
    body,
  };
}

/** Signs in through the sign-in form's server action (the auth library's JSON endpoint is off). */
async function signIn(origin: string, email: string, password: string): Promise<string> {
  const form = actionRequest("/sign-in", actionId("signInAction"), { email, password, next: "" }, "", origin);
  const r = await fetch(`${origin}${form.path}`, {
    method: "POST",
    headers: form.headers,
    body: form.body(),
    redirect: "manual",
  });
  const cookies = r.headers.getSetCookie().map((c) => c.split(";")[0]);
  if (cookies.length === 0)
    throw new Error(`sign-in as ${email} failed: ${r.status} ${(await r.text()).slice(0, 300)}`);
  return cookies.join("; ");
}

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");

/** Paths of searches that differ on every call: two words from a list, and a page of results. */
function neverSeenSearch(): () => string {
  const words = (
    "water soil energy battery coating sensor polymer robot crop vaccine membrane catalyst solar wind " +
    "concrete textile packaging drone imaging laser dairy forestry mining ocean plastic recycling steel " +
    "timber wastewater welding yeast"
  ).split(" ");
  let n = 0;
  return () => {
    const i = n++;
    const a = words[i % words.length]!;
    const b = words[Math.floor(i / words.length) % words.length]!;
    const page = 1 + Math.floor(i / (words.length * words.length));
    return `/search?q=${a}+${b}${page > 1 ? `&page=${page}` : ""}`;
  };
}

interface BenchServer {
  origin: string;
  stop: () => void;
  /** CPU time its processes have used so far, in ms (NaN where /proc cannot tell). */
  cpuMs: () => number;
}

/**
 * CPU time (user + system, ms) used so far by every process in a process group, from Linux's
 * /proc (clock ticks of 1/100 s); NaN elsewhere. The server is started detached, so its primary
 * and its workers form a group of their own.
 */
function groupCpuMs(pgid: number): number {
  let ticks = 0;
  let found = false;
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return Number.NaN;
  }
  for (const d of entries) {
    if (!/^\d+$/.test(d)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${d}/stat`, "utf8");
    } catch {
      continue; // gone meanwhile
    }
    // After "(comm) ": state, ppid, pgrp, …, utime (12th), stime (13th).
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(f[2]) !== pgid) continue;
    found = true;
    ticks += Number(f[11]) + Number(f[12]);
  }
  return found ? ticks * 10 : Number.NaN;
}

const servers: BenchServer[] = [];
process.on("SIGINT", () => {
  for (const s of servers) s.stop();
  process.exit(130);
});

/**
 * A fresh database: the demo data plus `teams` synthetic ones. With `demoCopy`, a copy of it with the
 * demo data alone is left there too.
 */
async function prepareBenchDatabase(dbPath: string, teams: number, demoCopy?: string): Promise<void> {
  process.env.DATABASE_PATH = dbPath;
  process.env.SEED_DEMO = "1";
  log(`fresh database ${dbPath}`);
  await prepareDatabase();
  const sqlite = new Database(dbPath);
  if (demoCopy) sqlite.prepare("VACUUM INTO ?").run(demoCopy);
  if (teams > 0) {
    const started = Date.now();
    const institutions = insertSyntheticTeams(sqlite, teams);
    log(`added ${teams} synthetic teams at ${institutions} institutions in ${Date.now() - started} ms`);
  }
  sqlite.close();
}

/** `npm start` on a prepared database, ready. */
async function startServer(dbPath: string, name: string, port: number): Promise<BenchServer> {
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn(path.join("node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/start.ts"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      APP_URL: origin,
      DATABASE_PATH: dbPath,
      AUTH_SECRET: randomBytes(32).toString("hex"),
      // One benchmark client signs in from one address; the limit is not what is measured.
      AUTH_RATE_LIMIT_SCALE: "1000",
      API_RATE_LIMIT_PER_MINUTE: "100000",
    },
    detached: true,
  });
  const s: BenchServer = {
    origin,
    stop: () => {
      if (server.exitCode === null && server.pid) process.kill(-server.pid, "SIGTERM");
    },
    cpuMs: () => (server.pid ? groupCpuMs(server.pid) : Number.NaN),
  };
  servers.push(s);
  await waitForHealth(origin, server);
  log(`server ready (${name}, ${origin})`);
  return s;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * The home page and browse with `teams` synthetic teams against the demo data alone: each route,
 * plain and compressed, in alternating rounds on the two servers (so that other load on the
 * machine falls on both alike), as the median requests/s of the rounds and their ratio, and the
 * servers' own CPU time per request (which other load on the machine disturbs far less).
 */
async function compareWithDemo(large: BenchServer, demo: BenchServer, opts: Options): Promise<string> {
  const rounds = 3;
  const seconds = Math.max(2, Math.round(opts.durationSec / 2));
  const rows: string[][] = [
    [
      "route",
      "encoding",
      "demo req/s",
      `+${opts.teams} req/s`,
      "ratio",
      "server CPU µs/req (demo/large)",
      "KB (demo/large)",
    ],
  ];
  for (const [route, p] of [
    ["/", "/"],
    ["/teams (browse)", "/teams"],
  ] as const) {
    for (const gzip of [false, true]) {
      const headers: Record<string, string> = gzip ? { "accept-encoding": "gzip, deflate, br" } : {};
      const rates = { demo: [] as number[], large: [] as number[] };
      const cpu = { demo: [] as number[], large: [] as number[] };
      const bytes = { demo: 0, large: 0 };
      log(`${route}${gzip ? " (gzip)" : ""}: demo data vs +${opts.teams} teams, ${rounds} rounds of ${seconds} s each`);
      for (let i = 0; i < rounds; i++) {
        // Alternate which goes first, too.
        const order = i % 2 === 0 ? (["demo", "large"] as const) : (["large", "demo"] as const);
        for (const which of order) {
          const server = which === "demo" ? demo : large;
          const cpuBefore = server.cpuMs();
          const f = await runLoad({
            origin: server.origin,
            connections: opts.connections,
            durationSec: seconds,
            requests: [{ path: p, headers }],
          });
          if (f.errors > 0) throw new Error(`${route} on the ${which} server: ${f.errors} errors`);
          rates[which].push(f.requestsPerSec);
          cpu[which].push(((server.cpuMs() - cpuBefore) * 1000) / Math.max(1, f.count));
          bytes[which] = f.bytes;
        }
      }
      const [d, l] = [median(rates.demo), median(rates.large)];
      rows.push([
        route,
        gzip ? "gzip" : "none",
        d.toFixed(0),
        l.toFixed(0),
        `${(l / d).toFixed(2)}×`,
        `${median(cpu.demo).toFixed(0)}/${median(cpu.large).toFixed(0)}`,
        `${(bytes.demo / 1024).toFixed(1)}/${(bytes.large / 1024).toFixed(1)}`,
      ]);
    }
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) => r.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  "))
    .join("\n");
}

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  if (!buildIsCurrent()) throw new Error("No current production build: run `npx next build` (or `npm start`) first.");
  const tmp = mkdtempSync(path.join(os.tmpdir(), "bench-web-"));
  try {
    const demoPath = path.join(tmp, "demo.db");
    await prepareBenchDatabase(path.join(tmp, "atlas.db"), opts.teams, opts.teams > 0 ? demoPath : undefined);
    const { origin } = await startServer(path.join(tmp, "atlas.db"), "atlas", opts.port);
    const query = "water+treatment";
    const api = (await (await fetch(`${origin}/api/v1/teams?q=${query}`)).json()) as {
      teams?: { slug: string }[];
      results?: { slug: string }[];
      hits?: { slug?: string; team?: { slug: string } }[];
    };
    const first = api.teams?.[0]?.slug ?? api.results?.[0]?.slug ?? api.hits?.[0]?.slug ?? api.hits?.[0]?.team?.slug;
    if (!first) throw new Error("the JSON API found no team for the benchmark query");
    const profile = `/teams/${first}`;
    const routes: [string, string][] = [
      ["/api/health", "/api/health"],
      ["/api/v1/teams?q=…", `/api/v1/teams?q=${query}`],
      ["/search?q=…", `/search?q=${query}`],
      ["/teams/<slug>", profile],
      ["/", "/"],
      ["/teams (browse)", "/teams"],
    ];
    const accept: Record<string, string> = opts.gzip ? { "accept-encoding": "gzip, deflate, br" } : {};
    const d = opts.durationSec;
    const c = opts.connections;
    // Warm every route (index load, first render of each page) before measuring.
    for (const [, p] of routes) await runLoad({ origin, connections: 4, durationSec: 2, requests: [{ path: p }] });
    const figures = new Map<string, LoadFigures>();
    for (const [name, p] of opts.mixedOnly ? [] : routes) {
      log(`${name}: ${c} connections for ${d} s`);
      figures.set(
        name,
        await runLoad({ origin, connections: c, durationSec: d, requests: [{ path: p, headers: accept }] }),
      );
    }

    // A small write while 50 clients search: shortlist add/remove as the demo firm.
    const cookie = await signIn(origin, "sme@demo.expertise-atlas.example", "demo-sme-password");
    // The profile's control (app/teams/[slug]/shortlist-control.tsx): a fresh idempotency key per
    // add, as each answer hands the form a new one, so every add is a real write.
    const write = (intent: "add" | "remove") =>
      actionRequest(
        profile,
        actionId("profileShortlistAction"),
        { teamSlug: first, intent, idempotencyKey: () => randomUUID() },
        cookie,
        origin,
      );
    const add = write("add");
    const remove = write("remove");
    const probe = await fetch(`${origin}${add.path}`, { method: "POST", headers: add.headers, body: add.body() });
    const probeText = await probe.text();
    if (!probe.ok || !/Added to your shortlist|already/i.test(probeText))
      throw new Error(`the shortlist write did not work: ${probe.status} ${probeText.slice(0, 300)}`);
    await fetch(`${origin}${remove.path}`, { method: "POST", headers: remove.headers, body: remove.body() });
    log(`health and shortlist writes while ${c} clients search, ${d} s`);
    const underLoad = (searchRequest: LoadRequest) =>
      Promise.all([
        runLoad({ origin, connections: c, durationSec: d, requests: [searchRequest] }),
        runLoad({ origin, connections: 1, durationSec: d, requests: [{ path: "/api/health" }] }),
        runLoad({ origin, connections: 1, durationSec: d, requests: [add, remove] as LoadRequest[] }),
      ]);
    const [searching, health, writes] = await underLoad({ path: `/search?q=${query}`, headers: accept });
    // The same with a search no one has made before on every request: each one a render.
    log(`health and shortlist writes while ${c} clients make searches never seen before, ${d} s`);
    const [searchingNew, healthNew, writesNew] = await underLoad({ path: neverSeenSearch(), headers: accept });
    const underNewSearches =
      `\nwhile ${c} clients make searches never seen before (every one rendered; ` +
      `${searchingNew.requestsPerSec.toFixed(0)} req/s, ${searchingNew.errors} errors):\n` +
      formatFigures([
        { route: "GET /api/health", f: healthNew },
        { route: "shortlist add/remove", f: writesNew },
      ]);

    if (opts.mixedOnly) {
      console.log(
        `\nwhile ${c} clients search (${searching.requestsPerSec.toFixed(0)} req/s, ${searching.errors} errors; ` +
          `load average ${loadAverage()}):\n` +
          formatFigures([
            { route: "GET /api/health", f: health },
            { route: "shortlist add/remove", f: writes },
          ]) +
          underNewSearches,
      );
      return;
    }
    const get = (k: string) => figures.get(k)!;
    const ratio = (a: LoadFigures, b: LoadFigures) => `${(a.requestsPerSec / b.requestsPerSec).toFixed(2)}×`;
    const h = get("/api/health");
    const rows = routes.map(([name]) => ({
      route: name,
      f: get(name),
      ratio: name === "/api/health" ? "1.00×" : ratio(get(name), h),
    }));
    console.log(
      `\nbench:web — ${opts.teams > 0 ? `demo data + ${opts.teams} teams` : "demo data"}, ${c} connections, ${d} s per route` +
        `${opts.gzip ? ", gzip accepted" : ""}; load average ${loadAverage()}\n`,
    );
    console.log(formatFigures(rows));
    console.log(
      `\nsearch page / JSON API (same query): ${ratio(get("/search?q=…"), get("/api/v1/teams?q=…"))}` +
        `\n\nwhile ${c} clients search (${searching.requestsPerSec.toFixed(0)} req/s, ${searching.errors} errors):\n` +
        formatFigures([
          { route: "GET /api/health", f: health },
          { route: "shortlist add/remove", f: writes },
        ]) +
        underNewSearches,
    );
    if (opts.teams > 0) {
      // Only now, so that its idle processes do not share the machine with the figures above.
      const demo = await startServer(demoPath, "demo data alone", opts.port + 1);
      // Warm it as the first server was (index load, first render of each page).
      for (const p of ["/", "/teams"])
        await runLoad({ origin: demo.origin, connections: 4, durationSec: 2, requests: [{ path: p }] });
      console.log(
        `\nhome and browse, demo data against demo data + ${opts.teams} teams ` +
          `(median of alternating rounds; load average ${loadAverage()}):\n` +
          (await compareWithDemo(servers[0]!, demo, opts)),
      );
    }
    if (opts.json)
      console.log(
        JSON.stringify({
          teams: opts.teams,
          routes: Object.fromEntries(figures),
          underSearch: { searching, health, writes },
          underNewSearches: { searching: searchingNew, health: healthNew, writes: writesNew },
        }),
      );
  } finally {
    for (const s of servers) s.stop();
    await new Promise((r) => setTimeout(r, 1000));
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(`Error: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});

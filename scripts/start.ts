// `npm start`: checks the configuration, builds when the sources are newer than the build,
// prepares the database once (migrate; seed demo data when empty) and, when there is none, the
// search index snapshot; then serves the production build on $PORT with one web server process per
// core (WEB_CONCURRENCY), as workers of Node's cluster: they share the port, a crashed worker is
// replaced, SIGINT/SIGTERM stop them cleanly.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import cluster, { type Worker } from "node:cluster";
import { availableParallelism } from "node:os";
import { env } from "@/lib/env";
import { searchSnapshotPath } from "@/lib/search/service";
import { buildIfStale } from "./build-if-stale";
import { runScript } from "./lib";
import { prepareDatabase } from "./prepare-db";
import { workerExecArgv } from "./web/cluster-args";

/** A worker that dies sooner than this after starting counts towards giving up. */
const EARLY_EXIT_MS = 10_000;
const MAX_EARLY_EXITS = 5;

await runScript(async () => {
  const { PORT, WEB_CONCURRENCY } = env(); // fail fast on bad configuration, before a long build
  if (!buildIfStale()) throw new Error("The build failed; see the messages above.");
  await prepareDatabase();
  // Without a snapshot every process would rebuild the index itself; with one, each loads it and
  // catches up through search_changes.
  const snapshot = searchSnapshotPath();
  if (snapshot && !existsSync(snapshot)) {
    const warm = spawnSync(process.execPath, [...process.execArgv, "scripts/search-warm.ts"], { stdio: "inherit" });
    if (warm.status !== 0) console.error("The search index was not prepared; each server process will build its own.");
  }
  const workers = WEB_CONCURRENCY ?? availableParallelism();
  cluster.setupPrimary({ exec: "scripts/web-server.ts", execArgv: workerExecArgv(process.execArgv) });
  const workerEnv = { NEXT_TELEMETRY_DISABLED: "1", ...process.env, PORT: String(PORT), NODE_ENV: "production" };
  const startedAt = new Map<Worker, number>();
  let stopping = false;
  let earlyExits = 0;
  const fork = () => startedAt.set(cluster.fork(workerEnv), Date.now());

  cluster.on("exit", (worker, code, signal) => {
    const lived = Date.now() - (startedAt.get(worker) ?? 0);
    startedAt.delete(worker);
    if (stopping) {
      if (startedAt.size === 0) process.exit(0);
      return;
    }
    console.error(`Web server process ${worker.process.pid} exited (${signal ?? code}); starting another.`);
    if (lived < EARLY_EXIT_MS && ++earlyExits >= MAX_EARLY_EXITS) {
      console.error(`Web server processes keep exiting at start; giving up.`);
      stopping = true;
      for (const w of startedAt.keys()) w.process.kill("SIGTERM");
      process.exitCode = 1;
      if (startedAt.size === 0) process.exit(1);
      return;
    }
    fork();
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      stopping = true;
      for (const w of startedAt.keys()) w.process.kill("SIGTERM");
      if (startedAt.size === 0) process.exit(0);
      setTimeout(() => process.exit(0), 8_000).unref();
    });
  }
  console.log(`Starting ${workers} web server process${workers === 1 ? "" : "es"} on port ${PORT}.`);
  for (let i = 0; i < workers; i++) fork();
});

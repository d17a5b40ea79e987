// Started by Playwright: a production server on a fresh temporary database with demo data.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildIfStale, NEXT_BIN } from "./build-if-stale";

const dir = mkdtempSync(join(tmpdir(), "atlas-e2e-"));
process.env.DATABASE_PATH = join(dir, "e2e.db");
process.env.SEED_DEMO = "1";
const port = process.env.PORT ?? "3100";
process.env.APP_URL = `http://127.0.0.1:${port}`;

if (!buildIfStale()) process.exit(1);
const { prepareDatabase } = await import("./prepare-db");
prepareDatabase();
console.log(`e2e database: ${process.env.DATABASE_PATH}`);

const server = spawn(NEXT_BIN, ["start", "-p", port, "-H", "127.0.0.1"], {
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: "production" },
});
const stop = () => {
  server.kill("SIGTERM");
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
server.on("exit", (code) => {
  rmSync(dir, { recursive: true, force: true });
  process.exit(code ?? 0);
});

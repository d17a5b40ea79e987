// Started by Playwright: a production server on a fresh database seeded with the demo data.
// DATABASE_PATH comes from playwright.config.ts; the file and its folder are removed on exit.
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { buildIfStale, WEB_SERVER_COMMAND } from "./build-if-stale";

const dbPath = process.env.DATABASE_PATH;
if (!dbPath) throw new Error("serve-e2e needs DATABASE_PATH (set by playwright.config.ts)");
const dir = dirname(dbPath);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
process.env.SEED_DEMO = "1";
// The suite signs the same demo accounts in from 127.0.0.1 dozens of times within the limits'
// 15-minute windows; the limits themselves are tested in tests/integration.
process.env.AUTH_RATE_LIMIT_SCALE ??= "20";
// Likewise the public API's per-address limit: every journey calls it from 127.0.0.1. The limit
// itself is tested in tests/integration/open-data-api.test.ts.
process.env.API_RATE_LIMIT_PER_MINUTE ??= "100000";
const port = process.env.PORT ?? "3100";
process.env.APP_URL = `http://127.0.0.1:${port}`;

if (!buildIfStale()) process.exit(1);
const { prepareDatabase } = await import("./prepare-db");
await prepareDatabase();

// A real SMTP server beside the database: the app sends through SMTP (as in production), and
// tests read what arrived from <dir>/mail (e2e/support/mail.ts). The outbox still records all.
const { startCaptureServer } = await import("./smtp-capture");
const smtp = await startCaptureServer({ dir: join(dir, "mail") });
process.env.SMTP_URL = smtp.url;
writeFileSync(join(dir, "smtp-url"), smtp.url);

const [cmd, ...args] = WEB_SERVER_COMMAND;
const server = spawn(cmd, args, {
  stdio: "inherit",
  env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env, PORT: port, HOST: "127.0.0.1", NODE_ENV: "production" },
});
const stop = () => server.kill("SIGTERM");
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
server.on("exit", (code) => {
  void smtp.close();
  rmSync(dir, { recursive: true, force: true });
  process.exit(code ?? 0);
});

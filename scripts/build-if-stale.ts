// Builds the production site when no build exists or the sources are newer than it.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const SOURCES = [
  "app",
  "components",
  "lib",
  "db",
  "package-lock.json",
  "next.config.js",
  "proxy.ts",
  "postcss.config.mjs",
  "tsconfig.json",
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newestMtime(join(path, name))), s.mtimeMs);
}

export function buildIsCurrent(): boolean {
  const stamp = join(".next", "BUILD_ID");
  return existsSync(stamp) && statSync(stamp).mtimeMs >= Math.max(...SOURCES.map(newestMtime));
}

export const NEXT_BIN = join("node_modules", ".bin", "next");

/** The production web server (scripts/web-server.ts), as a command and its arguments. */
export const WEB_SERVER_COMMAND = [join("node_modules", ".bin", "tsx"), "scripts/web-server.ts"] as const;

/** Returns false when the build failed (its messages have been printed). */
export function buildIfStale(): boolean {
  if (buildIsCurrent()) return true;
  console.log("Building the site (no current build)…");
  const r = spawnSync(NEXT_BIN, ["build"], {
    stdio: "inherit",
    env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env, NODE_ENV: "production" },
  });
  return r.status === 0;
}

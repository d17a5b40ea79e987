// npm test — everything CI runs, ending with one plain line "N passed, N failed, N skipped".
// Lint, typecheck and build count as one check each; Vitest and Playwright are totalled from
// their JSON reports.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { NEXT_BIN } from "./build-if-stale";

const REPORTS = "reports";
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const lines: string[] = [];

function run(cmd: string, args: string[], extraEnv: Record<string, string> = {}): boolean {
  console.log(`\n▶ ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, {
    stdio: "inherit",
    env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env, ...extraEnv },
  });
  return r.status === 0;
}

function check(name: string, ok: boolean) {
  if (ok) total.passed++;
  else total.failed++;
  lines.push(`${name}: ${ok ? "ok" : "FAILED"}`);
}

function add(name: string, t: Tally | null, exitOk: boolean) {
  if (!t) {
    total.failed++;
    lines.push(`${name}: no report (the runner did not finish)`);
    return;
  }
  // A runner that failed outside any test (a crash, a broken config) still counts as a failure.
  if (!exitOk && t.failed === 0) t.failed = 1;
  total.passed += t.passed;
  total.failed += t.failed;
  total.skipped += t.skipped;
  lines.push(`${name}: ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`);
}

function readJson(path: string): unknown {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : null;
  } catch {
    return null;
  }
}

const bin = (name: string) => join("node_modules", ".bin", name);

check("lint", run(bin("eslint"), ["--max-warnings=0", "."]));
check("formatting (prettier)", run(bin("prettier"), ["--check", "."]));
check("typecheck", run(bin("tsc"), ["--noEmit"]));

const vitestOk = run(bin("vitest"), [
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${REPORTS}/vitest.json`,
]);
const v = readJson(`${REPORTS}/vitest.json`) as {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
} | null;
add(
  "unit and integration (vitest)",
  v && { passed: v.numPassedTests, failed: v.numFailedTests, skipped: v.numPendingTests + v.numTodoTests },
  vitestOk,
);

const buildOk = run(NEXT_BIN, ["build"], { NODE_ENV: "production" });
check("production build", buildOk);

if (buildOk) {
  const e2eOk = run(bin("playwright"), ["test"], { PLAYWRIGHT_JSON_OUTPUT_NAME: `${REPORTS}/playwright.json` });
  const p = readJson(`${REPORTS}/playwright.json`) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  } | null;
  add(
    "end-to-end (playwright)",
    p && { passed: p.stats.expected + p.stats.flaky, failed: p.stats.unexpected, skipped: p.stats.skipped },
    e2eOk,
  );
} else {
  total.failed++;
  lines.push("end-to-end (playwright): not run, the build failed");
}

console.log(`\n${lines.join("\n")}`);
const summary = `${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`;
console.log(summary);
process.exit(total.failed > 0 || total.passed === 0 ? 1 : 0);

// A next/link to a route handler (an API, a download) is prefetched and navigated as if it were a
// page: its `_rsc` prefetch of /api/health answered 307 to itself forever. Route handlers get plain
// <a> links; this keeps it so.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";

const root = process.cwd();

function files(dir: string, match: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" ? [] : files(p, match);
    return match(e.name) ? [p] : [];
  });
}

/** Route handler paths as URL patterns: /api/v1/teams, /curate/import/[id]/status → a regex. */
function routeHandlerPatterns(): RegExp[] {
  return files(join(root, "app"), (n) => /^route\.(ts|tsx|js)$/.test(n)).map((f) => {
    const route = relative(join(root, "app"), f).split(sep).slice(0, -1);
    const segments = route
      .filter((s) => !/^\(.*\)$/.test(s))
      .map((s) => (/^\[.*\]$/.test(s) ? "[^/\"'`?#]+" : s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
    return new RegExp(`^/${segments.join("/")}(?:[?#].*)?$`);
  });
}

describe("links to route handlers", () => {
  it("finds the route handlers", () => {
    expect(routeHandlerPatterns().some((p) => p.test("/api/health"))).toBe(true);
  });

  it("no <Link> points at a route handler", () => {
    const patterns = routeHandlerPatterns();
    const offenders: string[] = [];
    for (const f of [
      ...files(join(root, "app"), (n) => n.endsWith(".tsx")),
      ...files(join(root, "components"), (n) => n.endsWith(".tsx")),
    ]) {
      const text = readFileSync(f, "utf8");
      for (const m of text.matchAll(/<Link\b[^>]*?\bhref=\{?\s*["'`]([^"'`$]+)["'`]/g)) {
        const href = m[1]!;
        if (patterns.some((p) => p.test(href))) offenders.push(`${relative(root, f)}: ${href}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { resolveAuthSecret } from "./secret";

const dirs: string[] = [];
const tempDb = () => {
  const dir = mkdtempSync(join(tmpdir(), "atlas-secret-"));
  dirs.push(dir);
  return join(dir, "atlas.db");
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("resolveAuthSecret", () => {
  it("uses AUTH_SECRET when it is set", () => {
    expect(
      resolveAuthSecret({
        authSecret: "s".repeat(40),
        nodeEnv: "production",
        appUrl: "https://atlas.example",
        databasePath: tempDb(),
      }),
    ).toBe("s".repeat(40));
  });

  it("refuses to run a public production site without AUTH_SECRET", () => {
    expect(() =>
      resolveAuthSecret({ nodeEnv: "production", appUrl: "https://atlas.example", databasePath: tempDb() }),
    ).toThrow(/AUTH_SECRET must be set/);
  });

  it("otherwise generates one once, keeps it beside the database (owner-only), and reuses it", () => {
    const db = tempDb();
    const first = resolveAuthSecret({ nodeEnv: "production", appUrl: "http://127.0.0.1:3100", databasePath: db });
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(`${db}.auth-secret`, "utf8").trim()).toBe(first);
    expect(statSync(`${db}.auth-secret`).mode & 0o777).toBe(0o600);
    expect(resolveAuthSecret({ nodeEnv: "development", appUrl: "http://localhost:3000", databasePath: db })).toBe(
      first,
    );
    expect(
      resolveAuthSecret({ nodeEnv: "development", appUrl: "http://localhost:3000", databasePath: tempDb() }),
    ).not.toBe(first);
  });
});

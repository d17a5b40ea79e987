// The operator's commands, run as a person would run them: separate processes on a real file.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rorRecord } from "@/tests/support/ror-fixtures";

const run = promisify(execFile);
const TSX = join(process.cwd(), "node_modules", ".bin", "tsx");
let dir: string;
let dbPath: string;

async function script(name: string, args: string[] = [], env: Record<string, string> = {}) {
  try {
    const r = await run(TSX, ["--conditions=react-server", `scripts/${name}.ts`, ...args], {
      env: { ...process.env, DATABASE_PATH: dbPath, ...env },
      timeout: 120_000,
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "atlas-cli-"));
  dbPath = join(dir, "atlas.db");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("command-line scripts", () => {
  it("migrates and seeds idempotently", async () => {
    expect((await script("db-migrate")).code).toBe(0);
    const first = await script("db-seed");
    expect(first.stdout).toMatch(/Demo data: \d+ institutions, 1[5-9]\d teams added, 0 already present/);
    const second = await script("db-seed");
    expect(second.stdout).toMatch(/0 teams added, 1[5-9]\d already present/);
  });

  it("imports a ROR file with a summary, and reports a missing file plainly", async () => {
    const file = join(dir, "ror.json");
    writeFileSync(file, JSON.stringify([rorRecord(), { id: "x" }]));
    const r = await script("import-ror", [file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Read 2 records .*: [01] inserted, [01] updated, \d unchanged, 1 skipped/);
    const missing = await script("import-ror", [join(dir, "nope.json")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("No such file");
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });

  it("imports listings from CSV with a dry run first, reporting bad rows by number and column", async () => {
    const db = new Database(dbPath, { readonly: true });
    const institution = (db.prepare("select slug from institutions order by id limit 1").get() as { slug: string })
      .slug;
    db.close();
    const file = join(dir, "teams.csv");
    const good = `,${institution},Cryogenic Milling Lab,"We mill heat-sensitive materials at low temperature for food and pharma firms.",cryogenic milling,2.4,specialist-advice,en,now,mill@uni.example`;
    const bad = `,${institution},Bad Row Lab,Too short,x,9.9,specialist-advice,en,now,not-an-address`;
    writeFileSync(
      file,
      `slug,institution,name,summary,keywords,fields,knowledge_types,languages,availability,contact_email\n${good}\n${bad}\n`,
    );
    const dry = await script("import-teams", [file, "--dry-run"]);
    expect(dry.code).toBe(3);
    expect(dry.stdout).toMatch(
      /Dry run \(nothing written\): 2 rows in .* 1 to create, 0 to update, 0 unchanged, 1 with errors/,
    );
    expect(dry.stdout).toMatch(/row 3, contact_email: Enter an e-mail address/);
    expect(dry.stdout).toMatch(/row 3, summary: Summary must be at least 30 characters/);
    const count = () => {
      const d = new Database(dbPath, { readonly: true });
      try {
        return d.prepare("select status from teams where name = 'Cryogenic Milling Lab'").all() as { status: string }[];
      } finally {
        d.close();
      }
    };
    expect(count()).toEqual([]);
    const real = await script("import-teams", [file, "--status=pending"]);
    expect(real.stdout).toMatch(/Imported: 2 rows .* 1 created/);
    expect(count()).toEqual([{ status: "pending" }]);
    writeFileSync(file, "name,summary\nx,y\n");
    const malformed = await script("import-teams", [file]);
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toContain("Missing required columns: slug, institution.");
    expect((await script("import-teams", [file, "--status=live"])).code).toBe(2);
  });

  it("backs up a live database to a file that restores with the same data", async () => {
    const target = join(dir, "backup.db");
    const r = await script("db-backup", [target]);
    expect(r.code, r.stderr).toBe(0);
    const original = new Database(dbPath, { readonly: true });
    const copy = new Database(target, { readonly: true });
    try {
      for (const table of ["institutions", "teams", "case_studies", "team_engagement_modes"]) {
        const q = `select count(*) as n, total(length(quote(${table}.rowid))) as h from ${table}`;
        expect(copy.prepare(q).get(), table).toEqual(original.prepare(q).get());
      }
      expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    } finally {
      original.close();
      copy.close();
    }
    const again = await script("db-backup", [target]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("Refusing to overwrite");
  });

  it("fails fast on bad configuration with a message naming the variable", async () => {
    const r = await script("db-migrate", [], { PORT: "eighty" });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("PORT");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

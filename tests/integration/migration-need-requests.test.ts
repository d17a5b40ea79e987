// Making introduction_requests.team_id nullable rebuilds the table (drizzle-kit copies it, drops
// the old one and renames). On a database with requests, their timelines, messages and
// suggestions must survive: with foreign keys on, the drop would cascade-delete them.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { MIGRATIONS_FOLDER, migrateDatabase } from "@/db/migrate";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** The committed migrations up to (not including) the first whose tag starts with `stopAt`. */
function migrationsBefore(stopAt: string): string {
  const dir = mkdtempSync(join(tmpdir(), "atlas-migrations-"));
  dirs.push(dir);
  cpSync(MIGRATIONS_FOLDER, dir, { recursive: true });
  const journalPath = join(dir, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: { tag: string }[] };
  const cut = journal.entries.findIndex((e) => e.tag.startsWith(stopAt));
  expect(cut).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, cut);
  writeFileSync(journalPath, JSON.stringify(journal));
  return dir;
}

describe("the need-requests migrations", () => {
  it("keep every request and its timeline, messages and suggestions", () => {
    const dir = mkdtempSync(join(tmpdir(), "atlas-test-"));
    dirs.push(dir);
    const db = openDatabase(join(dir, "old.db"));
    migrateDatabase(db, migrationsBefore("0006_need_request_columns"));
    db.$client.exec(`
      insert into institutions (id, slug, name, country_code) values (1, 'oxford', 'Oxford', 'GB');
      insert into teams (id, slug, institution_id, name, summary, contact_email, status)
        values (1, 'a-team', 1, 'A team', 'S', 'a@b.example', 'published'), (2, 'b-team', 1, 'B team', 'S', 'b@b.example', 'published');
      insert into users (id, name, email, role) values ('u1', 'Firm', 'f@firm.example', 'sme');
      insert into introduction_requests (id, team_id, sme_user_id, company_name, company_size, country_code, need, idempotency_key, submitted_at)
        values (1, 1, 'u1', 'Firm Ltd', 'micro', 'GB', 'A need', 'k1', 1);
      insert into request_events (request_id, status) values (1, 'submitted'), (1, 'forwarded');
      insert into request_messages (request_id, author_role, body) values (1, 'sme', 'Hello');
      insert into request_suggestions (request_id, team_id, party) values (1, 2, 'broker');
    `);
    migrateDatabase(db);
    const one = (q: string) => db.$client.prepare(q).get() as Record<string, unknown>;
    expect(one("select kind, team_id, contact_email from introduction_requests where id = 1")).toEqual({
      kind: "team",
      team_id: 1,
      contact_email: null,
    });
    expect(one("select count(*) as n from request_events")).toEqual({ n: 2 });
    expect(one("select count(*) as n from request_messages")).toEqual({ n: 1 });
    expect(one("select count(*) as n from request_suggestions")).toEqual({ n: 1 });
    expect(db.$client.pragma("foreign_keys", { simple: true })).toBe(1);
    // The new rule: a need has no team, a team request has one.
    const insert = (kind: string, team: string) =>
      db.$client.exec(
        `insert into introduction_requests (kind, team_id, company_name, company_size, country_code, need, idempotency_key, submitted_at) values ('${kind}', ${team}, 'F', 'micro', 'GB', 'n', 'k-${kind}-${team}', 1)`,
      );
    expect(() => insert("need", "null")).not.toThrow();
    expect(() => insert("need", "1")).toThrow(/CHECK/);
    expect(() => insert("team", "null")).toThrow(/CHECK/);
    db.$client.close();
  });
});

// Constraints live in the schema, not only in code: raw inserts that break them must fail.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../support/db";

let t: TestDb;
beforeEach(() => {
  t = createTestDb();
  t.db.$client.exec(
    `insert into institutions (id, slug, name, country_code, ror_id) values (1, 'oxford', 'Oxford', 'GB', 'https://ror.org/052gg0110')`,
  );
});
afterEach(() => t.close());

const team = (slug: string, extra = "") =>
  `insert into teams (slug, institution_id, name, summary, contact_email${extra ? ", " + extra.split("=")[0] : ""}) values ('${slug}', 1, 'T', 'S', 'a@b.example'${extra ? ", " + extra.split("=")[1] : ""})`;

describe("schema constraints", () => {
  it("has WAL, foreign keys and a busy timeout on every connection", () => {
    expect(t.db.$client.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(t.db.$client.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(t.db.$client.pragma("busy_timeout", { simple: true })).toBe(5000);
  });
  it("rejects duplicate team slugs", () => {
    t.db.$client.exec(team("a"));
    expect(() => t.db.$client.exec(team("a"))).toThrow(/UNIQUE/);
  });
  it("rejects malformed slugs", () => {
    expect(() => t.db.$client.exec(team("Bad Slug"))).toThrow(/CHECK/);
  });
  it("rejects unknown statuses and availability", () => {
    expect(() => t.db.$client.exec(team("b", "status='live'"))).toThrow(/CHECK/);
    expect(() => t.db.$client.exec(team("c", "availability='always'"))).toThrow(/CHECK/);
  });
  it("rejects teams of unknown institutions", () => {
    expect(() =>
      t.db.$client.exec(
        `insert into teams (slug, institution_id, name, summary, contact_email) values ('x', 99, 'T', 'S', 'e')`,
      ),
    ).toThrow(/FOREIGN KEY/);
  });
  it("rejects duplicate ROR ids and bad country codes", () => {
    expect(() =>
      t.db.$client.exec(
        `insert into institutions (slug, name, country_code, ror_id) values ('o2', 'O', 'GB', 'https://ror.org/052gg0110')`,
      ),
    ).toThrow(/UNIQUE/);
    expect(() =>
      t.db.$client.exec(`insert into institutions (slug, name, country_code) values ('o3', 'O', 'gb')`),
    ).toThrow(/CHECK/);
  });
  it("rejects unknown engagement modes and cost bands", () => {
    t.db.$client.exec(team("d"));
    expect(() =>
      t.db.$client.exec(
        `insert into team_engagement_modes (team_id, mode, cost_band, duration) values (1, 'bribery', 'free', 'days')`,
      ),
    ).toThrow(/CHECK/);
  });
  it("feeds the search outbox from every team write", () => {
    t.db.$client.exec(team("e"));
    t.db.$client.exec(`update teams set name = 'T2' where slug = 'e'`);
    t.db.$client.exec(`update institutions set name = 'Oxford 2' where id = 1`);
    const rows = t.db.$client.prepare(`select team_id from search_changes order by id`).all();
    expect(rows).toHaveLength(3);
  });
});

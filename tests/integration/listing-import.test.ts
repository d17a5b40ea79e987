// Bulk export and import on the seeded demo register: the round trip changes nothing, edited
// cells change exactly their listings, bad rows are reported by row and column and cost the
// others nothing, and a dry run writes nothing at all.
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { count, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, importRuns, searchChanges, teams } from "@/db/schema";
import { importListingRows, runImportJob, summarise } from "@/lib/curation/import-listings";
import { listingsToCsv, listingsToJson } from "@/lib/curation/listing-csv";
import { parseListingCsv } from "@/lib/curation/listing-csv-import";
import { createCommitRun, createImportRun, forgetOldImportFiles, getImportRun } from "@/lib/dal/curation/import-runs";
import { exportListings } from "@/lib/dal/curation/team-export";
import { importListingRow } from "@/lib/dal/curation/team-import";
import { loadTeamBundle } from "@/lib/dal/teams/internal/team-data";
import { seedDemoData } from "@/lib/dal/seed/seed";
import { AppError } from "@/lib/errors";
import { ANONYMOUS, type Viewer } from "@/lib/viewer";
import { createTestDb, type TestDb } from "../support/db";
import { makeMember, makeUser } from "../support/listing-fixtures";

let t: TestDb;
let curator: Viewer;
let exported: string;
const teamCount = () => t.db.select({ n: count() }).from(teams).get()!.n;
const bytes = (s: string) => new TextEncoder().encode(s);
type Rec = Record<string, string>;

function rowsOf(csv: string) {
  const parsed = parseListingCsv(bytes(csv));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.rows;
}
const records = (csv: string): Rec[] => parse(csv, { columns: true });
const toCsv = (recs: Rec[]) => stringify(recs, { header: true, columns: Object.keys(recs[0]!) });

beforeAll(() => {
  t = createTestDb();
  seedDemoData(t.systemCtx());
  curator = makeUser(t.db, "curator", "curator@broker.example").viewer;
  exported = listingsToCsv(exportListings(t.ctx(curator), {}, "staff"), true);
});
afterAll(() => t.close());

describe("export", () => {
  it("writes every listing, one row each, with contacts for staff", () => {
    const recs = records(exported);
    expect(recs).toHaveLength(teamCount());
    expect(recs[0]!.contact_email).toMatch(/@/);
    expect(recs.some((r) => /^[a-z-]+:[a-z0-9-]+:[a-z-]+(;|$)/.test(r.engagement_modes!))).toBe(true);
  });

  it("filters by status, institution and country, and JSON carries case studies", () => {
    const gb = exportListings(t.ctx(curator), { country: "GB" }, "staff");
    expect(gb.length).toBeGreaterThan(0);
    expect(gb.every((l) => l.institution.countryCode === "GB")).toBe(true);
    const one = exportListings(t.ctx(curator), { institution: gb[0]!.institution.slug }, "staff");
    expect(one.every((l) => l.institution.slug === gb[0]!.institution.slug)).toBe(true);
    expect(exportListings(t.ctx(curator), { status: "draft" }, "staff")).toEqual([]);
    const json = JSON.parse(listingsToJson(gb, new Date()));
    expect(json.teams.some((x: { caseStudies: unknown[] }) => x.caseStudies.length > 0)).toBe(true);
  });

  it("is staff-only in full; the public export has published listings and no contacts", () => {
    const member = makeMember(t.db, 1, "member@export.ac.uk").viewer;
    for (const v of [ANONYMOUS, member]) expect(() => exportListings(t.ctx(v), {}, "staff")).toThrow(AppError);
    t.db.update(teams).set({ status: "draft" }).where(eq(teams.id, 1)).run();
    const pub = exportListings(t.ctx(ANONYMOUS), {}, "public");
    expect(pub).toHaveLength(teamCount() - 1);
    expect(pub.some((l) => "contactEmail" in l)).toBe(false);
    expect(listingsToCsv(pub, false)).not.toMatch(/@[a-z0-9.-]+\.example/);
    t.db.update(teams).set({ status: "published" }).where(eq(teams.id, 1)).run();
  });
});

describe("import", () => {
  const edited = () => {
    const recs = records(exported);
    recs[2]!.summary = `${recs[2]!.summary} Now also for food firms.`;
    recs[4]!.keywords = `${recs[4]!.keywords};zorblaxite`;
    const template = recs[0]!;
    const fresh: Rec = {
      ...template,
      slug: "",
      name: "Cryogenic Grinding Lab",
      version: "",
      keywords: "cryogenic grinding",
      case_studies: "",
    };
    recs[6] = { ...recs[6]!, contact_email: "not an address", fields: "9.99" };
    const repeated: Rec = { ...recs[2]! };
    const unknownInstitution: Rec = {
      ...fresh,
      name: "Nowhere Lab",
      institution: "no-such-university",
      institution_ror: "",
    };
    return {
      recs: [...recs, fresh, repeated, unknownInstitution],
      n: recs.length,
      names: { edited: [recs[2]!.slug, recs[4]!.slug], bad: recs[6]!.slug },
    };
  };

  it("round trip: importing the export changes nothing", async () => {
    const report = await importListingRows(t.ctx(curator), rowsOf(exported), { dryRun: false, targetStatus: "draft" });
    expect(summarise(report)).toEqual({ created: 0, updated: 0, unchanged: teamCount(), errors: 0 });
  });

  it("dry run: reports exactly the edited, new and bad rows by number and column, and writes nothing", async () => {
    const { recs, n, names } = edited();
    const changesBefore = t.db.select({ n: count() }).from(searchChanges).get()!.n;
    const before = teamCount();
    const progress: number[] = [];
    const report = await importListingRows(
      t.ctx(curator),
      rowsOf(toCsv(recs)),
      { dryRun: true, targetStatus: "pending" },
      (p) => progress.push(p.done),
      40,
    );
    expect(summarise(report)).toEqual({ created: 1, updated: 2, unchanged: n - 3, errors: 3 });
    expect(report.filter((r) => r.outcome === "updated").map((r) => r.slug)).toEqual(names.edited);
    expect(report.find((r) => r.outcome === "created")).toMatchObject({ row: n + 2, slug: "cryogenic-grinding-lab" });
    const errors = report.filter((r) => r.outcome === "error");
    expect(errors.map((e) => e.row)).toEqual([8, n + 3, n + 4]);
    expect(errors[0]!.slug).toBe(names.bad);
    expect(errors[0]!.problems.map((p) => p.column).sort()).toEqual(["contact_email", "fields"]);
    expect(errors[1]!.problems).toEqual([
      { column: "slug", message: "This listing is also on row 4; list each listing once." },
    ]);
    expect(errors[2]!.problems).toEqual([
      { column: "institution", message: "No institution has the slug “no-such-university”." },
    ]);
    expect(progress.at(-1)).toBe(report.length);
    expect(progress.length).toBe(Math.ceil(report.length / 40));
    expect(teamCount()).toBe(before);
    expect(t.db.select({ n: count() }).from(searchChanges).get()!.n).toBe(changesBefore);
  });

  it("refuses spreadsheet formulas in imported cells, even behind the export's apostrophe", async () => {
    const recs = records(exported).slice(0, 3);
    recs[0]!.name = '=HYPERLINK("http://evil.example/phish","Click")';
    recs[1]!.name = '\'=HYPERLINK("http://evil.example")';
    recs[2]!.summary = "@SUM(1+1) and then a sentence that is long enough for a summary";
    const report = await importListingRows(t.ctx(curator), rowsOf(toCsv(recs)), {
      dryRun: true,
      targetStatus: "draft",
    });
    expect(report.map((r) => r.outcome)).toEqual(["error", "error", "error"]);
    expect(report[0]!.problems).toEqual([
      {
        column: "name",
        message: "Team name must not begin with =, +, - or @: spreadsheets would run it as a formula.",
      },
    ]);
    expect(report[1]!.problems.map((p) => p.column)).toEqual(["name"]);
    expect(report[2]!.problems).toEqual([
      { column: "summary", message: "Summary must not begin with = or @: spreadsheets would run it as a formula." },
    ]);
  });

  it("commit through a recorded run: the dry run's outcome, written row by row, audited and sent to search", async () => {
    const { recs, names } = edited();
    const csv = toCsv(recs);
    const dry = createImportRun(t.ctx(curator), {
      fileName: "edited.csv",
      csv,
      totalRows: recs.length,
      targetStatus: "pending",
    });
    await runImportJob(t.ctx(curator), dry);
    const dryView = getImportRun(t.ctx(curator), dry);
    expect(dryView).toMatchObject({
      status: "done",
      processedRows: recs.length,
      counts: { created: 1, updated: 2, errors: 3 },
    });
    expect(teamCount()).toBe(records(exported).length);

    const changesBefore = t.db.select({ n: count() }).from(searchChanges).get()!.n;
    const commit = createCommitRun(t.ctx(curator), dry);
    await runImportJob(t.ctx(curator), commit);
    const done = getImportRun(t.ctx(curator), commit);
    expect(done.counts).toEqual(dryView.counts);
    expect(done.report.map((r) => r.outcome)).toEqual(dryView.report.map((r) => r.outcome));
    expect(getImportRun(t.ctx(curator), dry).commitRunId).toBe(commit);

    expect(loadTeamBundle(t.db, { slug: names.edited[1]! })!.input.keywords).toContain("zorblaxite");
    const created = t.db.select().from(teams).where(like(teams.name, "Cryogenic Grinding Lab")).get()!;
    expect(created).toMatchObject({ status: "pending", slug: "cryogenic-grinding-lab" });
    const audit = t.db
      .select()
      .from(auditLog)
      .where(like(auditLog.action, "team.import.%"))
      .all()
      .map((a) => a.action)
      .sort();
    expect(audit).toEqual(["team.import.create", "team.import.update", "team.import.update"]);
    expect(t.db.select({ n: count() }).from(searchChanges).get()!.n).toBeGreaterThan(changesBefore);

    expect(() => createCommitRun(t.ctx(curator), dry)).toThrow(/already imported/);

    // A week on, the uploaded files (which hold contact e-mails) are dropped; reports stay.
    const later = new Date(Date.now() + 8 * 24 * 3600 * 1000);
    expect(forgetOldImportFiles(t.ctx(curator), later)).toBeGreaterThanOrEqual(2);
    expect(t.db.select().from(importRuns).where(eq(importRuns.id, dry)).get()!.csv).toBe("");
    expect(getImportRun(t.ctx(curator), commit).report).toHaveLength(recs.length);
  });

  it("records progress batch by batch while a run works, for the page's progress bar", async () => {
    const csv = exported;
    const total = rowsOf(csv).length;
    const id = createImportRun(t.ctx(curator), { fileName: "all.csv", csv, totalRows: total, targetStatus: "draft" });
    const job = runImportJob(t.ctx(curator), id);
    const seen: number[] = [];
    for (let i = 0; i < 10_000 && getImportRun(t.ctx(curator), id).status !== "done"; i++) {
      seen.push(getImportRun(t.ctx(curator), id).processedRows);
      await new Promise((r) => setImmediate(r));
    }
    await job;
    const between = [...new Set(seen)].filter((n) => n > 0 && n < total);
    expect(between.length).toBeGreaterThan(1);
    expect(between).toEqual([...between].sort((a, b) => a - b));
    expect(getImportRun(t.ctx(curator), id)).toMatchObject({ status: "done", processedRows: total });
  });

  it("refuses an edit made to an out-of-date export, and takes the export's own version", async () => {
    const recs = records(exported);
    const slug = edited().names.edited[0]!;
    const row = recs.find((r) => r.slug === slug)!;
    row.summary = `${row.summary} A third edit.`;
    const [result] = await importListingRows(t.ctx(curator), rowsOf(toCsv([row])), {
      dryRun: false,
      targetStatus: "draft",
    });
    expect(result!.outcome).toBe("error");
    expect(result!.problems[0]).toMatchObject({
      column: "version",
      message: expect.stringMatching(/changed after this file was exported/),
    });
  });

  it("reports every problem of a row, not only the first", () => {
    const rec = records(exported)[0]!;
    const bad = {
      ...rec,
      institution: "no-such-university",
      lead_orcid: "0000-0002-1825-0098",
      website: "ftp://files.example.org",
    };
    const [row] = rowsOf(toCsv([bad]));
    const result = importListingRow(t.ctx(curator), row!, { dryRun: true, targetStatus: "draft" }, new Map());
    expect(result.outcome).toBe("error");
    expect(result.problems.map((p) => p.column).sort()).toEqual(["institution", "lead_orcid", "website"]);
    // A new listing (blank slug) with a bad ROR id and bad cells: all of them too.
    const fresh = {
      ...rec,
      slug: "",
      institution: "",
      institution_ror: "https://ror.org/000000000",
      website: "ftp://x.example",
      case_studies: "[not json",
    };
    const [row2] = rowsOf(toCsv([fresh]));
    const r2 = importListingRow(t.ctx(curator), row2!, { dryRun: true, targetStatus: "draft" }, new Map());
    expect(r2.problems.map((p) => p.column).sort()).toEqual(["case_studies", "institution_ror", "website"]);
  });

  it("is for curators and admins only", () => {
    const member = makeMember(t.db, 1, "member2@export.ac.uk").viewer;
    const [row] = rowsOf(exported);
    for (const v of [ANONYMOUS, member]) {
      expect(() => importListingRow(t.ctx(v), row!, { dryRun: true, targetStatus: "draft" }, new Map())).toThrow(
        AppError,
      );
      expect(() =>
        createImportRun(t.ctx(v), { fileName: "x.csv", csv: exported, totalRows: 1, targetStatus: "draft" }),
      ).toThrow(AppError);
    }
  });

  it("publishes new listings when the curator chooses it, and records a refused file as a failed run", async () => {
    const recs = records(exported)
      .slice(0, 1)
      .map((r) => ({ ...r, slug: "", name: "Hydrogen Embrittlement Lab", version: "" }));
    const [r] = await importListingRows(t.ctx(curator), rowsOf(toCsv(recs)), {
      dryRun: false,
      targetStatus: "published",
    });
    const team = t.db.select().from(teams).where(eq(teams.slug, r!.slug!)).get()!;
    expect(team).toMatchObject({ status: "published" });
    expect(team.publishedAt).not.toBeNull();
    const failed = createImportRun(t.ctx(curator), {
      fileName: "bad.csv",
      csv: "",
      totalRows: 0,
      targetStatus: "draft",
      failure: "The file is empty.",
    });
    expect(getImportRun(t.ctx(curator), failed)).toMatchObject({ status: "failed", message: "The file is empty." });
    expect(t.db.select().from(importRuns).where(eq(importRuns.id, failed)).get()!.csv).toBe("");
  });
});

import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { institutions, teams } from "@/db/schema";
import { importRorFile } from "@/lib/ror/import-file";
import { rorRecord } from "@/tests/support/ror-fixtures";
import { ANONYMOUS } from "@/lib/viewer";
import { createTestDb, type TestDb } from "../support/db";
import { eq } from "drizzle-orm";

const SHARED = join(__dirname, "../../../shared/data/ror");
if (!existsSync(SHARED)) console.warn("../shared/data/ror is absent: the shared-fixture import tests are skipped.");

let t: TestDb;
beforeEach(() => {
  t = createTestDb();
});
afterEach(() => t.close());

function fixture(name: string, records: unknown[]): string {
  const path = join(t.dir, name);
  writeFileSync(path, JSON.stringify(records));
  return path;
}

const cambridge = rorRecord({
  id: "https://ror.org/013meh722",
  names: [{ types: ["ror_display", "label"], value: "University of Cambridge" }],
  locations: [{ geonames_details: { country_code: "GB", name: "Cambridge", lat: 52.2, lng: 0.12 } }],
  domains: ["cam.ac.uk"],
});

describe("ROR import", () => {
  it("inserts, counts malformed records, and never aborts on them", async () => {
    const path = fixture("mixed.json", [
      rorRecord(),
      rorRecord({ id: "https://ror.org/052gg0111" }),
      "not a record",
      cambridge,
      rorRecord({ locations: [] }),
    ]);
    const s = await importRorFile(t.systemCtx(), path, { batchSize: 2 });
    expect(s).toMatchObject({ read: 5, inserted: 2, updated: 0, unchanged: 0, skipped: 3 });
    expect(s.skippedReasons["missing country"]).toBe(1);
    expect(s.skippedExamples[0]).toMatch(/^#1 \(https:\/\/ror.org\/052gg0111\)/);
    const rows = t.db.select().from(institutions).orderBy(institutions.name).all();
    expect(rows.map((r) => [r.slug, r.countryCode, r.city])).toEqual([
      ["university-of-cambridge", "GB", "Cambridge"],
      ["university-of-oxford", "GB", "Oxford"],
    ]);
  });

  it("is idempotent and updates only what changed, keeping slug and verification", async () => {
    const first = fixture("a.json", [rorRecord(), cambridge]);
    await importRorFile(t.systemCtx(), first);
    const oxford = t.db.select().from(institutions).where(eq(institutions.rorId, "https://ror.org/052gg0110")).get()!;
    t.db
      .update(institutions)
      .set({ verifiedAt: new Date(1) })
      .where(eq(institutions.id, oxford.id))
      .run();

    expect(await importRorFile(t.systemCtx(), first)).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 });

    const renamed = fixture("b.json", [
      rorRecord({ names: [{ types: ["ror_display"], value: "The University of Oxford" }] }),
      cambridge,
    ]);
    expect(await importRorFile(t.systemCtx(), renamed)).toMatchObject({ inserted: 0, updated: 1, unchanged: 1 });
    const after = t.db.select().from(institutions).where(eq(institutions.id, oxford.id)).get()!;
    expect(after.name).toBe("The University of Oxford");
    expect(after.slug).toBe("university-of-oxford");
    expect(after.verifiedAt?.getTime()).toBe(1);
  });

  it("gives colliding names distinct slugs", async () => {
    const other = rorRecord({
      id: "https://ror.org/00dcsjn06",
      locations: [{ geonames_details: { country_code: "US", name: "Oxford", lat: 34.4, lng: -89.5 } }],
    });
    await importRorFile(t.systemCtx(), fixture("c.json", [rorRecord(), other]));
    const slugs = t.db
      .select({ s: institutions.slug })
      .from(institutions)
      .all()
      .map((r) => r.s)
      .sort();
    expect(slugs).toEqual(["university-of-oxford", "university-of-oxford-us"]);
  });

  it("keeps complete batches and explains a truncated file", async () => {
    const path = join(t.dir, "truncated.json");
    writeFileSync(path, JSON.stringify([rorRecord(), cambridge]).slice(0, -40));
    await expect(importRorFile(t.systemCtx(), path, { batchSize: 1 })).rejects.toThrow(/not a valid ROR JSON array/);
    expect(t.db.select().from(institutions).all().length).toBe(1);
  });

  it("refuses anonymous callers", async () => {
    await expect(importRorFile(t.ctx(ANONYMOUS), fixture("d.json", [rorRecord()]))).rejects.toThrow(/permission/);
  });

  it("does not touch teams", async () => {
    await importRorFile(t.systemCtx(), fixture("e.json", [rorRecord()]));
    expect(t.db.select().from(teams).all()).toEqual([]);
  });

  it.runIf(existsSync(join(SHARED, "ror-v2-fixture-small.json")))("imports the shared small fixture", async () => {
    const s = await importRorFile(t.systemCtx(), join(SHARED, "ror-v2-fixture-small.json"));
    expect(s.read).toBe(33);
    expect(s.inserted + s.skipped).toBe(33);
    const statuses = new Set(
      t.db
        .select({ s: institutions.rorStatus })
        .from(institutions)
        .all()
        .map((r) => r.s),
    );
    expect(statuses.has("active")).toBe(true);
    const again = await importRorFile(t.systemCtx(), join(SHARED, "ror-v2-fixture-small.json"));
    expect(again.inserted).toBe(0);
  });

  it.runIf(existsSync(join(SHARED, "ror-v2-education-active-subset.json")))(
    "imports the 10,410-record education subset",
    async () => {
      const s = await importRorFile(t.systemCtx(), join(SHARED, "ror-v2-education-active-subset.json"));
      expect(s.read).toBe(10_410);
      expect(s.inserted).toBe(10_410 - s.skipped);
      expect(s.skipped).toBeLessThan(50);
      const oxfordBrookes = t.db
        .select()
        .from(institutions)
        .where(eq(institutions.slug, "oxford-brookes-university"))
        .get();
      expect(oxfordBrookes?.countryCode).toBe("GB");
    },
  );
});

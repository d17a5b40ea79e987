// Curated synonym groups through the DAL: writes with their audit records and outbox entries,
// the rules on what a group may hold, and a new group changing what search finds.
import { toSearchDocuments } from "@/lib/search/document";
import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, searchChanges } from "@/db/schema";
import { listSynonymGroups, loadAllSearchRows } from "@/lib/dal/search/documents";
import { seedDemoData } from "@/lib/dal/seed/seed";
import {
  createSynonymGroup,
  deleteSynonymGroup,
  getSynonymGroup,
  listSynonymGroupsForCuration,
  updateSynonymGroup,
} from "@/lib/dal/curation/synonyms";
import { AppError } from "@/lib/errors";
import { IndexManager, SYNONYMS_CHANGED } from "@/lib/search/index-manager";
import { dalIndexSource } from "@/lib/search/service";
import { synonymGroupInputSchema } from "@/lib/validation/synonyms";
import { createTestDb, type TestDb } from "../support/db";
import { makeUser } from "../support/listing-fixtures";

let t: TestDb;
let curator: ReturnType<typeof makeUser>;

beforeAll(() => {
  t = createTestDb();
  seedDemoData(t.systemCtx());
  curator = makeUser(t.db, "curator", "syn@broker.example");
});
afterAll(() => t.close());

const asCurator = () => ({ db: t.db, viewer: curator.viewer });
const lastAudit = () => t.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1).get()!;
const lastChange = () => t.db.select().from(searchChanges).orderBy(desc(searchChanges.id)).limit(1).get()!;
const input = (terms: string) => {
  const r = synonymGroupInputSchema.safeParse({ terms, note: "" });
  if (!r.success) throw new Error(r.error.issues[0]!.message);
  return r.data;
};

describe("synonym groups through the DAL", () => {
  it("adds, lists, edits and removes a group, each with an audit record and an outbox entry", () => {
    const g = createSynonymGroup(asCurator(), input("grease\nlubricant, tribology"));
    expect(g).toMatchObject({ terms: ["grease", "lubricant", "tribology"], note: null, addedBy: "syn@broker.example" });
    expect(lastAudit()).toMatchObject({
      action: "synonyms.create",
      entityType: "synonym_group",
      entityId: String(g.id),
    });
    expect(lastAudit().actorUserId).toBe(curator.id);
    expect(lastChange().teamId).toBe(SYNONYMS_CHANGED);
    expect(listSynonymGroupsForCuration(asCurator()).map((x) => x.id)).toContain(g.id);
    expect(listSynonymGroups(t.systemCtx())).toContainEqual(["grease", "lubricant", "tribology"]);

    const changeBefore = lastChange().id;
    updateSynonymGroup(asCurator(), g.id, { terms: ["grease", "lubricant"], note: "Seen in failed searches" });
    expect(getSynonymGroup(asCurator(), g.id)).toMatchObject({
      terms: ["grease", "lubricant"],
      note: "Seen in failed searches",
    });
    expect(lastAudit()).toMatchObject({
      action: "synonyms.update",
      before: { terms: ["grease", "lubricant", "tribology"], note: null },
      after: { terms: ["grease", "lubricant"], note: "Seen in failed searches" },
    });
    expect(lastChange().id).toBeGreaterThan(changeBefore);

    expect(deleteSynonymGroup(asCurator(), g.id)).toEqual({ terms: ["grease", "lubricant"] });
    expect(lastAudit()).toMatchObject({ action: "synonyms.delete", before: { terms: ["grease", "lubricant"] } });
    expect(() => getSynonymGroup(asCurator(), g.id)).toThrow(AppError);
    expect(lastChange().teamId).toBe(SYNONYMS_CHANGED);
  });

  it("refuses a group that cannot work, with a message that says why, and saves nothing", () => {
    const cases: [string, RegExp][] = [
      ["sewage", /at least two/],
      ["colour\ncolours", /searched as the same word/],
      ["sewage\nSewage", /listed twice/],
      ["the\nsewage", /not searched for/],
      ["sewage\nwhat we really need is a team that can help with our drains", /more than 6 words/],
      [Array.from({ length: 21 }, (_, i) => `word${i}`).join("\n"), /at most 20/],
    ];
    const before = listSynonymGroupsForCuration(asCurator()).length;
    for (const [terms, message] of cases) {
      const r = synonymGroupInputSchema.safeParse({ terms, note: null });
      expect(r.success, terms).toBe(false);
      expect(r.error!.issues[0]!.message).toMatch(message);
      // The DAL applies the same rules to callers that skip the form.
      const raw = terms.split("\n");
      expect(() => createSynonymGroup(asCurator(), { terms: raw, note: null })).toThrow(message);
    }
    expect(listSynonymGroupsForCuration(asCurator())).toHaveLength(before);
  });

  it("a missing group is 'not found', for edits and removals alike", () => {
    const err = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return e instanceof AppError ? e.code : "other";
      }
      return "ok";
    };
    expect(err(() => updateSynonymGroup(asCurator(), 999_999, input("a1\nb1")))).toBe("not_found");
    expect(err(() => deleteSynonymGroup(asCurator(), 999_999))).toBe("not_found");
    expect(t.db.select().from(auditLog).where(eq(auditLog.entityId, "999999")).all()).toHaveLength(0);
  });
});

describe("a new synonym group changes search results", () => {
  it("a search that found no water team finds them once a curator links the word, and not after removal", async () => {
    const manager = new IndexManager({
      source: dalIndexSource(() => t.systemCtx()),
      snapshotPath: null,
      syncIntervalMs: 0,
      log: () => undefined,
    });
    const slugs = new Map(toSearchDocuments(loadAllSearchRows(t.systemCtx())).map((d) => [d.id, d.slug]));
    const search = async (q: string) =>
      (await manager.current())
        .search({ q, filters: {}, sort: "relevance", page: 1, pageSize: 20 })
        .hits.map((h) => slugs.get(h.id));
    expect(await search("greywater")).not.toContain("cranfield-water-treatment");
    const g = createSynonymGroup(asCurator(), input("greywater\nwater reuse"));
    expect(await search("greywater")).toContain("cranfield-water-treatment");
    deleteSynonymGroup(asCurator(), g.id);
    expect(await search("greywater")).not.toContain("cranfield-water-treatment");
  });
});

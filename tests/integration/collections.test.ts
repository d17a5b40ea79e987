// Curated collections on a real database: a curator builds one (create, add, order, notes,
// remove, publish, delete), visitors see only what is public, every write is audited, and the
// demo seed brings its collections exactly once.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, collections, collectionTeams, teams } from "@/db/schema";
import { demoCollections } from "@/db/seed/demo/collections";
import {
  addTeamToCollection,
  createCollection,
  deleteCollection,
  moveTeamInCollection,
  removeTeamFromCollection,
  setCollectionTeamNote,
  setCollectionPublished,
  updateCollection,
} from "@/lib/dal/curation/collection-writes";
import {
  getCollection,
  getCollectionForEditing,
  listCollectionsForCuration,
  listPublishedCollections,
} from "@/lib/dal/curation/collections";
import { seedDemoData } from "@/lib/dal/seed/seed";
import { AppError } from "@/lib/errors";
import { ANONYMOUS } from "@/lib/viewer";
import { createTestDb, type TestDb } from "../support/db";
import { makeInstitution, makeUser, sampleInput } from "../support/listing-fixtures";

let t: TestDb;
let curator: ReturnType<typeof makeUser>;
let uni: number;
const cur = () => t.ctx(curator.viewer);
const anon = () => t.ctx(ANONYMOUS);
const input = (title: string, over: { editorialNote?: string; published?: boolean } = {}) => ({
  title,
  editorialNote: "",
  published: false,
  ...over,
});

function team(
  slug: string,
  status: "draft" | "pending" | "published" | "archived" = "published",
  countryInstitution = uni,
): number {
  const { engagementModes: _m, caseStudies: _c, ...fields } = sampleInput({ name: `Team ${slug}` });
  return t.db
    .insert(teams)
    .values({ ...fields, slug, institutionId: countryInstitution, status })
    .returning({ id: teams.id })
    .get().id;
}

function failure(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error("expected an AppError");
}

const auditActions = (collectionSlug: string) => {
  const id = t.db
    .select({ id: collections.id })
    .from(collections)
    .where(eq(collections.slug, collectionSlug))
    .get()?.id;
  return t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, "collection"), eq(auditLog.entityId, String(id))))
    .all();
};

beforeAll(() => {
  t = createTestDb();
  curator = makeUser(t.db, "curator", "curator@broker.example");
  uni = makeInstitution(t.db, { slug: "coll-uni" });
  for (const s of ["alpha", "bravo", "charlie", "delta"]) team(s);
  team("draft-team", "draft");
  team("archived-team", "archived");
  const merged = team("merged-team");
  t.db
    .update(teams)
    .set({ mergedIntoId: merged - 1 })
    .where(eq(teams.id, merged))
    .run();
});
afterAll(() => t.close());

describe("building a collection", () => {
  let slug = "";

  it("gets an address from its title that survives a retitle; a second one with the same title gets its own", () => {
    slug = createCollection(cur(), input("Battery & energy-storage expertise", { editorialNote: "For SMEs." })).slug;
    expect(slug).toBe("battery-and-energy-storage-expertise");
    expect(createCollection(cur(), input("Battery & Energy-Storage expertise!")).slug).toBe(
      "battery-and-energy-storage-expertise-2",
    );
    expect(createCollection(cur(), input("电池")).slug).toBe("collection");
    updateCollection(cur(), slug, input("Energy storage for SMEs", { editorialNote: "Open to small firms." }));
    const c = getCollectionForEditing(cur(), slug);
    expect(c).toMatchObject({
      slug,
      title: "Energy storage for SMEs",
      editorialNote: "Open to small firms.",
      published: false,
      entries: [],
    });
  });

  it("adds teams by address, in order, refusing unknown, duplicate and merged ones by name", () => {
    for (const s of ["alpha", "bravo", "charlie"])
      addTeamToCollection(cur(), slug, s, s === "bravo" ? "Has a test rig." : "");
    expect(addTeamToCollection(cur(), slug, "draft-team", "")).toEqual({
      teamName: "Team draft-team",
      shownPublicly: false,
    });
    const unknown = failure(() => addTeamToCollection(cur(), slug, "no-such-team", ""));
    expect(unknown.code).toBe("bad_request");
    expect(unknown.fields?.team).toMatch(/No team has the address “no-such-team”/);
    expect(failure(() => addTeamToCollection(cur(), slug, "alpha", "")).fields?.team).toMatch(
      /already in this collection/,
    );
    expect(failure(() => addTeamToCollection(cur(), slug, "merged-team", "")).fields?.team).toMatch(
      /merged into another listing/,
    );
    expect(failure(() => addTeamToCollection(cur(), "no-such-collection", "alpha", "")).code).toBe("not_found");
    const c = getCollectionForEditing(cur(), slug);
    expect(c.entries.map((e) => [e.team.slug, e.note, e.hidden])).toEqual([
      ["alpha", null, null],
      ["bravo", "Has a test rig.", null],
      ["charlie", null, null],
      ["draft-team", null, { status: "draft", merged: false }],
    ]);
  });

  it("moves teams up and down; the first cannot go higher nor the last lower", () => {
    moveTeamInCollection(cur(), slug, "charlie", "up");
    moveTeamInCollection(cur(), slug, "alpha", "down");
    moveTeamInCollection(cur(), slug, "bravo", "up");
    moveTeamInCollection(cur(), slug, "charlie", "up");
    moveTeamInCollection(cur(), slug, "draft-team", "down");
    expect(getCollectionForEditing(cur(), slug).entries.map((e) => e.team.slug)).toEqual([
      "charlie",
      "bravo",
      "alpha",
      "draft-team",
    ]);
    expect(failure(() => moveTeamInCollection(cur(), slug, "delta", "up")).code).toBe("not_found");
  });

  it("keeps a note per team, and removes teams", () => {
    setCollectionTeamNote(cur(), slug, "alpha", "Pilot line for pouch cells.");
    setCollectionTeamNote(cur(), slug, "bravo", "");
    removeTeamFromCollection(cur(), slug, "charlie");
    expect(getCollectionForEditing(cur(), slug).entries.map((e) => [e.team.slug, e.note])).toEqual([
      ["bravo", null],
      ["alpha", "Pilot line for pouch cells."],
      ["draft-team", null],
    ]);
    expect(failure(() => removeTeamFromCollection(cur(), slug, "charlie")).code).toBe("not_found");
  });

  it("is not public until published, and then shows only published teams", () => {
    expect(getCollection(anon(), slug)).toBeNull();
    expect(listPublishedCollections(anon()).map((c) => c.slug)).not.toContain(slug);
    // Curators can preview it before publishing.
    expect(getCollection(cur(), slug)).toMatchObject({
      published: false,
      entries: [{ team: { slug: "bravo" } }, { team: { slug: "alpha" } }],
    });

    // Saving the details never publishes: that is its own action.
    updateCollection(
      cur(),
      slug,
      input("Energy storage for SMEs", { editorialNote: "Open to small firms.", published: true }),
    );
    expect(getCollection(anon(), slug)).toBeNull();
    expect(setCollectionPublished(cur(), slug, true)).toBe(true);
    expect(setCollectionPublished(cur(), slug, true)).toBe(false);
    const pub = getCollection(anon(), slug)!;
    expect(pub.entries.map((e) => [e.team.slug, e.note])).toEqual([
      ["bravo", null],
      ["alpha", "Pilot line for pouch cells."],
    ]);
    expect(pub.countries).toEqual([{ countryCode: "GB", teams: 2 }]);
    expect(JSON.stringify(pub)).not.toContain("lab@own.ac.uk");
    const card = listPublishedCollections(anon()).find((c) => c.slug === slug)!;
    expect(card).toMatchObject({
      teamCount: 2,
      hiddenCount: 1,
      previewTeams: ["Team bravo", "Team alpha"],
      countryCount: 1,
      isDemo: false,
    });

    // Archiving a listing takes it out of every collection's public view at once.
    t.db.update(teams).set({ status: "archived" }).where(eq(teams.slug, "bravo")).run();
    expect(getCollection(anon(), slug)!.entries.map((e) => e.team.slug)).toEqual(["alpha"]);
    expect(getCollectionForEditing(cur(), slug).entries.find((e) => e.team.slug === "bravo")!.hidden).toEqual({
      status: "archived",
      merged: false,
    });
    t.db.update(teams).set({ status: "published" }).where(eq(teams.slug, "bravo")).run();
  });

  it("leaves a published collection with no public team out of the index", () => {
    const empty = createCollection(cur(), input("Only drafts", { published: true })).slug;
    addTeamToCollection(cur(), empty, "archived-team", "");
    expect(listPublishedCollections(anon()).map((c) => c.slug)).not.toContain(empty);
    expect(getCollection(anon(), empty)).toMatchObject({ entries: [] });
    expect(listCollectionsForCuration(cur()).find((c) => c.slug === empty)).toMatchObject({
      teamCount: 0,
      hiddenCount: 1,
      published: true,
    });
  });

  it("records every write in the audit log, with what changed", () => {
    const actions = auditActions(slug).map((a) => a.action);
    expect(actions.filter((a) => a === "collection.add_team")).toHaveLength(4);
    expect(actions).toEqual(
      expect.arrayContaining([
        "collection.create",
        "collection.update",
        "collection.move_team",
        "collection.team_note",
        "collection.remove_team",
      ]),
    );
    const update = auditActions(slug).find((a) => a.action === "collection.update")!;
    expect(update).toMatchObject({
      actorUserId: curator.id,
      before: { title: "Battery & energy-storage expertise" },
      after: { title: "Energy storage for SMEs" },
    });
  });

  it("deletes a collection with its entries; the audit log keeps what it held", () => {
    const id = t.db.select().from(collections).where(eq(collections.slug, slug)).get()!.id;
    const before = auditActions(slug).length;
    expect(deleteCollection(cur(), slug)).toEqual({ title: "Energy storage for SMEs" });
    expect(t.db.select().from(collectionTeams).where(eq(collectionTeams.collectionId, id)).all()).toEqual([]);
    expect(getCollection(cur(), slug)).toBeNull();
    const log = t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "collection"), eq(auditLog.entityId, String(id))))
      .all();
    expect(log).toHaveLength(before + 1);
    expect(log.at(-1)).toMatchObject({ action: "collection.delete", before: { slug, teamIds: expect.any(Array) } });
    expect((log.at(-1)!.before as { teamIds: number[] }).teamIds).toHaveLength(3);
    expect(failure(() => deleteCollection(cur(), slug)).code).toBe("not_found");
  });
});

describe("demo collections", () => {
  let demo: TestDb;
  beforeAll(() => {
    demo = createTestDb();
  });
  afterAll(() => demo.close());

  it("are seeded once, published, labelled as demo, from demo teams in the curator's order", () => {
    expect(seedDemoData(demo.systemCtx()).collectionsCreated).toBe(demoCollections.length);
    expect(seedDemoData(demo.systemCtx()).collectionsCreated).toBe(0);
    const cards = listPublishedCollections(demo.ctx(ANONYMOUS));
    expect(cards.map((c) => c.slug).sort()).toEqual(demoCollections.map((c) => c.slug).sort());
    for (const d of demoCollections) {
      const c = getCollection(demo.ctx(ANONYMOUS), d.slug)!;
      expect(c.isDemo).toBe(true);
      expect(c.editorialNote).toMatch(/^Demonstration collection\./);
      expect(c.entries.map((e) => e.team.slug)).toEqual(d.teams.map((x) => x.slug));
      expect(c.entries.every((e) => e.note && e.team.isDemo)).toBe(true);
    }
    const south = getCollection(demo.ctx(ANONYMOUS), "agri-food-teams-in-the-global-south")!;
    expect(south.countries.map((c) => c.countryCode).sort()).toEqual(["BR", "GH", "IN", "PE", "TH", "UG", "ZA"]);
    expect(south.places.length).toBe(7);
  });
});

// The public read cache (lib/dal/register-cache.ts) and the register version it is keyed by: a
// write through any connection (another process) is seen by the next read, drafts and archived
// listings never reach visitors, and what a signed-in viewer reads is never stored.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type AppDb } from "@/db/client";
import { collections, institutions, teams } from "@/db/schema";
import { getCollection, listPublishedCollections } from "@/lib/dal/curation/collections";
import { getInstitution } from "@/lib/dal/institutions/public";
import { archiveTeam } from "@/lib/dal/teams/lifecycle";
import { createTeam } from "@/lib/dal/teams/writes";
import { getRegisterVersion } from "@/lib/dal/register-version";
import { seedDemoData } from "@/lib/dal/seed/seed";
import { getRegisterStats, listMapPoints, MAP_POINTS_LIMIT } from "@/lib/dal/register/stats";
import { getTeam, listTeams } from "@/lib/dal/teams/public";
import { ANONYMOUS, SYSTEM } from "@/lib/viewer";
import { registerVersionReader } from "@/scripts/web/register-version";
import { createTestDb, type TestDb } from "../support/db";
import { makeMember, sampleInput } from "../support/listing-fixtures";

let t: TestDb;
/** A second connection to the same file: what another server process sees. */
let other: AppDb;
beforeAll(() => {
  t = createTestDb();
  seedDemoData(t.systemCtx());
  other = openDatabase(t.path);
});
afterAll(() => {
  other.$client.close();
  t.close();
});

const anon = () => t.ctx(ANONYMOUS);
const anonOther = () => ({ db: other, viewer: ANONYMOUS });
const firstPublished = () =>
  t.db.select().from(teams).where(eq(teams.status, "published")).orderBy(teams.id).limit(1).get()!;

describe("the register version", () => {
  it("moves on a write to teams, institutions and collections, and reads the same in every connection", () => {
    const read = registerVersionReader(t.path);
    const v0 = getRegisterVersion(anon());
    expect(read()).toBe(v0);
    expect(getRegisterVersion(anonOther())).toBe(v0);

    const team = firstPublished();
    t.db
      .update(teams)
      .set({ summary: `${team.summary} ` })
      .where(eq(teams.id, team.id))
      .run();
    const v1 = getRegisterVersion(anon());
    expect(v1).not.toBe(v0);

    t.db
      .update(institutions)
      .set({ website: "https://example.org/" })
      .where(eq(institutions.id, team.institutionId))
      .run();
    const v2 = getRegisterVersion(anon());
    expect(v2).not.toBe(v1);

    const c = t.db.select().from(collections).limit(1).get()!;
    t.db.update(collections).set({ editorialNote: "changed" }).where(eq(collections.id, c.id)).run();
    const v3 = getRegisterVersion(anon());
    expect(v3).not.toBe(v2);
    expect(read()).toBe(v3);
    expect(getRegisterVersion(anonOther())).toBe(v3);
  });
});

describe("cached public reads", () => {
  it("are computed once per register change and shared, frozen", () => {
    const a = getRegisterStats(anon());
    expect(getRegisterStats(anon())).toBe(a);
    const points = listMapPoints(anon());
    expect(listMapPoints(anon())).toBe(points);
    // Busiest first, and never more than a map can show.
    expect(points.length).toBeLessThanOrEqual(MAP_POINTS_LIMIT);
    expect(points[0]!.teams).toBe(Math.max(...points.map((p) => p.teams)));
    expect(Object.isFrozen(a.byCountry[0])).toBe(true);
    const team = firstPublished();
    t.db.update(teams).set({ availability: "limited" }).where(eq(teams.id, team.id)).run();
    expect(getRegisterStats(anon())).not.toBe(a);
  });

  it("see an archive made through another connection on the very next read", () => {
    const team = firstPublished();
    const before = getRegisterStats(anon()).teams;
    const listed = listTeams(anon(), { institutionId: team.institutionId }).total;
    expect(getTeam(anon(), team.slug)?.slug).toBe(team.slug);

    archiveTeam({ db: other, viewer: SYSTEM }, team.slug, team.version);

    expect(getTeam(anon(), team.slug)).toBeNull();
    expect(getRegisterStats(anon()).teams).toBe(before - 1);
    expect(listTeams(anon(), { institutionId: team.institutionId }).total).toBe(listed - 1);
  });

  it("never give a draft to a visitor, even after its owner has read it", () => {
    const inst = t.db.select().from(institutions).limit(1).get()!;
    const owner = makeMember(t.db, inst.id, "owner@cache-test.ac.uk");
    const { slug } = createTeam({ db: t.db, viewer: owner.viewer }, inst.id, sampleInput({ name: "Cache test draft" }));
    const ownerView = getTeam({ db: t.db, viewer: owner.viewer }, slug);
    expect(ownerView?.status).toBe("draft");
    expect(getTeam({ db: t.db, viewer: owner.viewer }, slug)).not.toBe(ownerView); // not stored
    expect(getTeam(anon(), slug)).toBeNull();
    expect(listTeams(anon(), { institutionId: inst.id }).items.map((x) => x.slug)).not.toContain(slug);
    expect(getInstitution(anon(), inst.slug)).not.toBeNull();
  });

  it("hide a collection that is unpublished through another connection", () => {
    const visible = listPublishedCollections(anon());
    const c = visible[0]!;
    expect(getCollection(anon(), c.slug)?.slug).toBe(c.slug);
    other.update(collections).set({ published: false }).where(eq(collections.slug, c.slug)).run();
    expect(getCollection(anon(), c.slug)).toBeNull();
    expect(listPublishedCollections(anon()).map((x) => x.slug)).not.toContain(c.slug);
  });
});

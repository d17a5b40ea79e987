// Merging duplicate listings on a real database: what moves, what is refused, the audit trail,
// the e-mails, the redirect target and search.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  auditLog,
  caseStudies,
  collections,
  collectionTeams,
  emailOutbox,
  introductionRequests,
  requestSuggestions,
  shortlists,
  teams,
} from "@/db/schema";
import { listDuplicateCandidates, listMergeTargets, resolveMergedSlug } from "@/lib/dal/curation/duplicates";
import { loadTeamBundle } from "@/lib/dal/teams/internal/team-data";
import { compareTeams } from "@/lib/dal/teams/shortlists";
import { restoreTeam } from "@/lib/dal/teams/lifecycle";
import { createTeam } from "@/lib/dal/teams/writes";
import { mergeTeams, previewMerge, type MergeRequest } from "@/lib/dal/curation/team-merge";
import { dalIndexSource } from "@/lib/search/service";
import { IndexManager } from "@/lib/search/index-manager";
import { AppError } from "@/lib/errors";
import { ANONYMOUS, type Viewer } from "@/lib/viewer";
import { createTestDb, type TestDb } from "../support/db";
import { makeInstitution, makeMember, makeUser, sampleInput } from "../support/listing-fixtures";

let t: TestDb;
let uni: number;
let curator: Viewer;
let ownerA: ReturnType<typeof makeMember>;
let ownerB: ReturnType<typeof makeMember>;
let smeBoth: string;
let smeDupOnly: string;

const cs = (challenge: string) => ({
  partnerKind: "sme" as const,
  partnerCountry: "GB",
  year: 2023,
  challenge,
  whatWasDone: "We measured the weld strength.",
  outcome: "Rejects fell by half.",
});
const row = (slug: string) => t.db.select().from(teams).where(eq(teams.slug, slug)).get()!;
const code = (fn: () => unknown) => {
  try {
    fn();
    return "ok";
  } catch (err) {
    if (err instanceof AppError) return err.code;
    throw err;
  }
};

function listing(owner: { viewer: Viewer }, name: string, over: Parameters<typeof sampleInput>[0] = {}): string {
  const slug = createTeam({ db: t.db, viewer: owner.viewer }, uni, sampleInput({ name, ...over })).slug;
  t.db.update(teams).set({ status: "published", publishedAt: new Date() }).where(eq(teams.slug, slug)).run();
  return slug;
}

function request(slug: string, dup: string): MergeRequest {
  return {
    duplicateSlug: dup,
    survivorSlug: slug,
    duplicateVersion: row(dup).version,
    survivorVersion: row(slug).version,
    keep: "survivor",
    reason: "Same team, listed twice by two colleagues.",
  };
}

beforeAll(() => {
  t = createTestDb();
  uni = makeInstitution(t.db, { slug: "merge-university", verified: true });
  ownerA = makeMember(t.db, uni, "a@merge-university.ac.uk");
  ownerB = makeMember(t.db, uni, "b@merge-university.ac.uk");
  curator = makeUser(t.db, "curator", "curator@broker.example").viewer;
  smeBoth = makeUser(t.db, "sme", "both@firm.example").id;
  smeDupOnly = makeUser(t.db, "sme", "dup@firm.example").id;
});
afterAll(() => t.close());

describe("finding duplicates", () => {
  it("lists same-named listings at one institution, and offers its other listings as merge targets", () => {
    const a = listing(ownerA, "Acoustic Sensing Lab");
    const b = listing(ownerB, "Acoustic Sensing Research Group");
    listing(ownerB, "Quantum Optics");
    const pairs = listDuplicateCandidates(t.ctx(curator));
    expect(pairs.map((p) => [p.a.slug, p.b.slug, p.reason])).toContainEqual([a, b, "same name"]);
    expect(listMergeTargets(t.ctx(curator), b)[0]!.slug).toBe(a);
    expect(code(() => listDuplicateCandidates(t.ctx(ownerA.viewer)))).toBe("not_found");
  });
});

describe("merging", () => {
  let survivor: string;
  let duplicate: string;
  let collectionBoth: number;
  let collectionDup: number;

  beforeAll(() => {
    survivor = listing(ownerB, "Ultrasonic Welding Lab", {
      keywords: ["ultrasonic welding"],
      caseStudies: [cs("Welds failed in the cold.")],
    });
    duplicate = listing(ownerA, "Ultrasonic Welding Group", {
      keywords: ["plastics", "ultrasonic welding", "zorblaxite"],
      languages: ["en", "de"],
      engagementModes: [{ mode: "ktp", costBand: "over-100k", duration: "years" }],
      caseStudies: [cs("Welds failed in the cold."), cs("Housings cracked after welding.")],
    });
    const s = row(survivor).id;
    const d = row(duplicate).id;
    t.db
      .insert(shortlists)
      .values([
        { userId: smeBoth, teamId: s, note: "Good on metals." },
        { userId: smeBoth, teamId: d, note: "Asked about plastics." },
        { userId: smeDupOnly, teamId: d, note: "" },
      ])
      .run();
    collectionBoth = t.db.insert(collections).values({ slug: "welding", title: "Welding" }).returning().get().id;
    collectionDup = t.db.insert(collections).values({ slug: "plastics", title: "Plastics" }).returning().get().id;
    t.db
      .insert(collectionTeams)
      .values([
        { collectionId: collectionBoth, teamId: s },
        { collectionId: collectionBoth, teamId: d },
        { collectionId: collectionDup, teamId: d },
      ])
      .run();
    const req = t.db
      .insert(introductionRequests)
      .values({
        teamId: d,
        smeUserId: smeBoth,
        companyName: "Firm",
        companySize: "micro",
        countryCode: "GB",
        need: "Weld our housings.",
        idempotencyKey: "k1",
        submittedAt: new Date(),
      })
      .returning()
      .get();
    t.db.insert(requestSuggestions).values({ requestId: req.id, teamId: d, party: "broker" }).run();
  });

  it("previews both listings, the united content and what will move, changing nothing", () => {
    const before = row(duplicate).version;
    const p = previewMerge(t.ctx(curator), duplicate, survivor);
    expect(p.survivor.slug).toBe(survivor);
    expect(p.plan.input.keywords).toEqual(["ultrasonic welding", "plastics", "zorblaxite"]);
    expect(p.plan.input.name).toBe("Ultrasonic Welding Lab");
    expect(p.plan.caseStudiesToMove).toEqual([1]);
    expect(p.moves).toEqual({ shortlists: 2, collections: 2, requests: 1, suggestions: 1, earlierMerges: 0 });
    expect(row(duplicate)).toMatchObject({ version: before, status: "published", mergedIntoId: null });
  });

  it("refuses non-curators, merging into itself, and stale versions", () => {
    for (const v of [ownerA.viewer, ownerB.viewer, ANONYMOUS])
      expect(code(() => mergeTeams(t.ctx(v), request(survivor, duplicate)))).toBe("not_found");
    expect(code(() => previewMerge(t.ctx(curator), survivor, survivor))).toBe("bad_request");
    expect(code(() => mergeTeams(t.ctx(curator), { ...request(survivor, duplicate), survivorVersion: 99 }))).toBe(
      "conflict",
    );
    expect(row(duplicate).mergedIntoId).toBeNull();
  });

  it("moves everything to the survivor in one go, archives the duplicate and records both sides", async () => {
    const index = new IndexManager({
      source: dalIndexSource(() => t.ctx(ANONYMOUS)),
      snapshotPath: null,
      log: () => undefined,
    });
    const search = async (q: string) =>
      (await index.current())
        .search({ q, filters: {}, sort: "relevance", page: 1, pageSize: 20 })
        .hits.map((h) => h.id);
    expect(await search("zorblaxite")).toEqual([row(duplicate).id]);

    const s = row(survivor).id;
    const d = row(duplicate).id;
    const result = mergeTeams(t.ctx(curator), request(survivor, duplicate));
    expect(result.survivorSlug).toBe(survivor);

    expect(row(duplicate)).toMatchObject({ status: "archived", mergedIntoId: s });
    const merged = loadTeamBundle(t.db, { slug: survivor })!.input;
    expect(merged.keywords).toEqual(["ultrasonic welding", "plastics", "zorblaxite"]);
    expect(merged.languages).toEqual(["en", "de"]);
    expect(merged.engagementModes.map((m) => m.mode)).toEqual(["consultancy", "ktp"]);
    expect(merged.caseStudies.map((c) => c.challenge)).toEqual([
      "Welds failed in the cold.",
      "Housings cracked after welding.",
    ]);
    // The exact copy stays with the archived duplicate.
    expect(
      t.db
        .select()
        .from(caseStudies)
        .where(eq(caseStudies.teamId, d))
        .all()
        .map((c) => c.challenge),
    ).toEqual(["Welds failed in the cold."]);

    const lists = t.db.select().from(shortlists).all();
    expect(lists.filter((l) => l.teamId === d)).toEqual([]);
    expect(lists.find((l) => l.userId === smeBoth)!.note).toBe("Good on metals.\n\nAsked about plastics.");
    expect(lists.filter((l) => l.userId === smeBoth)).toHaveLength(1);
    expect(lists.find((l) => l.userId === smeDupOnly)!.teamId).toBe(s);
    expect(
      t.db
        .select()
        .from(collectionTeams)
        .where(eq(collectionTeams.collectionId, collectionBoth))
        .all()
        .map((c) => c.teamId),
    ).toEqual([s]);
    expect(
      t.db
        .select()
        .from(collectionTeams)
        .where(eq(collectionTeams.collectionId, collectionDup))
        .all()
        .map((c) => c.teamId),
    ).toEqual([s]);
    expect(
      t.db
        .select()
        .from(introductionRequests)
        .all()
        .map((r) => r.teamId),
    ).toEqual([s]);
    expect(
      t.db
        .select()
        .from(requestSuggestions)
        .all()
        .map((r) => r.teamId),
    ).toEqual([s]);

    const audit = (id: number) =>
      t.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityType, "team"), eq(auditLog.entityId, String(id))))
        .all()
        .map((a) => a.action);
    expect(audit(s)).toContain("team.merge.absorb");
    expect(audit(d)).toContain("team.merge.into");
    const mails = t.db.select().from(emailOutbox).all();
    expect(mails.map((m) => m.toAddress).sort()).toEqual(["a@merge-university.ac.uk", "b@merge-university.ac.uk"]);
    expect(mails[0]!.textBody).toContain("Same team, listed twice by two colleagues.");

    // Search: the duplicate is gone, its words now find the survivor.
    index.sync();
    expect(await search("zorblaxite")).toEqual([s]);
  });

  it("sends the duplicate's address to the survivor, for anyone who may see it", () => {
    expect(resolveMergedSlug(t.ctx(ANONYMOUS), duplicate)).toBe(survivor);
    expect(resolveMergedSlug(t.ctx(ANONYMOUS), survivor)).toBeNull();
    expect(resolveMergedSlug(t.ctx(ANONYMOUS), "no-such-team")).toBeNull();
    // Comparing by an old address compares the survivor, once.
    expect(compareTeams(t.ctx(ANONYMOUS), [duplicate]).map((c) => c.profile.slug)).toEqual([survivor]);
    expect(compareTeams(t.ctx(ANONYMOUS), [duplicate, survivor]).map((c) => c.profile.slug)).toEqual([survivor]);
  });

  it("does not let a merged listing be restored", () => {
    expect(() => restoreTeam(t.ctx(curator), duplicate, row(duplicate).version)).toThrow(/was merged into another one/);
  });

  it("refuses a second merge of the same duplicate, and merging into a merged listing", () => {
    const other = listing(ownerA, "Ultrasonic Welding Unit");
    expect(code(() => previewMerge(t.ctx(curator), duplicate, other))).toBe("conflict");
    expect(() => previewMerge(t.ctx(curator), other, duplicate)).toThrow(
      /was itself merged into .*merge into that listing instead/,
    );
  });

  it("re-points listings merged into the duplicate earlier, so no chain ever forms", () => {
    const first = listing(ownerA, "Laser Cladding Lab");
    const second = listing(ownerA, "Laser Cladding Group");
    const third = listing(ownerA, "Laser Cladding Team");
    mergeTeams(t.ctx(curator), request(second, first));
    mergeTeams(t.ctx(curator), request(third, second));
    expect(row(first).mergedIntoId).toBe(row(third).id);
    expect(resolveMergedSlug(t.ctx(ANONYMOUS), first)).toBe(third);
    expect(code(() => previewMerge(t.ctx(curator), third, first))).toBe("conflict");
  });

  it("refuses to keep an archived listing", () => {
    const live = listing(ownerA, "Tribology Lab");
    const archived = listing(ownerA, "Tribology Group");
    t.db.update(teams).set({ status: "archived" }).where(eq(teams.slug, archived)).run();
    expect(() => previewMerge(t.ctx(curator), live, archived)).toThrow(/is archived/);
  });
});

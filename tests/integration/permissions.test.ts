// The permission matrix, enforced where it matters: every role tries every listing and people
// action through the DAL, on its own and on another institution's records. Denials are 404 when
// the record is not visible to the viewer (its existence is not leaked) and 403 when it is.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailOutbox, memberships, teams } from "@/db/schema";
import { getTeamForOwner, getTeamHistory, listDashboardTeams } from "@/lib/dal/teams/owner-queries";
import { archiveTeam, reviewTeam, submitTeam } from "@/lib/dal/teams/lifecycle";
import { createTeam, updateTeam } from "@/lib/dal/teams/writes";
import { decideMembership, listMembershipRequests } from "@/lib/dal/accounts/memberships";
import { listOutbox } from "@/lib/dal/outbox-admin";
import { getTeam } from "@/lib/dal/teams/public";
import { listUsers, setUserRole } from "@/lib/dal/accounts/users-admin";
import { setInstitutionStatus } from "@/lib/dal/institutions/curation";
import { listDuplicateCandidates } from "@/lib/dal/curation/duplicates";
import { createImportRun } from "@/lib/dal/curation/import-runs";
import { exportListings } from "@/lib/dal/curation/team-export";
import { importListingRow } from "@/lib/dal/curation/team-import";
import { mergeTeams, previewMerge } from "@/lib/dal/curation/team-merge";
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
import { getCollection, getCollectionForEditing, listCollectionsForCuration } from "@/lib/dal/curation/collections";
import { getDemandReport } from "@/lib/dal/curation/demand";
import {
  createSynonymGroup,
  deleteSynonymGroup,
  getSynonymGroup,
  listSynonymGroupsForCuration,
  updateSynonymGroup,
} from "@/lib/dal/curation/synonyms";
import { searchInstitutions } from "@/lib/dal/institutions/find";
import { leaveInstitution, requestMembership } from "@/lib/dal/accounts/membership-claims";
import { confirmClaimEmail } from "@/lib/dal/accounts/membership-email";
import { loadViewer } from "@/lib/dal/accounts/internal/viewer";
import { AppError } from "@/lib/errors";
import { ANONYMOUS, SYSTEM, type Viewer } from "@/lib/viewer";
import { createTestDb, type TestDb } from "../support/db";
import { makeInstitution, makeMember, makeUser, sampleInput } from "../support/listing-fixtures";

let t: TestDb;
let OWN: number;
let OTHER: number;
const viewers: Record<string, Viewer> = {};
let victim: string; // a user whose role the actors try to change
let pendingMembership: number;
let someoneElsesMembership: number;
let someoneElsesToken: string;

beforeAll(() => {
  t = createTestDb();
  OWN = makeInstitution(t.db, { slug: "own-uni", verified: true });
  OTHER = makeInstitution(t.db, { slug: "other-uni", verified: true });
  viewers.visitor = ANONYMOUS;
  viewers.sme = makeUser(t.db, "sme", "sme@firm.example").viewer;
  viewers.member = makeMember(t.db, OWN, "m@own-uni.ac.uk").viewer;
  viewers.pendingMember = makeUser(t.db, "university", "p@own-uni.ac.uk").viewer;
  viewers.curator = makeUser(t.db, "curator", "c@broker.example").viewer;
  viewers.admin = makeUser(t.db, "admin", "a@atlas.example").viewer;
  const suspended = makeMember(t.db, OWN, "s@own-uni.ac.uk");
  t.db.update(memberships).set({ status: "active" }).where(eq(memberships.userId, suspended.id)).run();
  viewers.suspendedMember = { ...suspended.viewer, suspended: true } as Viewer;
  victim = makeUser(t.db, "sme", "victim@firm.example").id;
  const applicant = makeUser(t.db, "university", "applicant@own-uni.ac.uk").id;
  pendingMembership = t.db
    .insert(memberships)
    .values({ userId: applicant, institutionId: OWN, status: "pending" })
    .returning()
    .get().id;
  const colleague = makeMember(t.db, OWN, "colleague@own-uni.ac.uk");
  someoneElsesMembership = t.db.select().from(memberships).where(eq(memberships.userId, colleague.id)).get()!.id;
  requestMembership(
    { db: t.db, viewer: colleague.viewer },
    { institution: "other-uni", email: "colleague@other-uni.ac.uk", jobTitle: null, note: null },
  );
  const mail = t.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, "colleague@other-uni.ac.uk")).get()!;
  someoneElsesToken = /token=(\S+)/.exec(mail.textBody)![1]!;
});
afterAll(() => t.close());

type Outcome = "ok" | "not_found" | "forbidden" | "conflict" | "bad_request" | "unauthenticated";
function attempt(fn: () => unknown): Outcome {
  try {
    const r = fn();
    return r === null ? "not_found" : "ok";
  } catch (err) {
    if (err instanceof AppError) return err.code as Outcome;
    throw err;
  }
}

/** Fresh listings per case, so one attempt cannot change what the next one sees. */
function listing(institutionId: number, status: "draft" | "pending" | "published"): string {
  const slug = `t-${Math.random().toString(36).slice(2, 10)}`;
  t.db
    .insert(teams)
    .values({
      ...sampleInput(),
      slug,
      institutionId,
      status,
      contactEmail: "secret@own-uni.ac.uk",
      engagementModes: undefined,
      caseStudies: undefined,
    } as never)
    .run();
  return slug;
}
/** A fresh collection per case, made by the system (not by the viewer under test). */
function collection(published: boolean, teamSlugs: string[] = []): string {
  const system = { db: t.db, viewer: SYSTEM };
  const { slug } = createCollection(system, {
    title: `Collection ${Math.random().toString(36).slice(2, 8)}`,
    editorialNote: "",
    published,
  });
  for (const s of teamSlugs) addTeamToCollection(system, slug, s, "");
  return slug;
}
const collectionInput = { title: "Edited title", editorialNote: "Edited.", published: true };
/** A fresh synonym group per case, made by the system. */
const synonymGroup = () =>
  createSynonymGroup(
    { db: t.db, viewer: SYSTEM },
    { terms: [`syn${Math.random().toString(36).slice(2, 8)}`, "effluent"], note: null },
  ).id;
const version = (slug: string) => t.db.select().from(teams).where(eq(teams.slug, slug)).get()!.version;

const ALL = Object.freeze(["visitor", "sme", "member", "pendingMember", "curator", "admin", "suspendedMember"]);
const STAFF_OK = (denied: Outcome): Record<string, Outcome> => ({
  visitor: denied,
  sme: denied,
  member: denied,
  pendingMember: denied,
  curator: "ok",
  admin: "ok",
  suspendedMember: denied,
});
const OWNERS_OK = (denied: Outcome): Record<string, Outcome> => ({ ...STAFF_OK(denied), member: "ok" });

const cases: [string, (v: Viewer) => Outcome, Record<string, Outcome>][] = [
  [
    "create a listing at own institution",
    (v) => attempt(() => createTeam({ db: t.db, viewer: v }, OWN, sampleInput())),
    OWNERS_OK("forbidden"),
  ],
  [
    "create a listing at another institution",
    (v) => attempt(() => createTeam({ db: t.db, viewer: v }, OTHER, sampleInput())),
    STAFF_OK("forbidden"),
  ],
  [
    "edit own draft",
    (v) => {
      const s = listing(OWN, "draft");
      return attempt(() => updateTeam({ db: t.db, viewer: v }, s, version(s), sampleInput({ name: "Edited" })));
    },
    OWNERS_OK("not_found"),
  ],
  [
    "edit another institution's draft",
    (v) => {
      const s = listing(OTHER, "draft");
      return attempt(() => updateTeam({ db: t.db, viewer: v }, s, version(s), sampleInput({ name: "Edited" })));
    },
    STAFF_OK("not_found"),
  ],
  [
    "edit another institution's published listing",
    (v) => {
      const s = listing(OTHER, "published");
      return attempt(() => updateTeam({ db: t.db, viewer: v }, s, version(s), sampleInput({ name: "Edited" })));
    },
    STAFF_OK("forbidden"),
  ],
  [
    "submit own draft",
    (v) => {
      const s = listing(OWN, "draft");
      return attempt(() => submitTeam({ db: t.db, viewer: v }, s, version(s)));
    },
    OWNERS_OK("not_found"),
  ],
  [
    "submit another institution's draft",
    (v) => {
      const s = listing(OTHER, "draft");
      return attempt(() => submitTeam({ db: t.db, viewer: v }, s, version(s)));
    },
    STAFF_OK("not_found"),
  ],
  [
    "publish own pending listing",
    (v) => {
      const s = listing(OWN, "pending");
      return attempt(() => reviewTeam({ db: t.db, viewer: v }, s, version(s), "publish", null));
    },
    STAFF_OK("not_found"),
  ],
  [
    "publish another institution's pending listing",
    (v) => {
      const s = listing(OTHER, "pending");
      return attempt(() => reviewTeam({ db: t.db, viewer: v }, s, version(s), "publish", null));
    },
    STAFF_OK("not_found"),
  ],
  [
    "archive own published listing",
    (v) => {
      const s = listing(OWN, "published");
      return attempt(() => archiveTeam({ db: t.db, viewer: v }, s, version(s)));
    },
    OWNERS_OK("forbidden"),
  ],
  [
    "archive another institution's published listing",
    (v) => {
      const s = listing(OTHER, "published");
      return attempt(() => archiveTeam({ db: t.db, viewer: v }, s, version(s)));
    },
    STAFF_OK("forbidden"),
  ],
  [
    "archive another institution's draft",
    (v) => {
      const s = listing(OTHER, "draft");
      return attempt(() => archiveTeam({ db: t.db, viewer: v }, s, version(s)));
    },
    STAFF_OK("not_found"),
  ],
  [
    "read own team's contact e-mail",
    (v) => {
      const s = listing(OWN, "published");
      return getTeam({ db: t.db, viewer: v }, s)?.contactEmail ? "ok" : "forbidden";
    },
    OWNERS_OK("forbidden"),
  ],
  [
    "read another team's contact e-mail",
    (v) => {
      const s = listing(OTHER, "published");
      return getTeam({ db: t.db, viewer: v }, s)?.contactEmail ? "ok" : "forbidden";
    },
    STAFF_OK("forbidden"),
  ],
  [
    "open own draft in the owner's view",
    (v) => {
      const s = listing(OWN, "draft");
      return attempt(() => getTeamForOwner({ db: t.db, viewer: v }, s));
    },
    OWNERS_OK("not_found"),
  ],
  [
    "read another institution's listing history",
    (v) => {
      const s = listing(OTHER, "published");
      return attempt(() => getTeamHistory({ db: t.db, viewer: v }, s));
    },
    STAFF_OK("not_found"),
  ],
  [
    "preview a merge of two listings",
    (v) => {
      const a = listing(OTHER, "published");
      const b = listing(OTHER, "published");
      return attempt(() => previewMerge({ db: t.db, viewer: v }, a, b));
    },
    STAFF_OK("not_found"),
  ],
  [
    "merge a duplicate into another listing",
    (v) => {
      const a = listing(OWN, "published");
      const b = listing(OWN, "published");
      return attempt(() =>
        mergeTeams(
          { db: t.db, viewer: v },
          {
            duplicateSlug: a,
            survivorSlug: b,
            duplicateVersion: version(a),
            survivorVersion: version(b),
            keep: "survivor",
            reason: "Same team twice.",
          },
        ),
      );
    },
    STAFF_OK("not_found"),
  ],
  [
    "list likely duplicates",
    (v) => attempt(() => listDuplicateCandidates({ db: t.db, viewer: v })),
    STAFF_OK("not_found"),
  ],
  [
    "export all listings with contacts",
    (v) => attempt(() => exportListings({ db: t.db, viewer: v }, {}, "staff")),
    STAFF_OK("not_found"),
  ],
  [
    "export published listings (public)",
    (v) => attempt(() => exportListings({ db: t.db, viewer: v }, {}, "public")),
    Object.fromEntries(ALL.map((n) => [n, "ok"])),
  ],
  [
    "import a listing row (dry run)",
    (v) =>
      attempt(() =>
        importListingRow(
          { db: t.db, viewer: v },
          { row: 2, cells: { slug: "", name: "Imported team" } },
          { dryRun: true, targetStatus: "draft" },
          new Map(),
        ),
      ),
    STAFF_OK("not_found"),
  ],
  [
    "upload a listings file",
    (v) =>
      attempt(() =>
        createImportRun(
          { db: t.db, viewer: v },
          { fileName: "x.csv", csv: "slug,name,institution\n", totalRows: 0, targetStatus: "draft" },
        ),
      ),
    STAFF_OK("not_found"),
  ],
  [
    "see membership requests",
    (v) => attempt(() => listMembershipRequests({ db: t.db, viewer: v })),
    STAFF_OK("not_found"),
  ],
  [
    "verify an institution",
    (v) => attempt(() => setInstitutionStatus({ db: t.db, viewer: v }, OTHER, { verified: true })),
    STAFF_OK("not_found"),
  ],
  [
    "read the outbox",
    (v) => attempt(() => listOutbox({ db: t.db, viewer: v })),
    { ...STAFF_OK("forbidden"), curator: "forbidden" },
  ],
  [
    "list users",
    (v) => attempt(() => listUsers({ db: t.db, viewer: v }, {})),
    { ...STAFF_OK("not_found"), curator: "not_found" },
  ],
  [
    "create a collection",
    (v) =>
      attempt(() =>
        createCollection({ db: t.db, viewer: v }, { title: "Heat pumps", editorialNote: "", published: false }),
      ),
    STAFF_OK("not_found"),
  ],
  [
    "edit a collection",
    (v) => {
      const c = collection(true);
      return attempt(() => updateCollection({ db: t.db, viewer: v }, c, collectionInput));
    },
    STAFF_OK("not_found"),
  ],
  [
    "publish a collection",
    (v) => {
      const c = collection(false);
      return attempt(() => setCollectionPublished({ db: t.db, viewer: v }, c, true));
    },
    STAFF_OK("not_found"),
  ],
  [
    "add a team to a collection",
    (v) => {
      const c = collection(true);
      return attempt(() => addTeamToCollection({ db: t.db, viewer: v }, c, listing(OWN, "published"), ""));
    },
    STAFF_OK("not_found"),
  ],
  [
    "reorder a collection",
    (v) => {
      const c = collection(true, [listing(OWN, "published"), listing(OTHER, "published")]);
      return attempt(() =>
        moveTeamInCollection(
          { db: t.db, viewer: v },
          c,
          getCollectionForEditing({ db: t.db, viewer: SYSTEM }, c).entries[1]!.team.slug,
          "up",
        ),
      );
    },
    STAFF_OK("not_found"),
  ],
  [
    "note why a team is in a collection",
    (v) => {
      const s = listing(OWN, "published");
      const c = collection(true, [s]);
      return attempt(() => setCollectionTeamNote({ db: t.db, viewer: v }, c, s, "Why"));
    },
    STAFF_OK("not_found"),
  ],
  [
    "remove a team from a collection",
    (v) => {
      const s = listing(OWN, "published");
      const c = collection(true, [s]);
      return attempt(() => removeTeamFromCollection({ db: t.db, viewer: v }, c, s));
    },
    STAFF_OK("not_found"),
  ],
  [
    "delete a collection",
    (v) => {
      const c = collection(true);
      return attempt(() => deleteCollection({ db: t.db, viewer: v }, c));
    },
    STAFF_OK("not_found"),
  ],
  [
    "list collections for curation (unpublished included)",
    (v) => attempt(() => listCollectionsForCuration({ db: t.db, viewer: v })),
    STAFF_OK("not_found"),
  ],
  [
    "preview an unpublished collection",
    (v) => {
      const c = collection(false, [listing(OWN, "published")]);
      return attempt(() => getCollection({ db: t.db, viewer: v }, c));
    },
    STAFF_OK("not_found"),
  ],
  [
    "read a published collection",
    (v) => {
      const c = collection(true, [listing(OTHER, "published")]);
      return attempt(() => getCollection({ db: t.db, viewer: v }, c));
    },
    Object.fromEntries(ALL.map((n) => [n, "ok"])),
  ],
  [
    "list search synonym groups",
    (v) => attempt(() => listSynonymGroupsForCuration({ db: t.db, viewer: v })),
    STAFF_OK("not_found"),
  ],
  [
    "open a search synonym group",
    (v) => {
      const g = synonymGroup();
      return attempt(() => getSynonymGroup({ db: t.db, viewer: v }, g));
    },
    STAFF_OK("not_found"),
  ],
  [
    "add a search synonym group",
    (v) => attempt(() => createSynonymGroup({ db: t.db, viewer: v }, { terms: ["sewerage", "sewers"], note: null })),
    STAFF_OK("not_found"),
  ],
  [
    "edit a search synonym group",
    (v) => {
      const g = synonymGroup();
      return attempt(() => updateSynonymGroup({ db: t.db, viewer: v }, g, { terms: ["drains", "sewers"], note: null }));
    },
    STAFF_OK("not_found"),
  ],
  [
    "remove a search synonym group",
    (v) => {
      const g = synonymGroup();
      return attempt(() => deleteSynonymGroup({ db: t.db, viewer: v }, g));
    },
    STAFF_OK("not_found"),
  ],
  [
    "read the demand insight",
    (v) => attempt(() => getDemandReport({ db: t.db, viewer: v }, { days: 30 })),
    STAFF_OK("not_found"),
  ],
  [
    "manage roles (make someone a curator)",
    (v) => attempt(() => setUserRole({ db: t.db, viewer: v }, victim, "curator")),
    { ...STAFF_OK("not_found"), curator: "not_found" },
  ],
  [
    "ask to join another institution",
    (v) =>
      attempt(() =>
        requestMembership(
          { db: t.db, viewer: v },
          { institution: "other-uni", email: null, jobTitle: null, note: "I work there" },
        ),
      ),
    {
      visitor: "forbidden",
      sme: "forbidden",
      member: "ok",
      pendingMember: "ok",
      curator: "forbidden",
      admin: "forbidden",
      suspendedMember: "forbidden",
    },
  ],
  [
    "search institutions to pick one",
    (v) => attempt(() => searchInstitutions({ db: t.db, viewer: v }, "uni")),
    {
      ...Object.fromEntries(ALL.map((n) => [n, "ok" as Outcome])),
      visitor: "unauthenticated",
      suspendedMember: "unauthenticated",
    },
  ],
  [
    "leave someone else's institution",
    (v) => attempt(() => leaveInstitution({ db: t.db, viewer: v }, someoneElsesMembership)),
    Object.fromEntries(ALL.map((n) => [n, "not_found" as Outcome])),
  ],
  [
    "confirm someone else's institutional address",
    (v) => attempt(() => confirmClaimEmail({ db: t.db, viewer: v }, someoneElsesToken)),
    Object.fromEntries(ALL.map((n) => [n, "not_found" as Outcome])),
  ],
];

describe("permission matrix through the DAL", () => {
  for (const [action, run, expected] of cases) {
    for (const name of ALL) {
      it(`${name}: ${action} → ${expected[name]}`, () => expect(run(viewers[name]!)).toBe(expected[name]));
    }
  }

  it("approve a member: members, SMEs and visitors get 404 and change nothing; a curator decides once", () => {
    for (const name of ["visitor", "sme", "member", "pendingMember", "suspendedMember"]) {
      expect(
        attempt(() => decideMembership({ db: t.db, viewer: viewers[name]! }, pendingMembership, "approve", null)),
        name,
      ).toBe("not_found");
    }
    expect(t.db.select().from(memberships).where(eq(memberships.id, pendingMembership)).get()!.status).toBe("pending");
    expect(
      attempt(() => decideMembership({ db: t.db, viewer: viewers.curator! }, pendingMembership, "approve", null)),
    ).toBe("ok");
    expect(
      attempt(() => decideMembership({ db: t.db, viewer: viewers.admin! }, pendingMembership, "reject", "x")),
    ).toBe("conflict");
  });

  it("a pending member's dashboard shows nothing of the institution yet", () => {
    expect(listDashboardTeams({ db: t.db, viewer: viewers.pendingMember! })).toEqual([]);
    expect(listDashboardTeams({ db: t.db, viewer: viewers.member! }).length).toBeGreaterThan(0);
  });

  it("a denied synonym write changes nothing", () => {
    const g = synonymGroup();
    const system = { db: t.db, viewer: SYSTEM };
    const before = getSynonymGroup(system, g);
    const count = listSynonymGroupsForCuration(system).length;
    for (const name of ["visitor", "sme", "member", "pendingMember", "suspendedMember"]) {
      const ctx = { db: t.db, viewer: viewers[name]! };
      attempt(() => updateSynonymGroup(ctx, g, { terms: ["hijacked", "words"], note: null }));
      attempt(() => deleteSynonymGroup(ctx, g));
      attempt(() => createSynonymGroup(ctx, { terms: ["spam", "eggs"], note: null }));
    }
    expect(getSynonymGroup(system, g)).toEqual(before);
    expect(listSynonymGroupsForCuration(system)).toHaveLength(count);
  });

  it("a denied collection write changes nothing", () => {
    const team = listing(OWN, "published");
    const c = collection(false, [team]);
    for (const name of ["visitor", "sme", "member", "pendingMember", "suspendedMember"]) {
      const ctx = { db: t.db, viewer: viewers[name]! };
      attempt(() => updateCollection(ctx, c, collectionInput));
      attempt(() => removeTeamFromCollection(ctx, c, team));
      attempt(() => deleteCollection(ctx, c));
    }
    expect(getCollectionForEditing({ db: t.db, viewer: SYSTEM }, c)).toMatchObject({
      published: false,
      entries: [{ team: { slug: team } }],
    });
  });

  it("a curator cannot make themselves (or anyone) an admin", () => {
    expect(
      attempt(() =>
        setUserRole({ db: t.db, viewer: viewers.curator! }, (viewers.curator as { id: string }).id, "admin"),
      ),
    ).toBe("not_found");
  });

  it("asking to join another institution gives nothing there until a curator approves", () => {
    const memberId = (viewers.member as { id: string }).id;
    const request = t.db
      .select()
      .from(memberships)
      .where(eq(memberships.userId, memberId))
      .all()
      .find((m) => m.institutionId === OTHER)!;
    expect(request.status).toBe("pending");
    const asking = loadViewer(t.db, memberId);
    const draft = listing(OTHER, "draft");
    expect(
      attempt(() => updateTeam({ db: t.db, viewer: asking }, draft, version(draft), sampleInput({ name: "Edited" }))),
    ).toBe("not_found");
    expect(attempt(() => createTeam({ db: t.db, viewer: asking }, OTHER, sampleInput()))).toBe("forbidden");
    expect(attempt(() => submitTeam({ db: t.db, viewer: asking }, draft, version(draft)))).toBe("not_found");
    decideMembership({ db: t.db, viewer: viewers.curator! }, request.id, "approve", null);
    const approved = loadViewer(t.db, memberId);
    expect(
      attempt(() => updateTeam({ db: t.db, viewer: approved }, draft, version(draft), sampleInput({ name: "Edited" }))),
    ).toBe("ok");
    // Membership of OTHER opens OTHER only.
    const third = makeInstitution(t.db, { slug: "third-uni", verified: true });
    expect(attempt(() => createTeam({ db: t.db, viewer: approved }, third, sampleInput()))).toBe("forbidden");
  });
});

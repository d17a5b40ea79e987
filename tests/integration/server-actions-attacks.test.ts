// Server actions and route handlers called directly, as an attacker would (they are public HTTP
// endpoints whatever the UI shows): without a session, with the wrong role, against another
// institution's records. Each must refuse and change nothing; the owner's own call must work.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  collections,
  collectionTeams,
  emailOutbox,
  institutions,
  memberships,
  searchSynonyms,
  teams,
  users,
} from "@/db/schema";
import { addTeamToCollection, createCollection } from "@/lib/dal/curation/collection-writes";
import { createSynonymGroup } from "@/lib/dal/curation/synonyms";
import { SYSTEM } from "@/lib/viewer";
import type { FormState } from "@/lib/form-state";
import { createTestDb, type TestDb } from "../support/db";
import { addPassword, browserHeaders, cookieFrom, useAppDatabase } from "../support/auth";
import { makeInstitution, makeMember, makeUser, sampleInput } from "../support/listing-fixtures";

let currentHeaders = new Headers();
vi.mock("next/headers", () => ({
  headers: async () => currentHeaders,
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => undefined, delete: () => undefined }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`REDIRECT ${url}`);
  },
  notFound: () => {
    throw new Error("NOT_FOUND");
  },
}));

const { updateTeamAction, createTeamAction, submitTeamAction } = await import("@/app/dashboard/teams/actions");
const { reviewTeamAction, decideMembershipAction, setInstitutionStatusAction } = await import("@/app/curate/actions");
const { setRoleAction } = await import("@/app/admin/actions");
const { updateProfileAction } = await import("@/app/account/actions");
const dataRoute = await import("@/app/account/data/route");
const collectionActions = await import("@/app/curate/collections/actions");
const synonymActions = await import("@/app/curate/synonyms/actions");
const { requestMembershipAction, leaveInstitutionAction, confirmClaimEmailAction } =
  await import("@/app/account/institutions/actions");
const institutionsRoute = await import("@/app/api/institutions/route");

let t: TestDb;
let app: ReturnType<typeof useAppDatabase>;
let OWN: number;
let OTHER: number;
const PASSWORD = "attack test password";
const cookies: Record<string, string> = {};
const ids: Record<string, string> = {};

const withPassword = (userId: string) => addPassword(t.db, userId, PASSWORD);

beforeAll(async () => {
  t = createTestDb();
  app = useAppDatabase(t);
  OWN = makeInstitution(t.db, { slug: "own-uni", verified: true });
  OTHER = makeInstitution(t.db, { slug: "other-uni", verified: true });
  const people = {
    member: makeMember(t.db, OWN, "member@own-uni.ac.uk").id,
    foreignMember: makeMember(t.db, OTHER, "member@other-uni.ac.uk").id,
    sme: makeUser(t.db, "sme", "sme@firm.example").id,
    curator: makeUser(t.db, "curator", "curator@atlas.example").id,
  };
  for (const [name, id] of Object.entries(people)) {
    ids[name] = id;
    withPassword(id);
    const email = t.db.select().from(users).where(eq(users.id, id)).get()!.email;
    // Staff have two-step sign-in; its second step has its own tests (two-factor.test.ts), so
    // here the password step stands for both: the flag goes back on once the session exists.
    const twoFactor = t.db.select({ on: users.twoFactorEnabled }).from(users).where(eq(users.id, id)).get()!.on;
    if (twoFactor) t.db.update(users).set({ twoFactorEnabled: false }).where(eq(users.id, id)).run();
    const res = await app.auth().api.signInEmail({
      body: { email, password: PASSWORD },
      headers: browserHeaders(`198.51.100.${Object.keys(ids).length}`),
      asResponse: true,
    });
    cookies[name] = cookieFrom(res);
    if (twoFactor) t.db.update(users).set({ twoFactorEnabled: true }).where(eq(users.id, id)).run();
  }
});
afterAll(() => {
  app.close();
  t.close();
});

const as = (who: string | null) => {
  currentHeaders = browserHeaders("203.0.113.99", who ? cookies[who] : undefined);
};

function teamForm(slug: string, version: number, overrides: Record<string, string> = {}): FormData {
  const input = sampleInput({ name: "Hijacked Lab" });
  const fd = new FormData();
  fd.set("idempotencyKey", randomUUID());
  fd.set("slug", slug);
  fd.set("version", String(version));
  fd.set("name", input.name);
  fd.set("summary", input.summary);
  for (const k of input.keywords) fd.append("keywords", k);
  fd.append("fields", "2.3");
  fd.append("knowledgeTypes", "specialist-advice");
  fd.append("languages", "en");
  fd.set("availability", "now");
  fd.set("contactEmail", "attacker@evil.example");
  for (const [k, v] of Object.entries(overrides)) fd.set(k, v);
  return fd;
}

const IDLE: FormState = { status: "idle" };
function listing(institutionId: number, status: "draft" | "pending" | "published"): { slug: string; version: number } {
  const slug = `lab-${Math.random().toString(36).slice(2, 9)}`;
  t.db
    .insert(teams)
    .values({
      ...sampleInput(),
      slug,
      institutionId,
      status,
      engagementModes: undefined,
      caseStudies: undefined,
    } as never)
    .run();
  return { slug, version: 1 };
}
const stored = (slug: string) => t.db.select().from(teams).where(eq(teams.slug, slug)).get()!;
async function outcome(p: Promise<FormState>): Promise<FormState | string> {
  try {
    return await p;
  } catch (err) {
    return (err as Error).message;
  }
}

describe("listing server actions called directly", () => {
  let draft: { slug: string; version: number };
  let published: { slug: string; version: number };
  beforeEach(() => {
    draft = listing(OWN, "draft");
    published = listing(OWN, "published");
  });

  it("without a session: refused, nothing written", async () => {
    as(null);
    const r = await outcome(updateTeamAction(IDLE, teamForm(draft.slug, 1)));
    expect(r).toMatchObject({ status: "error", message: expect.stringMatching(/session has ended/) });
    expect(stored(draft.slug)).toMatchObject({ name: "Ultrasonic Welding Lab", version: 1 });
  });

  it.each([
    ["sme", "published", /cannot edit/],
    ["foreignMember", "published", /cannot edit/],
    ["sme", "draft", /Not found/],
    ["foreignMember", "draft", /Not found/],
  ] as const)(
    "as %s on another institution's %s listing: refused (%s), nothing written",
    async (who, which, message) => {
      as(who);
      const target = which === "draft" ? draft : published;
      const r = await outcome(updateTeamAction(IDLE, teamForm(target.slug, 1)));
      expect(r).toMatchObject({ status: "error", message: expect.stringMatching(message) });
      expect(stored(target.slug)).toMatchObject({
        name: "Ultrasonic Welding Lab",
        version: 1,
        contactEmail: "lab@own.ac.uk",
      });
    },
  );

  it("a member cannot create a listing for another institution", async () => {
    as("foreignMember");
    const fd = teamForm("", 1);
    fd.set("institutionId", String(OWN));
    const before = t.db.select().from(teams).all().length;
    expect(await outcome(createTeamAction(IDLE, fd))).toMatchObject({
      status: "error",
      message: expect.stringMatching(/own institution/),
    });
    expect(t.db.select().from(teams).all().length).toBe(before);
  });

  it("a member cannot publish by calling the curators' review action", async () => {
    as("member");
    const pending = listing(OWN, "pending");
    const fd = new FormData();
    fd.set("slug", pending.slug);
    fd.set("version", "1");
    fd.set("decision", "publish");
    expect(await outcome(reviewTeamAction(IDLE, fd))).toMatchObject({ status: "error" });
    expect(stored(pending.slug).status).toBe("pending");
  });

  it("a save refused for bad input answers with everything as sent, for the form to show again without JavaScript", async () => {
    as("member");
    const fd = teamForm(draft.slug, 1, {
      summary: "Too short",
      leadOrcid: "0000-0002-1825-0098",
      "mode:consultancy": "on",
      "mode:consultancy:costBand": "5k-25k",
    });
    fd.set("caseStudies.0.partnerKind", "sme");
    fd.set("caseStudies.0.challenge", "A challenge of ours");
    const r = (await outcome(updateTeamAction(IDLE, fd))) as FormState & { draft?: Record<string, unknown> };
    // A draft may keep a short summary; the other problems refuse the save.
    expect(r).toMatchObject({
      status: "error",
      fields: {
        leadOrcid: expect.any(String),
        "mode:consultancy:duration": expect.any(String),
        "caseStudies.0.outcome": expect.any(String),
      },
    });
    expect(r.draft).toMatchObject({
      name: "Hijacked Lab",
      summary: "Too short",
      leadOrcid: "0000-0002-1825-0098",
      modes: expect.objectContaining({ consultancy: { on: true, costBand: "5k-25k", duration: "" } }),
      caseStudies: [expect.objectContaining({ challenge: "A challenge of ours" })],
    });
    expect(stored(draft.slug).version).toBe(1);
  });

  it("the owner's own call goes through (so the refusals above are about who, not how)", async () => {
    as("member");
    expect(await outcome(updateTeamAction(IDLE, teamForm(draft.slug, 1)))).toBe(
      `REDIRECT /dashboard/teams/${draft.slug}?done=saved`,
    );
    expect(stored(draft.slug)).toMatchObject({ name: "Hijacked Lab", version: 2 });
    expect(await outcome(submitTeamAction(IDLE, teamForm(draft.slug, 2)))).toBe(
      `REDIRECT /dashboard/teams/${draft.slug}?done=submitted`,
    );
  });
});

describe("people and institution actions called directly", () => {
  it("a member cannot approve a membership request", async () => {
    const applicant = makeUser(t.db, "university", "applicant@own-uni.ac.uk").id;
    const m = t.db
      .insert(memberships)
      .values({ userId: applicant, institutionId: OWN, status: "pending" })
      .returning()
      .get();
    as("member");
    const fd = new FormData();
    fd.set("membershipId", String(m.id));
    fd.set("decision", "approve");
    expect(await outcome(decideMembershipAction(IDLE, fd))).toMatchObject({ status: "error" });
    expect(t.db.select().from(memberships).where(eq(memberships.id, m.id)).get()!.status).toBe("pending");
  });

  it("an SME cannot verify or trust an institution", async () => {
    as("sme");
    const fd = new FormData();
    fd.set("institutionId", String(OTHER));
    fd.set("field", "trusted");
    fd.set("value", "true");
    expect(await outcome(setInstitutionStatusAction(IDLE, fd))).toMatchObject({ status: "error" });
    expect(t.db.select().from(institutions).where(eq(institutions.id, OTHER)).get()!.trusted).toBe(false);
  });

  it("a curator cannot make anyone (least of all themselves) an admin", async () => {
    as("curator");
    for (const target of [ids.curator!, ids.sme!]) {
      const fd = new FormData();
      fd.set("userId", target);
      fd.set("role", "admin");
      expect(await outcome(setRoleAction(IDLE, fd))).toMatchObject({ status: "error" });
    }
    expect(t.db.select().from(users).where(eq(users.role, "admin")).all()).toHaveLength(0);
  });

  it("a profile update cannot smuggle in a role", async () => {
    as("sme");
    const fd = new FormData();
    fd.set("name", "Still an SME");
    fd.set("role", "admin");
    expect(await outcome(updateProfileAction(IDLE, fd))).toMatchObject({ status: "success" });
    expect(t.db.select().from(users).where(eq(users.id, ids.sme!)).get()).toMatchObject({
      name: "Still an SME",
      role: "sme",
    });
  });
});

describe("joining and leaving institutions, called directly", () => {
  const claimForm = (fields: Record<string, string>) => {
    const fd = new FormData();
    fd.set("idempotencyKey", randomUUID());
    for (const [k, v] of Object.entries(fields)) fd.set(k, v);
    return fd;
  };

  it("asking to join needs a session and a university account", async () => {
    const before = t.db.select().from(memberships).all().length;
    as(null);
    expect(
      await outcome(requestMembershipAction(IDLE, claimForm({ institution: "other-uni", note: "let me in" }))),
    ).toMatchObject({ status: "error", message: expect.stringMatching(/session has ended/) });
    as("sme");
    expect(
      await outcome(requestMembershipAction(IDLE, claimForm({ institution: "other-uni", note: "let me in" }))),
    ).toMatchObject({ status: "error", message: expect.stringMatching(/university staff/) });
    expect(t.db.select().from(memberships).all().length).toBe(before);
  });

  it("bad evidence comes back beside its field with what was typed", async () => {
    as("member");
    const r = await outcome(
      requestMembershipAction(IDLE, claimForm({ institution: "other-uni", email: "me@gmail.com", jobTitle: "Reader" })),
    );
    expect(r).toMatchObject({
      status: "error",
      fields: { email: expect.stringMatching(/not at other uni/) },
      values: { email: "me@gmail.com", jobTitle: "Reader" },
    });
  });

  it("nobody can leave for someone else, or confirm someone else's address", async () => {
    as("member");
    expect(
      await outcome(
        requestMembershipAction(IDLE, claimForm({ institution: "other-uni", email: "member@other-uni.ac.uk" })),
      ),
    ).toBe("REDIRECT /account/institutions?done=email");
    const request = t.db
      .select()
      .from(memberships)
      .where(eq(memberships.userId, ids.member!))
      .all()
      .find((m) => m.institutionId === OTHER)!;
    const token = /token=(\S+)/.exec(
      t.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, "member@other-uni.ac.uk")).get()!.textBody,
    )![1]!;
    as("foreignMember");
    expect(await outcome(leaveInstitutionAction(IDLE, claimForm({ membershipId: String(request.id) })))).toMatchObject({
      status: "error",
      message: "Not found.",
    });
    expect(await outcome(confirmClaimEmailAction(IDLE, claimForm({ token })))).toMatchObject({ status: "error" });
    expect(t.db.select().from(memberships).where(eq(memberships.id, request.id)).get()?.status).toBe("pending");
    as("member");
    expect(await outcome(confirmClaimEmailAction(IDLE, claimForm({ token })))).toBe(
      "REDIRECT /account/institutions?done=joined",
    );
    expect(await outcome(leaveInstitutionAction(IDLE, claimForm({ membershipId: String(request.id) })))).toBe(
      "REDIRECT /account/institutions?done=left",
    );
  });
});

describe("institution search route handler", () => {
  const get = (query: string) => institutionsRoute.GET(new Request(`http://127.0.0.1:3999/api/institutions${query}`));

  it("answers 401 without a session and 400 naming a bad parameter", async () => {
    as(null);
    const anon = await get("?q=uni");
    expect(anon.status).toBe(401);
    expect(await anon.json()).toMatchObject({ error: { code: "unauthenticated" } });
    as("sme");
    const bad = await get("?q=uni&limit=500");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { fields: { limit: "limit must be at most 20" } } });
    expect((await get("?q=uni&role=admin")).status).toBe(400);
  });

  it("lists matching institutions for a signed-in person", async () => {
    as("member");
    const res = await get("?q=other");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      q: "other",
      institutions: [{ slug: "other-uni", name: "other uni", verified: true }],
    });
  });
});

describe("collection server actions called directly", () => {
  const form = (fields: Record<string, string>) => {
    const fd = new FormData();
    fd.set("idempotencyKey", randomUUID());
    for (const [k, v] of Object.entries(fields)) fd.set(k, v);
    return fd;
  };
  let slug: string;
  let team: string;
  beforeEach(() => {
    team = listing(OWN, "published").slug;
    slug = createCollection(
      { db: t.db, viewer: SYSTEM },
      { title: `Target ${Math.random().toString(36).slice(2, 8)}`, editorialNote: "Original.", published: true },
    ).slug;
    addTeamToCollection({ db: t.db, viewer: SYSTEM }, slug, team, "Original note.");
  });
  const state = () => {
    const collection = t.db.select().from(collections).where(eq(collections.slug, slug)).get();
    const entries = collection
      ? t.db.select().from(collectionTeams).where(eq(collectionTeams.collectionId, collection.id)).all()
      : [];
    return { collection, entries, count: t.db.select().from(collections).all().length };
  };

  it.each([null, "sme", "member"] as const)(
    "as %s: every collection write is refused and nothing changes",
    async (who) => {
      as(who);
      const before = state();
      const calls: Promise<FormState>[] = [
        collectionActions.createCollectionAction(IDLE, form({ title: "Hijacked" })),
        collectionActions.updateCollectionAction(
          IDLE,
          form({ collection: slug, title: "Hijacked", editorialNote: "", published: "" }),
        ),
        collectionActions.addTeamToCollectionAction(
          IDLE,
          form({ collection: slug, team: listing(OWN, "published").slug, note: "" }),
        ),
        collectionActions.setCollectionTeamNoteAction(IDLE, form({ collection: slug, team, note: "Hijacked" })),
        collectionActions.moveCollectionTeamAction(IDLE, form({ collection: slug, team, direction: "down" })),
        collectionActions.removeCollectionTeamAction(IDLE, form({ collection: slug, team })),
        collectionActions.deleteCollectionAction(IDLE, form({ collection: slug, confirm: "on" })),
      ];
      for (const call of calls) expect(await outcome(call)).toMatchObject({ status: "error" });
      expect(state()).toEqual(before);
    },
  );

  it("a curator's calls go through, and bad input comes back beside the field", async () => {
    as("curator");
    expect(
      await outcome(
        collectionActions.addTeamToCollectionAction(IDLE, form({ collection: slug, team: "<script>", note: "" })),
      ),
    ).toMatchObject({
      status: "error",
      fields: { team: expect.stringMatching(/letters, digits and hyphens/) },
      values: { team: "<script>" },
    });
    expect(
      await outcome(
        collectionActions.setCollectionTeamNoteAction(IDLE, form({ collection: slug, team, note: "New note." })),
      ),
    ).toMatchObject({ status: "success" });
    expect(state().entries[0]!.note).toBe("New note.");
    expect(await outcome(collectionActions.deleteCollectionAction(IDLE, form({ collection: slug })))).toMatchObject({
      status: "error",
      fields: { confirm: expect.any(String) },
    });
    expect(
      await outcome(collectionActions.deleteCollectionAction(IDLE, form({ collection: slug, confirm: "on" }))),
    ).toBe("REDIRECT /curate/collections?deleted=1");
    expect(state().collection).toBeUndefined();
  });
});

describe("synonym server actions called directly", () => {
  const form = (fields: Record<string, string>) => {
    const fd = new FormData();
    for (const [k, v] of Object.entries(fields)) fd.set(k, v);
    return fd;
  };
  let group: number;
  beforeEach(() => {
    group = createSynonymGroup(
      { db: t.db, viewer: SYSTEM },
      { terms: [`target${Math.random().toString(36).slice(2, 8)}`, "effluent"], note: "Original." },
    ).id;
  });
  const state = () => t.db.select().from(searchSynonyms).all();

  it.each([null, "sme", "member"] as const)(
    "as %s: every synonym write is refused and nothing changes",
    async (who) => {
      as(who);
      const before = state();
      const calls: Promise<FormState>[] = [
        synonymActions.createSynonymGroupAction(IDLE, form({ terms: "hijacked\nwords", note: "" })),
        synonymActions.updateSynonymGroupAction(IDLE, form({ group: String(group), terms: "hijacked\nwords" })),
        synonymActions.deleteSynonymGroupAction(IDLE, form({ group: String(group) })),
      ];
      for (const call of calls) expect(await outcome(call)).toMatchObject({ status: "error" });
      expect(state()).toEqual(before);
    },
  );

  it("a curator's calls go through, and bad input comes back beside the field", async () => {
    as("curator");
    expect(
      await outcome(synonymActions.createSynonymGroupAction(IDLE, form({ terms: "<script>", note: "" }))),
    ).toMatchObject({
      status: "error",
      fields: { terms: expect.stringMatching(/at least two/) },
      values: { terms: "<script>" },
    });
    expect(
      await outcome(synonymActions.updateSynonymGroupAction(IDLE, form({ group: "1; DROP TABLE", terms: "a1\nb1" }))),
    ).toMatchObject({ status: "error", message: expect.stringMatching(/out of date/) });
    expect(
      await outcome(
        synonymActions.updateSynonymGroupAction(IDLE, form({ group: String(group), terms: "sludge\nslurry" })),
      ),
    ).toMatchObject({ status: "success" });
    expect(state().find((g) => g.id === group)!.terms).toEqual(["sludge", "slurry"]);
    expect(await outcome(synonymActions.deleteSynonymGroupAction(IDLE, form({ group: String(group) })))).toBe(
      `REDIRECT /curate/synonyms?removed=${encodeURIComponent("sludge, slurry")}`,
    );
    expect(state().find((g) => g.id === group)).toBeUndefined();
  });
});

describe("download-my-data route handler", () => {
  it("answers 401 without a session", async () => {
    as(null);
    const res = await dataRoute.GET();
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: "unauthenticated" } });
  });

  it("returns only the signed-in person's own data, as a JSON download", async () => {
    as("sme");
    const res = await dataRoute.GET();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename="expertise-atlas-my-data-/);
    const body = await res.json();
    expect(body.account.email).toBe("sme@firm.example");
    expect(JSON.stringify(body)).not.toContain("member@own-uni.ac.uk");
  });
});

// Listing writes on a real database: drafts, edits with version checks, the review lifecycle,
// material changes, trusted institutions, confirmation, and the audit trail.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, emailOutbox, institutions, searchChanges, teams } from "@/db/schema";
import { getTeamHistory, keywordSuggestions, listDashboardTeams } from "@/lib/dal/teams/owner-queries";
import { archiveTeam, confirmTeam, restoreTeam, reviewTeam, submitTeam } from "@/lib/dal/teams/lifecycle";
import { createTeam, STALE_VERSION_MESSAGE, updateTeam } from "@/lib/dal/teams/writes";
import { getTeam } from "@/lib/dal/teams/public";
import { AppError } from "@/lib/errors";
import { teamDraftSchema, type TeamInput } from "@/lib/validation/team";
import { ANONYMOUS } from "@/lib/viewer";
import { createTestDb, type TestDb } from "../support/db";
import { makeInstitution, makeMember, makeUser, sampleInput } from "../support/listing-fixtures";

let t: TestDb;
let own: number;
let trusted: number;
let ownerA: Awaited<ReturnType<typeof makeMember>>;
let ownerB: Awaited<ReturnType<typeof makeMember>>;
let trustedMember: Awaited<ReturnType<typeof makeMember>>;
let curator: ReturnType<typeof makeUser>;

beforeAll(() => {
  t = createTestDb();
  own = makeInstitution(t.db, { slug: "own-university", verified: true });
  trusted = makeInstitution(t.db, { slug: "trusted-university", verified: true, trusted: true });
  ownerA = makeMember(t.db, own, "a@own.ac.uk");
  ownerB = makeMember(t.db, own, "b@own.ac.uk");
  trustedMember = makeMember(t.db, trusted, "m@trusted.ac.uk");
  curator = makeUser(t.db, "curator", "c@curators.example");
});
afterAll(() => t.close());

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
const mailsTo = (address: string) => t.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, address)).all();

describe("incomplete drafts", () => {
  it("saves with a name only; submitting asks for everything, naming each missing field", () => {
    const draft = teamDraftSchema.parse({
      keywords: [],
      fields: [],
      knowledgeTypes: [],
      languages: [],
      name: "Half-written lab",
      availability: "now",
      engagementModes: [],
      facilities: [],
      caseStudies: [],
      sectors: [],
    });
    const { slug } = createTeam(t.ctx(ownerA.viewer), own, draft);
    expect(row(slug)).toMatchObject({ status: "draft", summary: "", fields: [], knowledgeTypes: [] });
    let err: AppError | null = null;
    try {
      submitTeam(t.ctx(ownerA.viewer), slug, 1);
    } catch (e) {
      err = e as AppError;
    }
    expect(err?.code).toBe("bad_request");
    expect(Object.keys(err?.fields ?? {}).sort()).toEqual(
      ["contactEmail", "fields", "keywords", "knowledgeTypes", "languages", "summary"].sort(),
    );
    expect(err?.message).toMatch(/^Before it can be submitted for review, the listing needs 6 more things: /);
    expect(err?.message).toContain("Choose at least one of the fields of science");
    expect(row(slug).status).toBe("draft");
    // Completed, it goes to review.
    updateTeam(t.ctx(ownerA.viewer), slug, 1, sampleInput({ name: "Half-written lab" }));
    expect(submitTeam(t.ctx(ownerA.viewer), slug, 2).status).toBe("pending");
    // Under review, it must stay complete.
    expect(code(() => updateTeam(t.ctx(ownerA.viewer), slug, 3, { ...sampleInput(), fields: [] }))).toBe("bad_request");
  });
});

describe("drafts and edits", () => {
  let slug: string;
  it("creates a draft for the member's institution, recording who in the audit log", () => {
    slug = createTeam(t.ctx(ownerA.viewer), own, sampleInput()).slug;
    expect(row(slug)).toMatchObject({ status: "draft", version: 1, createdBy: ownerA.id, institutionId: own });
    const log = t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, String(row(slug).id)))
      .all();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ action: "team.create", actorUserId: ownerA.id });
    // Drafts are invisible to the public.
    expect(getTeam(t.ctx(ANONYMOUS), slug)).toBeNull();
  });

  it("gives a second listing with the same name its own slug", () => {
    const other = createTeam(t.ctx(ownerB.viewer), own, sampleInput()).slug;
    expect(other).not.toBe(slug);
  });

  it("lets another member of the same institution edit, and records before/after", () => {
    const r = updateTeam(t.ctx(ownerB.viewer), slug, 1, { ...sampleInput(), description: "Now with more detail." });
    expect(r).toMatchObject({ version: 2, status: "draft", changed: true });
    const history = getTeamHistory(t.ctx(ownerA.viewer), slug);
    expect(history[0]).toMatchObject({
      action: "team.update",
      actorName: "b@own.ac.uk",
      changedFields: ["description"],
    });
  });

  it("refuses a save based on a stale version, with a message that says what to do", () => {
    let err: unknown;
    try {
      updateTeam(t.ctx(ownerA.viewer), slug, 1, { ...sampleInput(), description: "Overwriting B's edit." });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("conflict");
    expect((err as AppError).message).toBe(STALE_VERSION_MESSAGE);
    expect(row(slug).description).toBe("Now with more detail.");
  });

  it("does not write (or bump the version) when nothing changed", () => {
    const current = row(slug);
    const input: TeamInput = { ...sampleInput(), description: "Now with more detail." };
    expect(updateTeam(t.ctx(ownerA.viewer), slug, current.version, input)).toMatchObject({
      changed: false,
      version: current.version,
    });
  });

  it("suggests keywords already used by published listings", () => {
    t.db
      .update(teams)
      .set({ status: "published", keywords: ["ultrasonic welding", "plastics"] })
      .where(eq(teams.slug, slug))
      .run();
    expect(keywordSuggestions(t.ctx(ownerA.viewer))).toEqual(
      expect.arrayContaining(["ultrasonic welding", "plastics"]),
    );
    t.db.update(teams).set({ status: "draft", keywords: sampleInput().keywords }).where(eq(teams.slug, slug)).run();
  });
});

describe("review lifecycle", () => {
  let slug: string;
  const v = () => row(slug).version;

  it("draft → pending on submit; a curator requests changes with a reason, e-mailed to the owners", () => {
    slug = createTeam(t.ctx(ownerA.viewer), own, sampleInput({ name: "Lifecycle Lab" })).slug;
    updateTeam(t.ctx(ownerB.viewer), slug, v(), sampleInput({ name: "Lifecycle Lab", description: "B was here." }));
    expect(submitTeam(t.ctx(ownerA.viewer), slug, v()).status).toBe("pending");
    expect(code(() => submitTeam(t.ctx(ownerA.viewer), slug, v()))).toBe("conflict");
    reviewTeam(t.ctx(curator.viewer), slug, v(), "request_changes", "Say which plastics.");
    expect(row(slug)).toMatchObject({ status: "changes_requested", reviewNote: "Say which plastics." });
    for (const owner of ["a@own.ac.uk", "b@own.ac.uk"]) {
      const mail = mailsTo(owner).at(-1)!;
      expect(mail.subject).toBe('Changes requested to your listing "Lifecycle Lab"');
      expect(mail.textBody).toContain("Say which plastics.");
      expect(mail.textBody).toContain(`/dashboard/teams/${slug}/edit`);
    }
  });

  it("a curator reviewing a version the owners have since changed must look again", () => {
    updateTeam(
      t.ctx(ownerA.viewer),
      slug,
      v(),
      sampleInput({ name: "Lifecycle Lab", summary: "Fixed: we weld ABS, PP and PC for small manufacturers." }),
    );
    submitTeam(t.ctx(ownerA.viewer), slug, v());
    const seen = v();
    updateTeam(
      t.ctx(ownerA.viewer),
      slug,
      seen,
      sampleInput({ name: "Lifecycle Lab", summary: "Changed again while waiting for review, quietly." }),
    );
    expect(code(() => reviewTeam(t.ctx(curator.viewer), slug, seen, "publish", null))).toBe("conflict");
  });

  it("publishes: confirmed now, public, searchable (a search change is recorded), owners told", () => {
    const before = t.db.select().from(searchChanges).all().length;
    reviewTeam(t.ctx(curator.viewer), slug, v(), "publish", null);
    const r = row(slug);
    expect(r.status).toBe("published");
    expect(r.confirmedAt!.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(r.publishedAt).not.toBeNull();
    expect(getTeam(t.ctx(ANONYMOUS), slug)?.name).toBe("Lifecycle Lab");
    expect(t.db.select().from(searchChanges).all().length).toBeGreaterThan(before);
    expect(mailsTo("a@own.ac.uk").at(-1)!.subject).toBe('Your listing "Lifecycle Lab" is now published');
  });

  it("non-material edits by owners stay published (and count as a confirmation)", () => {
    t.db
      .update(teams)
      .set({ confirmedAt: new Date(Date.now() - 400 * 86_400_000), reminderSentAt: new Date() })
      .where(eq(teams.slug, slug))
      .run();
    const r = updateTeam(t.ctx(ownerB.viewer), slug, v(), {
      ...sampleInput({ name: "Lifecycle Lab", summary: "Changed again while waiting for review, quietly." }),
      availability: "limited",
    });
    expect(r).toMatchObject({ status: "published", sentBackToReview: false });
    expect(row(slug).confirmedAt!.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(row(slug).reminderSentAt).toBeNull();
  });

  it.each<[string, Partial<TeamInput>]>([
    ["name", { name: "Lifecycle Laboratory" }],
    ["keywords", { keywords: ["something new"] }],
    ["summary", { summary: "An entirely different summary about what we do for firms." }],
  ])("a material change (%s) by an owner sends a published listing back to review", (_field, change) => {
    if (row(slug).status !== "published") reviewTeam(t.ctx(curator.viewer), slug, v(), "publish", null);
    const current = sampleInput({
      name: row(slug).name,
      summary: row(slug).summary,
      keywords: row(slug).keywords,
      availability: "limited",
    });
    const r = updateTeam(t.ctx(ownerA.viewer), slug, v(), { ...current, ...change });
    expect(r).toMatchObject({ status: "pending", sentBackToReview: true });
    expect(getTeam(t.ctx(ANONYMOUS), slug)).toBeNull();
    expect(
      t.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.entityId, String(row(slug).id)))
        .all()
        .at(-1)!.action,
    ).toBe("team.update_sent_to_review");
  });

  it("a verified and trusted institution publishes on submit, and material edits stay published", () => {
    const s = createTeam(t.ctx(trustedMember.viewer), trusted, sampleInput({ name: "Trusted Lab" })).slug;
    expect(submitTeam(t.ctx(trustedMember.viewer), s, row(s).version).status).toBe("published");
    const r = updateTeam(t.ctx(trustedMember.viewer), s, row(s).version, sampleInput({ name: "Trusted Lab Renamed" }));
    expect(r.status).toBe("published");
    // Trust without verification is not trust.
    t.db.update(institutions).set({ verifiedAt: null }).where(eq(institutions.id, trusted)).run();
    expect(
      updateTeam(t.ctx(trustedMember.viewer), s, row(s).version, sampleInput({ name: "Trusted Lab Again" })).status,
    ).toBe("pending");
    t.db.update(institutions).set({ verifiedAt: new Date() }).where(eq(institutions.id, trusted)).run();
  });

  it("rejection is final for owners; a curator can restore; owners can archive and confirm", () => {
    const s = createTeam(t.ctx(ownerA.viewer), own, sampleInput({ name: "Rejected Lab" })).slug;
    submitTeam(t.ctx(ownerA.viewer), s, row(s).version);
    expect(code(() => reviewTeam(t.ctx(curator.viewer), s, row(s).version, "reject", "Not a research team."))).toBe(
      "ok",
    );
    expect(mailsTo("a@own.ac.uk").at(-1)!.textBody).toContain("Not a research team.");
    expect(
      code(() => updateTeam(t.ctx(ownerA.viewer), s, row(s).version, sampleInput({ name: "Rejected Lab 2" }))),
    ).toBe("forbidden");
    expect(code(() => submitTeam(t.ctx(ownerA.viewer), s, row(s).version))).toBe("forbidden");
    expect(restoreTeam(t.ctx(curator.viewer), s, row(s).version).status).toBe("draft");
    submitTeam(t.ctx(ownerA.viewer), s, row(s).version);
    reviewTeam(t.ctx(curator.viewer), s, row(s).version, "publish", null);
    t.db
      .update(teams)
      .set({ confirmedAt: new Date(0) })
      .where(eq(teams.slug, s))
      .run();
    confirmTeam(t.ctx(ownerB.viewer), s, row(s).version);
    expect(row(s).confirmedAt!.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(archiveTeam(t.ctx(ownerB.viewer), s, row(s).version).status).toBe("archived");
    expect(getTeam(t.ctx(ANONYMOUS), s)).toBeNull();
  });

  it("the dashboard lists the institution's listings for members", () => {
    const names = listDashboardTeams(t.ctx(ownerB.viewer)).map((d) => d.name);
    expect(names).toEqual(expect.arrayContaining(["Lifecycle Laboratory", "Rejected Lab"]));
    expect(names).not.toContain("Trusted Lab Again");
  });
});

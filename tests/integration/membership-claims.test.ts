// Joining further institutions after sign-up, on a real database: evidence by an e-mailed link
// (or the account's own confirmed address), curator decisions, leaving, and what each step lets
// the person do to listings.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, emailOutbox, memberships, teams, users, verifications } from "@/db/schema";
import { listMembershipsOf, loadViewer } from "@/lib/dal/accounts/internal/viewer";
import { listDashboardTeams } from "@/lib/dal/teams/owner-queries";
import { createTeam, updateTeam } from "@/lib/dal/teams/writes";
import {
  CLAIM_EMAILS_PER_DAY,
  getInstitutionToJoin,
  leaveInstitution,
  MAX_OPEN_REQUESTS,
  requestMembership,
} from "@/lib/dal/accounts/membership-claims";
import { CLAIM_LINK_TTL_MS } from "@/lib/dal/accounts/internal/claim-tokens";
import { confirmClaimEmail, getClaimByToken } from "@/lib/dal/accounts/membership-email";
import { decideMembership, listMembershipRequests } from "@/lib/dal/accounts/memberships";
import { AppError } from "@/lib/errors";
import type { MembershipClaim } from "@/lib/validation/membership";
import type { Viewer } from "@/lib/viewer";
import { createTestDb, type TestDb } from "../support/db";
import { makeInstitution, makeMember, makeUser, sampleInput } from "../support/listing-fixtures";

let t: TestDb;
let A: number; // the member's first institution (verified)
let B: number; // verified, domain b-uni.ac.uk
let C: number; // not verified, domain c-uni.ac.uk
let member: { id: string };
let curator: Viewer;
let bDraft: string;

const viewerOf = (id: string) => loadViewer(t.db, id);
const claim = (institution: string, over: Partial<MembershipClaim> = {}): MembershipClaim => ({
  institution,
  email: null,
  jobTitle: null,
  note: null,
  ...over,
});
const code = (fn: () => unknown) => {
  try {
    fn();
    return "ok";
  } catch (err) {
    if (err instanceof AppError) return err.code;
    throw err;
  }
};
const tokenIn = (address: string) => {
  const mail = t.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, address)).all().at(-1);
  const m = /\/account\/institutions\/confirm\?token=(\d+\.[A-Za-z0-9_-]+)/.exec(mail?.textBody ?? "");
  if (!m) throw new Error(`no confirmation link to ${address}`);
  return m[1]!;
};
const statusOf = (id: number) => t.db.select().from(memberships).where(eq(memberships.id, id)).get()?.status;

beforeAll(() => {
  t = createTestDb();
  A = makeInstitution(t.db, { slug: "a-uni", verified: true });
  B = makeInstitution(t.db, { slug: "b-uni", verified: true });
  C = makeInstitution(t.db, { slug: "c-uni", verified: false });
  member = makeMember(t.db, A, "ada@a-uni.ac.uk");
  curator = makeUser(t.db, "curator", "cu@atlas.example").viewer;
  bDraft = createTeam(t.systemCtx(), B, sampleInput({ name: "B Team" })).slug;
  createTeam(t.systemCtx(), A, sampleInput({ name: "A Team" }));
});
afterAll(() => t.close());

describe("joining a second institution with an address there", () => {
  let requestId: number;
  let token: string;

  it("records a pending request and e-mails a link to the address, storing only a hash of its secret", () => {
    const r = requestMembership(
      t.ctx(viewerOf(member.id)),
      claim("b-uni", { email: "Ada.L@b-uni.ac.uk".toLowerCase(), jobTitle: "Lecturer" }),
    );
    expect(r.outcome).toBe("email");
    requestId = r.membershipId;
    expect(statusOf(requestId)).toBe("pending");
    token = tokenIn("ada.l@b-uni.ac.uk");
    const stored = t.db
      .select()
      .from(verifications)
      .where(eq(verifications.identifier, `membership-email:${requestId}`))
      .get()!;
    expect(stored.value).not.toContain(token.split(".")[1]!);
    expect(listMembershipsOf(t.db, member.id).find((m) => m.id === requestId)?.awaitingEmail).toBe("ada.l@b-uni.ac.uk");
    expect(
      t.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityType, "membership"), eq(auditLog.entityId, String(requestId))))
        .all()
        .map((a) => a.action),
    ).toEqual(["membership.request"]);
  });

  it("until confirmed, the member of A still cannot touch B's listings", () => {
    const v = viewerOf(member.id);
    expect(v.kind === "user" && v.institutionIds).toEqual([A]);
    const version = t.db.select().from(teams).where(eq(teams.slug, bDraft)).get()!.version;
    expect(code(() => updateTeam(t.ctx(v), bDraft, version, sampleInput({ name: "Hijacked" })))).toBe("not_found");
    expect(code(() => createTeam(t.ctx(v), B, sampleInput()))).toBe("forbidden");
    expect(listDashboardTeams(t.ctx(v)).map((d) => d.name)).toEqual(["A Team"]);
  });

  it("the link works only for the account that asked, and only with the right secret", () => {
    const stranger = makeMember(t.db, B, "someone@b-uni.ac.uk").viewer;
    expect(code(() => getClaimByToken(t.ctx(stranger), token))).toBe("not_found");
    expect(code(() => confirmClaimEmail(t.ctx(stranger), token))).toBe("not_found");
    expect(code(() => confirmClaimEmail(t.ctx(curator), token))).toBe("not_found");
    const forged = `${requestId}.${"A".repeat(43)}`;
    expect(code(() => confirmClaimEmail(t.ctx(viewerOf(member.id)), forged))).toBe("bad_request");
    expect(statusOf(requestId)).toBe("pending");
    expect(getClaimByToken(t.ctx(viewerOf(member.id)), token)).toEqual({
      institutionName: "b uni",
      address: "ada.l@b-uni.ac.uk",
    });
  });

  it("following it makes a member of a verified institution at once, with the listings of both in the dashboard", () => {
    expect(confirmClaimEmail(t.ctx(viewerOf(member.id)), token)).toEqual({
      institutionName: "b uni",
      status: "active",
    });
    const v = viewerOf(member.id);
    expect(v.kind === "user" && [...v.institutionIds].sort()).toEqual([A, B].sort());
    const version = t.db.select().from(teams).where(eq(teams.slug, bDraft)).get()!.version;
    expect(code(() => updateTeam(t.ctx(v), bDraft, version, sampleInput({ name: "B Team, edited" })))).toBe("ok");
    expect(
      listDashboardTeams(t.ctx(v))
        .map((d) => d.name)
        .sort(),
    ).toEqual(["A Team", "B Team, edited"]);
    // The link is spent.
    expect(code(() => confirmClaimEmail(t.ctx(v), token))).toBe("bad_request");
    expect(
      t.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.entityId, String(requestId)))
        .all()
        .map((a) => a.action),
    ).toContain("membership.auto_approve");
  });

  it("asking again where one is already a member, or already waiting, is a conflict", () => {
    expect(code(() => requestMembership(t.ctx(viewerOf(member.id)), claim("b-uni", { note: "again" })))).toBe(
      "conflict",
    );
  });
});

describe("evidence the institution cannot vouch for", () => {
  it("refuses an address on another domain, beside the address field", () => {
    try {
      requestMembership(t.ctx(viewerOf(member.id)), claim("c-uni", { email: "ada@gmail.com" }));
      expect.unreachable();
    } catch (err) {
      expect((err as AppError).fields?.email).toMatch(/not at c uni.*c-uni\.ac\.uk/);
    }
  });

  it("at an unverified institution a confirmed address waits for a curator, who sees it confirmed", () => {
    const r = requestMembership(
      t.ctx(viewerOf(member.id)),
      claim("c-uni", { email: "ada@c-uni.ac.uk", note: "New post since May" }),
    );
    expect(confirmClaimEmail(t.ctx(viewerOf(member.id)), tokenIn("ada@c-uni.ac.uk"))).toMatchObject({
      status: "pending",
    });
    const seen = listMembershipRequests(t.ctx(curator)).find((m) => m.id === r.membershipId)!;
    expect(seen.evidence).toMatchObject({
      source: "account",
      note: "New post since May",
      domainMatch: { matchedDomain: "c-uni.ac.uk" },
      claimEmail: { address: "ada@c-uni.ac.uk" },
    });
    expect(seen.evidence.claimEmail?.confirmedAt).toEqual(expect.any(String));
    decideMembership(t.ctx(curator), r.membershipId, "approve", null);
    const v = viewerOf(member.id);
    expect(v.kind === "user" && v.institutionIds).toContain(C);
  });

  it("an expired link is refused and changes nothing", () => {
    const other = makeUser(t.db, "university", "moved@elsewhere.example");
    const r = requestMembership(t.ctx(other.viewer), claim("b-uni", { email: "moved@b-uni.ac.uk" }));
    const later = new Date(Date.now() + CLAIM_LINK_TTL_MS + 60_000);
    expect(code(() => confirmClaimEmail(t.ctx(other.viewer), tokenIn("moved@b-uni.ac.uk"), later))).toBe("bad_request");
    expect(statusOf(r.membershipId)).toBe("pending");
  });
});

describe("people without an institution", () => {
  it("a refused applicant asks again with a note; the same record goes back to the curator", () => {
    const refused = makeUser(t.db, "university", "refused@example.org");
    const first = t.db
      .insert(memberships)
      .values({ userId: refused.id, institutionId: B, status: "rejected", decisionNote: "No evidence" })
      .returning()
      .get();
    expect(getInstitutionToJoin(t.ctx(refused.viewer), "b-uni")?.standing).toBe("rejected");
    const r = requestMembership(
      t.ctx(refused.viewer),
      claim("b-uni", { note: "Here is my staff page: https://b-uni.ac.uk/staff/r" }),
    );
    expect(r).toMatchObject({ membershipId: first.id, outcome: "curator" });
    expect(t.db.select().from(memberships).where(eq(memberships.userId, refused.id)).all()).toMatchObject([
      { status: "pending", decisionNote: null },
    ]);
  });

  it("the account's own confirmed address at a verified institution joins at once, without a second link", () => {
    const moved = makeUser(t.db, "university", "prof@b-uni.ac.uk");
    const before = t.db.select().from(emailOutbox).all().length;
    expect(requestMembership(t.ctx(moved.viewer), claim("b-uni", { email: "prof@b-uni.ac.uk" })).outcome).toBe(
      "active",
    );
    expect(t.db.select().from(emailOutbox).all().length).toBe(before);
  });

  it("business accounts and curators do not ask to join", () => {
    const sme = makeUser(t.db, "sme", "boss@firm.example").viewer;
    expect(code(() => requestMembership(t.ctx(sme), claim("b-uni", { note: "hi" })))).toBe("forbidden");
    expect(code(() => requestMembership(t.ctx(curator), claim("b-uni", { note: "hi" })))).toBe("forbidden");
    expect(code(() => requestMembership(t.ctx(sme), claim("no-such-uni", { note: "hi" })))).toBe("forbidden");
  });

  it("an unknown institution is a bad request naming the field", () => {
    const u = makeUser(t.db, "university", "u@example.org").viewer;
    expect(code(() => requestMembership(t.ctx(u), claim("no-such-uni", { note: "hi" })))).toBe("bad_request");
  });
});

describe("limits", () => {
  it(`at most ${MAX_OPEN_REQUESTS} requests wait at once`, () => {
    const eager = makeUser(t.db, "university", "eager@example.org").viewer;
    for (let i = 0; i < MAX_OPEN_REQUESTS; i++) {
      const slug = `eager-${i}`;
      makeInstitution(t.db, { slug });
      requestMembership(t.ctx(eager), claim(slug, { note: "please" }));
    }
    makeInstitution(t.db, { slug: "eager-last" });
    expect(code(() => requestMembership(t.ctx(eager), claim("eager-last", { note: "please" })))).toBe("bad_request");
  });

  it(`withdrawing and asking again sends at most ${CLAIM_EMAILS_PER_DAY} links a day`, () => {
    const looper = makeUser(t.db, "university", "looper@example.org");
    for (let i = 0; i < CLAIM_EMAILS_PER_DAY; i++) {
      const r = requestMembership(t.ctx(looper.viewer), claim("b-uni", { email: "victim@b-uni.ac.uk" }));
      leaveInstitution(t.ctx(looper.viewer), r.membershipId);
    }
    expect(code(() => requestMembership(t.ctx(looper.viewer), claim("b-uni", { email: "victim@b-uni.ac.uk" })))).toBe(
      "rate_limited",
    );
    expect(t.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, "victim@b-uni.ac.uk")).all()).toHaveLength(
      CLAIM_EMAILS_PER_DAY,
    );
    // A note for the curator still works.
    expect(requestMembership(t.ctx(looper.viewer), claim("b-uni", { note: "Ask Prof. B" })).outcome).toBe("curator");
  });
});

describe("leaving", () => {
  it("only the person can leave; the listings stay with the institution and the member loses access", () => {
    const leaver = makeMember(t.db, A, "leaver@a-uni.ac.uk");
    const slug = createTeam(t.ctx(leaver.viewer), A, sampleInput({ name: "Leaver's Lab" })).slug;
    const membershipId = t.db.select().from(memberships).where(eq(memberships.userId, leaver.id)).get()!.id;
    for (const v of [viewerOf(member.id), curator])
      expect(code(() => leaveInstitution(t.ctx(v), membershipId))).toBe("not_found");
    expect(leaveInstitution(t.ctx(leaver.viewer), membershipId)).toEqual({
      institutionName: "a uni",
      left: "membership",
    });
    const after = viewerOf(leaver.id);
    expect(after.kind === "user" && after.institutionIds).toEqual([]);
    const team = t.db.select().from(teams).where(eq(teams.slug, slug)).get()!;
    expect(team).toMatchObject({ institutionId: A, createdBy: leaver.id });
    expect(code(() => updateTeam(t.ctx(after), slug, team.version, sampleInput({ name: "Still mine?" })))).toBe(
      "not_found",
    );
    expect(
      t.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.entityId, String(membershipId)))
        .all()
        .at(-1)?.action,
    ).toBe("membership.leave");
    expect(t.db.select().from(users).where(eq(users.id, leaver.id)).get()?.role).toBe("university");
  });

  it("withdrawing a pending request removes it and its link", () => {
    const w = makeUser(t.db, "university", "w@example.org");
    const r = requestMembership(t.ctx(w.viewer), claim("b-uni", { email: "w@b-uni.ac.uk" }));
    const token = tokenIn("w@b-uni.ac.uk");
    expect(leaveInstitution(t.ctx(w.viewer), r.membershipId).left).toBe("request");
    expect(code(() => confirmClaimEmail(t.ctx(w.viewer), token))).toBe("not_found");
    expect(
      t.db
        .select()
        .from(verifications)
        .where(eq(verifications.identifier, `membership-email:${r.membershipId}`))
        .all(),
    ).toEqual([]);
  });
});

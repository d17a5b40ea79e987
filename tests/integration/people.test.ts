// Curators deciding memberships and institutions, admins managing roles, and a person's own
// account: export and deletion.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, emailOutbox, institutions, memberships, sessions, teams, users } from "@/db/schema";
import { deleteAccount } from "@/lib/dal/accounts/deletion";
import { exportMyData } from "@/lib/dal/accounts/data-export";
import { activateVerifiedMemberships, loadViewer } from "@/lib/dal/accounts/internal/viewer";
import { getAccount, updateProfile } from "@/lib/dal/accounts/profile";
import { setInstitutionStatus, listInstitutionsForCuration } from "@/lib/dal/institutions/curation";
import { createTeam } from "@/lib/dal/teams/writes";
import { decideMembership, listMembershipRequests } from "@/lib/dal/accounts/memberships";
import { queueEmail } from "@/lib/dal/internal/outbox";
import { setUserRole, setUserSuspended } from "@/lib/dal/accounts/users-admin";
import { AppError } from "@/lib/errors";
import { createTestDb, type TestDb } from "../support/db";
import { makeInstitution, makeMember, makeUser, sampleInput } from "../support/listing-fixtures";

let t: TestDb;
let inst: number;
let curator: ReturnType<typeof makeUser>;
let admin: ReturnType<typeof makeUser>;

beforeAll(() => {
  t = createTestDb();
  inst = makeInstitution(t.db, { slug: "people-uni", domains: ["people-uni.ac.uk"] });
  curator = makeUser(t.db, "curator", "curator@atlas.example");
  admin = makeUser(t.db, "admin", "admin@atlas.example");
});
afterAll(() => t.close());

const errorCode = (fn: () => unknown) => {
  try {
    fn();
    return "ok";
  } catch (err) {
    return err instanceof AppError ? err.code : "thrown";
  }
};

function applicant(email: string, evidence: object) {
  const u = makeUser(t.db, "university", email);
  const m = t.db
    .insert(memberships)
    .values({ userId: u.id, institutionId: inst, status: "pending", evidence: JSON.stringify(evidence) })
    .returning()
    .get();
  return { ...u, membershipId: m.id };
}

describe("membership requests", () => {
  it("show curators the evidence, and approval makes the applicant a member at once, by e-mail", () => {
    const a = applicant("ann@people-uni.ac.uk", {
      emailDomain: "people-uni.ac.uk",
      domainMatch: { matchedDomain: "people-uni.ac.uk" },
      academicHint: { academic: true, names: ["People University"] },
      jobTitle: "Lecturer",
    });
    const req = listMembershipRequests(t.ctx(curator.viewer)).find((r) => r.id === a.membershipId)!;
    expect(req.evidence).toMatchObject({
      domainMatch: { matchedDomain: "people-uni.ac.uk" },
      academicHint: { academic: true },
      jobTitle: "Lecturer",
    });
    expect(req.applicant.email).toBe("ann@people-uni.ac.uk");
    decideMembership(t.ctx(curator.viewer), a.membershipId, "approve", null);
    expect(loadViewer(t.db, a.id)).toMatchObject({ institutionIds: [inst] });
    expect(
      t.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, "ann@people-uni.ac.uk")).get()!.subject,
    ).toMatch(/You can now edit/);
    expect(t.db.select().from(auditLog).where(eq(auditLog.action, "membership.approve")).get()!.actorUserId).toBe(
      curator.id,
    );
  });

  it("rejection carries the curator's reason to the applicant", () => {
    const b = applicant("bob@gmail.com", {
      emailDomain: "gmail.com",
      domainMatch: null,
      claimedInstitution: "People University",
    });
    decideMembership(t.ctx(curator.viewer), b.membershipId, "reject", "We could not confirm you work there.");
    const mail = t.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, "bob@gmail.com")).get()!;
    expect(mail.textBody).toContain("We could not confirm you work there.");
    expect(getAccount(t.ctx(loadViewer(t.db, b.id))).memberships[0]).toMatchObject({
      status: "rejected",
      decisionNote: "We could not confirm you work there.",
    });
  });

  it("verification of the institution is what lets a domain match join without a curator", () => {
    const c = applicant("cat@people-uni.ac.uk", {
      emailDomain: "people-uni.ac.uk",
      domainMatch: { matchedDomain: "people-uni.ac.uk" },
    });
    expect(activateVerifiedMemberships(t.db, c.id)).toBe(0); // institution not verified yet
    setInstitutionStatus(t.ctx(curator.viewer), inst, { verified: true });
    expect(activateVerifiedMemberships(t.db, c.id)).toBe(1);
    const d = applicant("dan@gmail.com", { emailDomain: "gmail.com", domainMatch: null });
    expect(activateVerifiedMemberships(t.db, d.id)).toBe(0); // no domain evidence: a curator decides
  });
});

describe("institutions", () => {
  it("trust needs verification, and removing verification removes trust", () => {
    const other = makeInstitution(t.db, { slug: "other-people-uni" });
    expect(errorCode(() => setInstitutionStatus(t.ctx(curator.viewer), other, { trusted: true }))).toBe("bad_request");
    setInstitutionStatus(t.ctx(curator.viewer), other, { verified: true });
    setInstitutionStatus(t.ctx(curator.viewer), other, { trusted: true });
    expect(t.db.select().from(institutions).where(eq(institutions.id, other)).get()).toMatchObject({ trusted: true });
    setInstitutionStatus(t.ctx(curator.viewer), other, { verified: false });
    expect(t.db.select().from(institutions).where(eq(institutions.id, other)).get()).toMatchObject({
      trusted: false,
      verifiedAt: null,
    });
    const found = listInstitutionsForCuration(t.ctx(curator.viewer), { q: "other-people", filter: "all" });
    expect(found.items.map((i) => i.slug)).toEqual(["other-people-uni"]);
  });
});

describe("roles", () => {
  it("admins appoint curators; nobody changes their own role; the last admin stays", () => {
    const person = makeUser(t.db, "sme", "person@firm.example");
    setUserRole(t.ctx(admin.viewer), person.id, "curator");
    expect(loadViewer(t.db, person.id)).toMatchObject({ role: "curator" });
    expect(errorCode(() => setUserRole(t.ctx(admin.viewer), admin.id, "sme"))).toBe("forbidden");
    // A second admin cannot demote or suspend the only other admin once they are the last one.
    setUserRole(t.ctx(admin.viewer), person.id, "admin");
    // The new admin's role works only once they have set up two-step sign-in.
    expect(errorCode(() => setUserRole(t.ctx(loadViewer(t.db, person.id)), admin.id, "curator"))).toBe("not_found");
    t.db.update(users).set({ twoFactorEnabled: true }).where(eq(users.id, person.id)).run();
    setUserRole(t.ctx(loadViewer(t.db, person.id)), admin.id, "curator");
    // The demoted admin's rights end with the next request (viewers are rebuilt from the database)…
    expect(errorCode(() => setUserRole(t.ctx(loadViewer(t.db, admin.id)), person.id, "sme"))).toBe("not_found");
    // …and even a request still carrying admin rights cannot remove the last admin.
    expect(errorCode(() => setUserRole(t.ctx(admin.viewer), person.id, "sme"))).toBe("conflict");
    expect(errorCode(() => setUserSuspended(t.ctx(loadViewer(t.db, person.id)), person.id, true))).toBe("forbidden");
    setUserRole(t.ctx(loadViewer(t.db, person.id)), admin.id, "admin");
  });

  it("suspension ends sessions and takes every right away at once", () => {
    const m = makeMember(t.db, inst, "sus@people-uni.ac.uk");
    t.db
      .insert(sessions)
      .values({ id: "sus-1", token: "sus-token", userId: m.id, expiresAt: new Date(Date.now() + 86_400_000) })
      .run();
    setUserSuspended(t.ctx(admin.viewer), m.id, true);
    expect(t.db.select().from(sessions).where(eq(sessions.userId, m.id)).all()).toHaveLength(0);
    expect(errorCode(() => createTeam(t.ctx(loadViewer(t.db, m.id)), inst, sampleInput()))).toBe("forbidden");
    setUserSuspended(t.ctx(admin.viewer), m.id, false);
    expect(errorCode(() => createTeam(t.ctx(loadViewer(t.db, m.id)), inst, sampleInput()))).toBe("ok");
  });
});

describe("your own account", () => {
  it("updates the profile; an SME keeps company details, others cannot set them", () => {
    const sme = makeUser(t.db, "sme", "owner@firm.example");
    updateProfile(t.ctx(sme.viewer), {
      name: "Owner",
      companyName: "Firm Ltd",
      companySize: "micro",
      companyCountry: "GB",
      companySector: "C",
    });
    expect(getAccount(t.ctx(sme.viewer)).company).toEqual({
      name: "Firm Ltd",
      size: "micro",
      country: "GB",
      sector: "C",
    });
    updateProfile(t.ctx(curator.viewer), {
      name: "Cur",
      companyName: "Sneaky",
      companySize: "micro",
      companyCountry: "GB",
      companySector: "C",
    });
    expect(getAccount(t.ctx(curator.viewer)).company.name).toBeNull();
  });

  it("exports everything held about the person, without secrets", () => {
    const m = makeMember(t.db, inst, "export@people-uni.ac.uk");
    createTeam(t.ctx(m.viewer), inst, sampleInput({ name: "Export Lab" }));
    queueEmail(t.db, { to: "export@people-uni.ac.uk", subject: "Hi", text: "x" });
    const data = exportMyData(t.ctx(m.viewer));
    expect(data).toMatchObject({
      account: { email: "export@people-uni.ac.uk" },
      listingsCreated: [{ name: "Export Lab" }],
      emailsSentToYou: [{ subject: "Hi" }],
    });
    const text = JSON.stringify(data);
    expect(text).not.toMatch(/password|token/i);
    expect(errorCode(() => exportMyData(t.systemCtx()))).toBe("forbidden");
  });

  it("deletes personal data; listings stay with the institution; audit rows keep only the id", () => {
    const m = makeMember(t.db, inst, "leaver@people-uni.ac.uk");
    const { slug } = createTeam(t.ctx(m.viewer), inst, sampleInput({ name: "Leaver Lab" }));
    queueEmail(t.db, { to: "leaver@people-uni.ac.uk", subject: "Welcome", text: "Dear Leaver" });
    expect(deleteAccount(t.ctx(m.viewer))).toBeNull();
    expect(t.db.select().from(users).where(eq(users.id, m.id)).get()).toBeUndefined();
    expect(t.db.select().from(memberships).where(eq(memberships.userId, m.id)).all()).toHaveLength(0);
    expect(t.db.select().from(teams).where(eq(teams.slug, slug)).get()).toMatchObject({
      institutionId: inst,
      createdBy: null,
    });
    const audit = t.db.select().from(auditLog).where(eq(auditLog.actorUserId, m.id)).all();
    expect(audit.map((a) => a.action)).toEqual(["team.create", "user.delete"]);
    expect(JSON.stringify(audit.find((a) => a.action === "user.delete"))).not.toContain("leaver@");
    expect(
      t.db
        .select()
        .from(emailOutbox)
        .all()
        .some((e) => e.toAddress.includes("leaver@") || e.textBody.includes("Dear Leaver")),
    ).toBe(false);
  });

  it("refuses to delete the last admin", () => {
    const other = t.db
      .select()
      .from(users)
      .where(eq(users.role, "admin"))
      .all()
      .filter((u) => u.id !== admin.id);
    for (const o of other) t.db.update(users).set({ role: "sme" }).where(eq(users.id, o.id)).run();
    expect(deleteAccount(t.ctx(admin.viewer))).toMatch(/only admin/);
    expect(t.db.select().from(users).where(eq(users.id, admin.id)).get()).toBeDefined();
  });
});

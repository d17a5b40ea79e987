// The scheduled jobs: confirmation reminders after 12 months (once), "not confirmed recently"
// after 15, and clean-up of expired auth rows.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailOutbox, rateLimits, sessions, teams } from "@/db/schema";
import { confirmTeam } from "@/lib/dal/teams/lifecycle";
import { sendConfirmationReminders } from "@/lib/dal/teams/reminders";
import { pruneExpiredAuthData } from "@/lib/dal/maintenance";
import { consumeRateLimit } from "@/lib/dal/internal/rate-limits";
import { getTeam } from "@/lib/dal/teams/public";
import { AppError } from "@/lib/errors";
import { ANONYMOUS } from "@/lib/viewer";
import { createTestDb, type TestDb } from "../support/db";
import { makeInstitution, makeMember, sampleInput } from "../support/listing-fixtures";

const DAY = 86_400_000;
let t: TestDb;
let member: ReturnType<typeof makeMember>;
let inst: number;

beforeAll(() => {
  t = createTestDb();
  inst = makeInstitution(t.db, { slug: "jobs-uni", verified: true });
  member = makeMember(t.db, inst, "owner@jobs-uni.ac.uk");
});
afterAll(() => t.close());

function published(slug: string, confirmedDaysAgo: number) {
  const confirmedAt = new Date(Date.now() - confirmedDaysAgo * DAY);
  t.db
    .insert(teams)
    .values({
      ...sampleInput({ name: slug }),
      slug,
      institutionId: inst,
      status: "published",
      confirmedAt,
      publishedAt: confirmedAt,
      createdBy: member.id,
      engagementModes: undefined,
      caseStudies: undefined,
    } as never)
    .run();
}
const remindersTo = (address: string) =>
  t.db
    .select()
    .from(emailOutbox)
    .where(eq(emailOutbox.toAddress, address))
    .all()
    .filter((m) => m.subject.startsWith("Is "));

describe("confirmation reminders", () => {
  it("e-mail the owners of listings unconfirmed for 12 months, once", () => {
    published("fresh-lab", 100);
    published("old-lab", 370);
    const first = sendConfirmationReminders(t.systemCtx());
    expect(first).toEqual({ reminded: 1, emails: 1 });
    const [mail] = remindersTo("owner@jobs-uni.ac.uk");
    expect(mail!.subject).toBe('Is "old-lab" still accurate?');
    expect(mail!.textBody).toContain("/dashboard/teams/old-lab");
    expect(t.db.select().from(teams).where(eq(teams.slug, "old-lab")).get()!.reminderSentAt).not.toBeNull();
    expect(sendConfirmationReminders(t.systemCtx())).toEqual({ reminded: 0, emails: 0 });
    expect(remindersTo("owner@jobs-uni.ac.uk")).toHaveLength(1);
  });

  it("start again after the owners confirm, a year later", () => {
    const v = t.db.select().from(teams).where(eq(teams.slug, "old-lab")).get()!.version;
    confirmTeam(t.ctx(member.viewer), "old-lab", v);
    expect(t.db.select().from(teams).where(eq(teams.slug, "old-lab")).get()!.reminderSentAt).toBeNull();
    expect(sendConfirmationReminders(t.systemCtx())).toEqual({ reminded: 0, emails: 0 });
    expect(sendConfirmationReminders(t.systemCtx(), new Date(Date.now() + 366 * DAY))).toEqual({
      reminded: 2,
      emails: 2,
    });
  });

  it("are the system's job only", () => {
    expect(() => sendConfirmationReminders(t.ctx(member.viewer))).toThrow(AppError);
  });

  it("after 15 months a listing shows as not confirmed recently", () => {
    published("stale-lab", 460);
    published("recent-lab", 400);
    expect(getTeam(t.ctx(ANONYMOUS), "stale-lab")?.notConfirmedRecently).toBe(true);
    expect(getTeam(t.ctx(ANONYMOUS), "recent-lab")?.notConfirmedRecently).toBe(false);
  });
});

describe("clean-up", () => {
  it("removes expired sessions and old rate-limit counters, keeps live ones", () => {
    const now = Date.now();
    t.db
      .insert(sessions)
      .values([
        { id: "s-old", token: "old", userId: member.id, expiresAt: new Date(now - DAY) },
        { id: "s-live", token: "live", userId: member.id, expiresAt: new Date(now + DAY) },
      ])
      .run();
    consumeRateLimit(t.db, "old-key", { window: 60, max: 3 }, now - 2 * DAY);
    consumeRateLimit(t.db, "new-key", { window: 60, max: 3 }, now);
    expect(pruneExpiredAuthData(t.systemCtx())).toMatchObject({ sessions: 1, rateLimits: 1 });
    expect(
      t.db
        .select()
        .from(sessions)
        .all()
        .map((s) => s.id),
    ).toEqual(["s-live"]);
    expect(
      t.db
        .select()
        .from(rateLimits)
        .all()
        .map((r) => r.key),
    ).toEqual(["new-key"]);
  });
});

describe("rate-limit counter", () => {
  it("allows max attempts per window, then says when to come back, then reopens", () => {
    const now = Date.UTC(2026, 0, 1);
    const rule = { window: 60, max: 3 };
    const results = [0, 1, 2, 3].map((i) => consumeRateLimit(t.db, "k", rule, now + i * 1000));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results[3]!.retryAfter).toBe(57);
    expect(consumeRateLimit(t.db, "k", rule, now + 60_000).allowed).toBe(true);
  });
});

describe("reminders for listings nobody owns", () => {
  it("go to the team's contact address", () => {
    const orphanInst = makeInstitution(t.db, { slug: "orphan-uni", verified: true });
    const confirmedAt = new Date(Date.now() - 400 * DAY);
    t.db
      .insert(teams)
      .values({
        ...sampleInput({ name: "Orphan Lab" }),
        slug: "orphan-lab",
        institutionId: orphanInst,
        status: "published",
        confirmedAt,
        contactEmail: "orphan-lab@orphan-uni.ac.uk",
        engagementModes: undefined,
        caseStudies: undefined,
      } as never)
      .run();
    sendConfirmationReminders(t.systemCtx());
    expect(remindersTo("orphan-lab@orphan-uni.ac.uk").map((m) => m.subject)).toEqual([
      'Is "Orphan Lab" still accurate?',
    ]);
  });
});

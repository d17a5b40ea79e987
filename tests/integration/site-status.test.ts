// The human status page's facts: database, search index lag behind the outbox, e-mail backlog.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailOutbox, teams } from "@/db/schema";
import { getSiteStatus } from "@/lib/dal/health";
import { latestSearchChange } from "@/lib/dal/search/documents";
import { markEmailFailed, queueEmail } from "@/lib/dal/internal/outbox";
import { seedDemoData } from "@/lib/dal/seed/seed";
import { createTestDb, type TestDb } from "@/tests/support/db";

let t: TestDb;
beforeAll(() => {
  t = createTestDb();
  seedDemoData(t.systemCtx());
});
afterAll(() => t.close());

describe("getSiteStatus", () => {
  it("reports a working database and an index that is up to date at the latest change", () => {
    const s = getSiteStatus(t.systemCtx(), latestSearchChange(t.systemCtx()));
    expect(s.database).toMatchObject({ ok: true, publishedTeams: expect.any(Number) });
    expect(s.database.publishedTeams).toBeGreaterThan(100);
    expect(s.search.pending).toEqual({ count: 0, oldestAt: null });
    expect(s.search.latestChangeAt).toBeInstanceOf(Date);
  });

  it("counts the changes an index has not applied, and says when it is not loaded", () => {
    const position = latestSearchChange(t.systemCtx());
    const team = t.db.select().from(teams).limit(1).get()!;
    t.db
      .update(teams)
      .set({ summary: `${team.summary} (updated)` })
      .where(eq(teams.id, team.id))
      .run();
    t.db.update(teams).set({ summary: team.summary }).where(eq(teams.id, team.id)).run();
    const s = getSiteStatus(t.systemCtx(), position);
    expect(s.search.pending?.count).toBe(2);
    expect(s.search.pending?.oldestAt).toBeInstanceOf(Date);
    expect(getSiteStatus(t.systemCtx(), null).search.pending).toBeNull();
  });

  it("counts e-mail waiting and failed, with the oldest waiting", () => {
    t.db.delete(emailOutbox).where(eq(emailOutbox.status, "queued")).run();
    const a = queueEmail(t.db, { to: "a@example.org", subject: "One", text: "x" })!;
    queueEmail(t.db, { to: "b@example.org", subject: "Two", text: "x" });
    t.db.update(emailOutbox).set({ status: "sending" }).where(eq(emailOutbox.id, a)).run();
    markEmailFailed(t.db, a, "550 no such user", null);
    const s = getSiteStatus(t.systemCtx(), null);
    expect(s.outbox).toMatchObject({ queued: 1, failed: 1, oldestQueuedAt: expect.any(Date) });
  });
});

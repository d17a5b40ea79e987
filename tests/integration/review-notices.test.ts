// Curators hear about listings waiting for review: the first after a quiet hour at once, the rest
// in one digest from the job, each listing once, however often the job runs.
import { like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailOutbox } from "@/db/schema";
import { submitTeam } from "@/lib/dal/teams/lifecycle";
import { createTeam } from "@/lib/dal/teams/writes";
import { sendReviewDigests } from "@/lib/dal/curation/review-notices";
import { AppError } from "@/lib/errors";
import { createTestDb, type TestDb } from "../support/db";
import { makeInstitution, makeMember, makeUser, sampleInput } from "../support/listing-fixtures";

let t: TestDb;
let owner: ReturnType<typeof makeMember>;
let inst: number;
let curators: string[];
beforeAll(() => {
  t = createTestDb();
  inst = makeInstitution(t.db, { slug: "review-university", verified: true });
  owner = makeMember(t.db, inst, "owner@review.ac.uk");
  makeUser(t.db, "curator", "c1@curators.example");
  makeUser(t.db, "curator", "c2@curators.example");
  curators = ["c1@curators.example", "c2@curators.example"];
});
afterAll(() => t.close());

const reviewMails = () =>
  t.db
    .select()
    .from(emailOutbox)
    .where(like(emailOutbox.dedupeKey, "review%"))
    .all()
    .map((m) => ({ to: m.toAddress, subject: m.subject, text: m.textBody }));

function submitNew(name: string): void {
  const { slug } = createTeam(t.ctx(owner.viewer), inst, sampleInput({ name }));
  submitTeam(t.ctx(owner.viewer), slug, 1);
}

describe("review notices", () => {
  it("e-mails every curator at once about the first listing submitted", () => {
    submitNew("First waiting lab");
    const mails = reviewMails();
    expect(mails.map((m) => m.to).sort()).toEqual(curators);
    expect(mails[0]!.subject).toBe("A listing is waiting for review: First waiting lab");
    expect(mails[0]!.text).toContain("/curate/listings/");
  });

  it("holds the next ones for one digest, sent by the job once the hour is over, once", () => {
    submitNew("Second waiting lab");
    submitNew("Third waiting lab");
    expect(reviewMails()).toHaveLength(2);
    // Too soon: the job waits for the hour to pass.
    expect(sendReviewDigests(t.systemCtx()).listings).toBe(0);
    const later = new Date(Date.now() + 61 * 60 * 1000);
    expect(sendReviewDigests(t.systemCtx(), later)).toEqual({ listings: 2, emails: 2 });
    const digest = reviewMails().filter((m) => m.subject === "2 listings are waiting for review");
    expect(digest.map((m) => m.to).sort()).toEqual(curators);
    expect(digest[0]!.text).toContain("Second waiting lab");
    expect(digest[0]!.text).toContain("Third waiting lab");
    expect(digest[0]!.text).not.toContain("First waiting lab");
    // Idempotent: nothing more to say, however often it runs.
    expect(sendReviewDigests(t.systemCtx(), new Date(later.getTime() + 2 * 3600_000)).listings).toBe(0);
    expect(reviewMails()).toHaveLength(4);
  });

  it("is a job only the system runs", () => {
    expect(() => sendReviewDigests(t.ctx(owner.viewer))).toThrow(AppError);
  });
});

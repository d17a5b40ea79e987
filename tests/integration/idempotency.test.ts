// Issue 9 item 13: every creating action carries an idempotency key, and its rate limit is counted
// in the same transaction as its write. A retry after a crash (or a lost answer) returns the
// first result and creates nothing twice; a retry of an attempt that never committed is not
// refused with 429 because the failed attempt used up the allowance.
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  collectionTeams,
  collections,
  idempotencyKeys,
  institutions,
  introductionRequests,
  memberships,
  rateLimits,
  requestMessages,
  savedSearches,
  shortlists,
  teams,
} from "@/db/schema";
import { addTeamToCollection, createCollection } from "@/lib/dal/curation/collection-writes";
import { pruneIdempotencyKeys, IDEMPOTENCY_KEEP_MS } from "@/lib/dal/internal/idempotency";
import { postRequestMessage } from "@/lib/dal/introductions/messages";
import { createTeam } from "@/lib/dal/teams/writes";
import { requestMembership } from "@/lib/dal/accounts/membership-claims";
import { createSavedSearch } from "@/lib/dal/search/saved-searches";
import { addToShortlist } from "@/lib/dal/teams/shortlists";
import { LIMITS } from "@/lib/introductions/vocabulary";
import { sampleInput } from "../support/listing-fixtures";
import { DIRECT_TEAM, OTHER_TEAM, useCast, requestInput, send } from "../support/introductions";
import { addPerson, institutionOf } from "../support/people";
import { createIntroductionRequest } from "@/lib/dal/introductions/create";

const c = useCast();

const countOf = (rows: unknown[]) => rows.length;

/** Makes the next insert into `table` fail, as a crash between the write and its commit would. */
function failing<T>(table: string, fn: () => T): T {
  c.t.db.$client.exec(`create trigger crash before insert on ${table} begin select raise(abort, 'crash'); end;`);
  try {
    return fn();
  } finally {
    c.t.db.$client.exec(`drop trigger crash`);
  }
}

/** Puts an account's counter one short of its limit. */
function nearLimit(key: string, max: number) {
  c.t.db
    .insert(rateLimits)
    .values({ key, count: max - 1, windowStart: Date.now() })
    .onConflictDoUpdate({ target: rateLimits.key, set: { count: max - 1, windowStart: Date.now() } })
    .run();
}

describe("a retry returns the first result and creates nothing twice", () => {
  it("saved searches", () => {
    const ctx = c.t.ctx(c.sme.viewer());
    const key = randomUUID();
    const input = { name: "Cold chain", query: "cold chain", filters: {}, alertFrequency: "weekly" as const };
    const first = createSavedSearch(ctx, input, new Date(), key);
    const again = createSavedSearch(ctx, input, new Date(), key);
    expect(again).toEqual(first);
    expect(countOf(c.t.db.select().from(savedSearches).where(eq(savedSearches.name, "Cold chain")).all())).toBe(1);
    expect(() => createSavedSearch(ctx, { ...input, name: "Other" }, new Date(), key)).toThrow(/already sent/);
    createSavedSearch(ctx, input, new Date(), randomUUID());
    expect(countOf(c.t.db.select().from(savedSearches).where(eq(savedSearches.name, "Cold chain")).all())).toBe(2);
  });

  it("shortlist entries", () => {
    const ctx = c.t.ctx(c.otherSme.viewer());
    const key = randomUUID();
    addToShortlist(ctx, OTHER_TEAM, "", key);
    addToShortlist(ctx, OTHER_TEAM, "", key);
    const mine = c.t.db.select().from(shortlists).where(eq(shortlists.userId, c.otherSme.id)).all();
    expect(mine).toHaveLength(1);
    expect(c.t.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, key)).all()).toHaveLength(1);
  });

  it("messages, counted once against the hourly limit", () => {
    const { id } = send(c, c.ukSme, OTHER_TEAM);
    const ctx = c.t.ctx(c.ukSme.viewer());
    const key = randomUUID();
    const first = postRequestMessage(ctx, id, "Is next week possible?", new Date(), key);
    expect(postRequestMessage(ctx, id, "Is next week possible?", new Date(), key)).toEqual(first);
    expect(c.t.db.select().from(requestMessages).where(eq(requestMessages.requestId, id)).all()).toHaveLength(1);
    const counter = c.t.db
      .select()
      .from(rateLimits)
      .where(eq(rateLimits.key, `intro-msg:acct:${c.ukSme.id}`))
      .get();
    expect(counter?.count).toBe(1);
  });

  it("listings", () => {
    const ctx = c.t.ctx(c.curator.viewer());
    const institutionId = institutionOf(c.t, OTHER_TEAM);
    const key = randomUUID();
    const input = sampleInput({ name: "Idempotent Lab" });
    const first = createTeam(ctx, institutionId, input, key);
    expect(createTeam(ctx, institutionId, input, key)).toEqual(first);
    expect(c.t.db.select().from(teams).where(eq(teams.name, "Idempotent Lab")).all()).toHaveLength(1);
  });

  it("collections and their entries", () => {
    const ctx = c.t.ctx(c.curator.viewer());
    const key = randomUUID();
    const input = { title: "Idempotent picks", editorialNote: "", published: false };
    const { slug } = createCollection(ctx, input, key);
    expect(createCollection(ctx, input, key)).toEqual({ slug });
    expect(c.t.db.select().from(collections).where(eq(collections.title, "Idempotent picks")).all()).toHaveLength(1);
    const addKey = randomUUID();
    const added = addTeamToCollection(ctx, slug, OTHER_TEAM, "", addKey);
    // Without the key, the retry would say the team is already in the collection.
    expect(addTeamToCollection(ctx, slug, OTHER_TEAM, "", addKey)).toEqual(added);
    const collectionId = c.t.db.select().from(collections).where(eq(collections.slug, slug)).get()!.id;
    expect(
      c.t.db.select().from(collectionTeams).where(eq(collectionTeams.collectionId, collectionId)).all(),
    ).toHaveLength(1);
  });

  it("membership requests", () => {
    const person = addPerson(c.t, "university");
    const ctx = c.t.ctx(person.viewer());
    const inst = c.t.db
      .select()
      .from(institutions)
      .where(eq(institutions.id, institutionOf(c.t, OTHER_TEAM)))
      .get()!;
    const slug = inst.slug;
    const key = randomUUID();
    const claim = { institution: slug, email: null, jobTitle: "Researcher", note: "I run the dairy lab." };
    const first = requestMembership(ctx, claim, new Date(), key);
    expect(requestMembership(ctx, claim, new Date(), key)).toEqual(first);
    expect(
      c.t.db
        .select()
        .from(memberships)
        .where(and(eq(memberships.userId, person.id), eq(memberships.institutionId, inst.id)))
        .all(),
    ).toHaveLength(1);
  });
});

describe("limits are counted with the write", () => {
  it("an introduction request that never committed does not use up the day's allowance", () => {
    const sme = addPerson(c.t, "sme", { company: { name: "Edge Co", size: "micro", country: "US", sector: "G" } });
    nearLimit(`intro:acct:${sme.id}`, LIMITS.requestsPerAccountPerDay);
    const input = requestInput(DIRECT_TEAM);
    const ctx = () => c.t.ctx(sme.viewer());
    expect(() =>
      failing("email_outbox", () => createIntroductionRequest(ctx(), input, { ip: "203.0.113.50" })),
    ).toThrow(/crash/);
    // The retry of the same form is the last request the day allows, not a 429.
    const retry = createIntroductionRequest(ctx(), input, { ip: "203.0.113.50" });
    expect(retry.created).toBe(true);
    expect(createIntroductionRequest(ctx(), input, { ip: "203.0.113.50" })).toEqual({ id: retry.id, created: false });
    expect(
      c.t.db.select().from(introductionRequests).where(eq(introductionRequests.smeUserId, sme.id)).all(),
    ).toHaveLength(1);
  });

  it("a message that never committed does not use up the hour's allowance", () => {
    const { id } = send(c, c.ukSme, DIRECT_TEAM);
    nearLimit(`intro-msg:acct:${c.ukSme.id}`, LIMITS.messagesPerAccountPerHour);
    const ctx = () => c.t.ctx(c.ukSme.viewer());
    const key = randomUUID();
    expect(() =>
      failing("request_messages", () => postRequestMessage(ctx(), id, "Hello again", new Date(), key)),
    ).toThrow(/crash/);
    expect(postRequestMessage(ctx(), id, "Hello again", new Date(), key).id).toBeGreaterThan(0);
    expect(c.t.db.select().from(requestMessages).where(eq(requestMessages.requestId, id)).all()).toHaveLength(1);
  });
});

it("forgets keys after a week", () => {
  const before = c.t.db.select().from(idempotencyKeys).all().length;
  expect(before).toBeGreaterThan(0);
  expect(pruneIdempotencyKeys(c.t.db, Date.now() + IDEMPOTENCY_KEEP_MS + 1000)).toBe(before);
  expect(c.t.db.select().from(idempotencyKeys).all()).toHaveLength(0);
});

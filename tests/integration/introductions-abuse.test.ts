// Reliability and abuse: one transaction per request, rate limits per account and per address,
// a cap on open requests, no duplicate open request to a team, and suspending a spammer.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { emailOutbox, introductionRequests, requestEvents, sessions } from "@/db/schema";
import { clientIp } from "@/lib/auth/throttle";
import { listTeamInbox } from "@/lib/dal/introductions/dashboards";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { suspendRequester } from "@/lib/dal/introductions/moderation";
import { AppError } from "@/lib/errors";
import { LIMITS } from "@/lib/introductions/vocabulary";
import { demoTeams } from "@/db/seed/demo";
import { addPerson } from "../support/people";
import { DIRECT_TEAM, useCast, send, statusOf } from "../support/introductions";

const c = useCast();

const DAY = 86_400_000;
const start = new Date("2026-11-02T09:00:00Z");
const at = (days: number) => new Date(start.getTime() + days * DAY);
const errorOf = (fn: () => unknown): AppError | null => {
  try {
    fn();
    return null;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
};
const usCompany = { name: "Spammy LLC", size: "micro", country: "US", sector: "G" };
const teamSlugs = demoTeams.map((t) => t.slug);

describe("a request is durable only as a whole", () => {
  it("leaves nothing behind when its e-mails cannot be queued", () => {
    const before = c.t.db.select().from(introductionRequests).all().length;
    c.t.db.$client.exec(
      `create trigger fail_outbox before insert on email_outbox begin select raise(abort, 'disk full'); end;`,
    );
    try {
      expect(() => send(c, c.sme, DIRECT_TEAM)).toThrow(/disk full/);
    } finally {
      c.t.db.$client.exec(`drop trigger fail_outbox`);
    }
    expect(c.t.db.select().from(introductionRequests).all().length).toBe(before);
    expect(c.t.db.select().from(requestEvents).all().length).toBe(0);
    const { id, created } = send(c, c.sme, DIRECT_TEAM);
    expect(created).toBe(true);
    expect(c.t.db.select().from(emailOutbox).all().length).toBeGreaterThanOrEqual(2);
    expect(statusOf(c, id).status).toBe("forwarded");
  });
});

describe("limits", () => {
  it("refuses a second open request to the same team", () => {
    expect(errorOf(() => send(c, c.sme, DIRECT_TEAM))?.code).toBe("conflict");
  });

  it("limits requests per account per day", () => {
    const p = addPerson(c.t, "sme", { company: usCompany });
    const slugs = teamSlugs.slice(10, 10 + LIMITS.requestsPerAccountPerDay + 1);
    for (const slug of slugs.slice(0, -1)) send(c, p, slug, {}, "192.0.2.10", at(0));
    const e = errorOf(() => send(c, p, slugs.at(-1)!, {}, "192.0.2.11", at(0.5)));
    expect(e?.code).toBe("rate_limited");
    expect(e?.message).toMatch(/try again in about \d+ hours?/);
    expect(send(c, p, slugs.at(-1)!, {}, "192.0.2.11", at(1.01)).created).toBe(true);
  });

  it("caps the open requests of one firm", () => {
    const p = addPerson(c.t, "sme", { company: usCompany });
    const slugs = teamSlugs.slice(30, 30 + LIMITS.openRequestsPerSme + 1);
    slugs.slice(0, -1).forEach((slug, i) => send(c, p, slug, {}, `192.0.2.${20 + i}`, at(2 + Math.floor(i / 4) * 1.1)));
    const e = errorOf(() => send(c, p, slugs.at(-1)!, {}, "192.0.2.99", at(6)));
    expect(e?.code).toBe("conflict");
    expect(e?.message).toContain(`${LIMITS.openRequestsPerSme} open requests`);
  });

  it("limits requests per network address across accounts", () => {
    const ip = "198.51.100.200";
    let sent = 0;
    let slug = 60;
    while (sent < LIMITS.requestsPerIpPerDay) {
      const p = addPerson(c.t, "sme", { company: usCompany });
      for (let i = 0; i < 5 && sent < LIMITS.requestsPerIpPerDay; i++, sent++)
        send(c, p, teamSlugs[slug++]!, {}, ip, at(10));
    }
    const late = addPerson(c.t, "sme", { company: usCompany });
    expect(errorOf(() => send(c, late, teamSlugs[slug]!, {}, ip, at(10.1)))?.code).toBe("rate_limited");
    expect(send(c, late, teamSlugs[slug]!, {}, "198.51.100.201", at(10.1)).created).toBe(true);
  });

  it("a different X-Forwarded-For on every request does not reset the per-address count", () => {
    // As the route and the server action do: the address is what the web server stamped.
    const headersWith = (i: number) =>
      new Headers({ [CLIENT_ADDRESS_HEADER]: "198.51.100.210", "x-forwarded-for": `10.89.${i}.1` });
    let sent = 0;
    let slug = 60; // other firms asked these teams on day 10; a new day, new firms
    while (sent < LIMITS.requestsPerIpPerDay) {
      const p = addPerson(c.t, "sme", { company: usCompany });
      for (let i = 0; i < 5 && sent < LIMITS.requestsPerIpPerDay; i++, sent++)
        send(c, p, teamSlugs[slug++]!, {}, clientIp(headersWith(sent))!, at(16));
    }
    const late = addPerson(c.t, "sme", { company: usCompany });
    expect(errorOf(() => send(c, late, teamSlugs[slug]!, {}, clientIp(headersWith(999))!, at(16.1)))?.code).toBe(
      "rate_limited",
    );
  });

  it("does not count a repeated send (same key) against the limits", () => {
    const p = addPerson(c.t, "sme", { company: usCompany });
    const key = "same-key-12345";
    for (let i = 0; i < LIMITS.requestsPerAccountPerDay + 3; i++)
      send(c, p, teamSlugs[120]!, { idempotencyKey: key }, "192.0.2.50", at(12));
    expect(send(c, p, teamSlugs[121]!, {}, "192.0.2.50", at(12)).created).toBe(true);
  });
});

describe("suspending a spammer", () => {
  it("is a curator's tool: the account is suspended, signed out, and its open requests withdrawn", () => {
    const spammer = addPerson(c.t, "sme", { company: usCompany });
    c.t.db
      .insert(sessions)
      .values({ id: "s1", token: "tok-1", userId: spammer.id, expiresAt: at(30) })
      .run();
    const a = send(c, spammer, DIRECT_TEAM, {}, "192.0.2.77", at(14)).id;
    const b = send(c, spammer, "cornell-artisan-dairy-processing", {}, "192.0.2.77", at(14)).id;
    expect(errorOf(() => suspendRequester(c.t.ctx(c.usMember.viewer()), a, "spam"))?.code).toBe("forbidden");
    expect(errorOf(() => suspendRequester(c.t.ctx(c.broker.viewer()), a, "spam"))?.code).toBe("not_found");
    expect(suspendRequester(c.t.ctx(c.curator.viewer()), a, "Advertising, not a need.")).toBe(2);
    expect(spammer.viewer()).toMatchObject({ suspended: true });
    expect(c.t.db.select().from(sessions).where(eq(sessions.userId, spammer.id)).all()).toHaveLength(0);
    expect([statusOf(c, a).status, statusOf(c, b).status]).toEqual(["withdrawn", "withdrawn"]);
    expect(listTeamInbox(c.t.ctx(c.usMember.viewer())).map((r) => r.id)).not.toContain(a);
    expect(errorOf(() => send(c, spammer, "ucdavis-postharvest-fresh-produce"))?.code).toBe("forbidden");
  });

  it("is harmless when repeated", () => {
    const { id } = send(c, c.otherSme, "ucdavis-postharvest-fresh-produce");
    expect(suspendRequester(c.t.ctx(c.curator.viewer()), id, "Repeated spam.")).toBe(1);
    expect(suspendRequester(c.t.ctx(c.admin.viewer()), id, "again")).toBe(0);
    expect(c.otherSme.viewer()).toMatchObject({ suspended: true });
  });
});

// Needs sent without a team (/contact): routing to the broker covering the firm, sending once
// (signed in or not), limits, who may read and act on them, suggestions as the answer, and the
// escalation's wording when such a need waits too long.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { listBrokerQueue, listMyIntroductions, listTeamInbox } from "@/lib/dal/introductions/dashboards";
import { getIntroductionRequest } from "@/lib/dal/introductions/detail";
import { applyRequestStep } from "@/lib/dal/introductions/steps";
import { createNeedRequest } from "@/lib/dal/introductions/need-requests";
import { exportMyData } from "@/lib/dal/accounts/data-export";
import { AppError } from "@/lib/errors";
import { runEscalations } from "@/lib/jobs/introductions";
import type { GuestContact, NeedInput } from "@/lib/validation/introduction";
import { ANONYMOUS, type Viewer } from "@/lib/viewer";
import { BROKERED_TEAM, DIRECT_TEAM, useCast, eventsOf, mailTo, send, statusOf } from "../support/introductions";

const c = useCast();

const ctx = (p: { viewer: () => Viewer }) => c.t.ctx(p.viewer());
const guestCtx = () => c.t.ctx(ANONYMOUS);
const code = (fn: () => unknown): string => {
  try {
    fn();
    return "ok";
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
};
const message = (fn: () => unknown): string => {
  try {
    fn();
    return "";
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
};

const needInput = (over: Partial<NeedInput> = {}): NeedInput => ({
  need: "We make cast aluminium parts and want to cut porosity defects; no search term we tried found the right people.",
  knowledgeType: undefined,
  budgetBand: "5k-25k",
  timeline: undefined,
  preferredLanguage: "en",
  companyName: "Leeds Widgets Ltd",
  companySize: "micro",
  companyCountry: "GB",
  companySector: "C",
  consentShareContact: true,
  idempotencyKey: randomUUID(),
  ...over,
});
const guest = (email: string): GuestContact => ({ contactName: "Pat Guest", contactEmail: email });

describe("a signed-in firm's need", () => {
  let id: number;
  beforeAll(() => {
    const input = needInput();
    const first = createNeedRequest(ctx(c.ukSme), input, null, { ip: "198.51.100.20" });
    expect(first.created).toBe(true);
    expect(createNeedRequest(ctx(c.ukSme), input, null, { ip: "198.51.100.20" })).toEqual({
      id: first.id,
      created: false,
      guest: false,
    });
    id = first.id;
  });

  it("goes to the broker covering the firm's country, without a team, and is acknowledged", () => {
    const row = statusOf(c, id);
    expect(row).toMatchObject({ kind: "need", teamId: null, brokerId: c.brokerId, status: "submitted" });
    expect(eventsOf(c, id)).toEqual(["submitted"]);
    expect(mailTo(c, c.ukSme.email).map((m) => m.subject)).toContain(
      `We have your request: a curator will look for teams (#${id})`,
    );
    expect(mailTo(c, c.broker.email).some((m) => m.subject.startsWith("New need without a team in your queue"))).toBe(
      true,
    );
    expect(listBrokerQueue(ctx(c.broker), { status: "waiting", age: "any", sort: "oldest" }).items).toContainEqual(
      expect.objectContaining({ id, kind: "need", team: null }),
    );
    expect(listMyIntroductions(ctx(c.ukSme)).find((r) => r.id === id)?.team).toBeNull();
    expect((exportMyData(ctx(c.ukSme)).introductionRequests as unknown[]).length).toBeGreaterThan(0);
  });

  it("is read only by the firm, the covering broker and curators", () => {
    expect(getIntroductionRequest(ctx(c.ukSme), id)).toMatchObject({ kind: "need", team: null, party: "sme" });
    expect(getIntroductionRequest(ctx(c.broker), id).can).toMatchObject({
      triage: true,
      forward: false,
      suggest: true,
      respond: false,
    });
    expect(getIntroductionRequest(ctx(c.curator), id).party).toBe("staff");
    for (const p of [c.otherSme, c.ukMember, c.usMember, c.otherBroker])
      expect(code(() => getIntroductionRequest(ctx(p), id))).toBe("not_found");
    expect(code(() => getIntroductionRequest(guestCtx(), id))).toBe("unauthenticated");
    expect(listTeamInbox(ctx(c.ukMember), "all").map((r) => r.id)).not.toContain(id);
  });

  it("cannot be forwarded, accepted or acted on by anyone outside it", () => {
    expect(code(() => applyRequestStep(ctx(c.broker), id, { action: "forward", note: null }))).toBe("forbidden");
    expect(code(() => applyRequestStep(ctx(c.curator), id, { action: "accept", note: null }))).toBe("forbidden");
    expect(code(() => applyRequestStep(ctx(c.otherBroker), id, { action: "pick-up", note: null }))).toBe("not_found");
    expect(
      code(() => applyRequestStep(ctx(c.ukMember), id, { action: "suggest", teams: [BROKERED_TEAM], note: null })),
    ).toBe("not_found");
  });

  it("is answered by the broker's suggestions, which the firm can then ask", () => {
    expect(
      message(() =>
        applyRequestStep(ctx(c.broker), id, { action: "suggest", teams: ["manchester-graphene-coatngs"], note: null }),
      ),
    ).toBe(
      "“manchester-graphene-coatngs” is not a team of the register. Check the link: copy it from the team's page.",
    );
    applyRequestStep(ctx(c.broker), id, { action: "pick-up", note: null });
    applyRequestStep(ctx(c.broker), id, { action: "suggest", teams: [BROKERED_TEAM], note: "Try these first." });
    const r = getIntroductionRequest(ctx(c.ukSme), id);
    expect(r.suggestions.map((s) => s.slug)).toEqual([BROKERED_TEAM]);
    expect(statusOf(c, id).firstResponseAt).not.toBeNull();
    const mail = mailTo(c, c.ukSme.email).find((m) => m.subject === `Teams suggested for your need (#${id})`);
    expect(mail?.textBody).toContain(`/teams/${BROKERED_TEAM}`);
    // The firm asks a suggested team the ordinary way.
    expect(send(c, c.ukSme, BROKERED_TEAM, { companyCountry: "GB", companySector: "C" }).created).toBe(true);
    applyRequestStep(ctx(c.broker), id, { action: "close", note: "Firm has asked the suggested team." });
    expect(statusOf(c, id).status).toBe("closed");
  });
});

describe("a need sent without an account", () => {
  it("is kept by its address, acknowledged there, and routed by country (curators when nobody covers it)", () => {
    const input = needInput({ companyCountry: "US", companySector: "G", companyName: "Acme Guest Inc." });
    const first = createNeedRequest(guestCtx(), input, guest("pat@guest.example"), { ip: "198.51.100.30" });
    expect(first).toMatchObject({ created: true, guest: true });
    expect(createNeedRequest(guestCtx(), input, guest("pat@guest.example"), { ip: "198.51.100.31" }).id).toBe(first.id);
    expect(statusOf(c, first.id)).toMatchObject({
      kind: "need",
      smeUserId: null,
      contactEmail: "pat@guest.example",
      brokerId: null,
    });
    const ack = mailTo(c, "pat@guest.example");
    expect(ack).toHaveLength(1);
    expect(ack[0]!.textBody).toContain("You sent this without an account");
    expect(ack[0]!.textBody).not.toContain(`/introductions/${first.id}`);
    expect(mailTo(c, c.curator.email).some((m) => m.subject.includes(`(#${first.id})`))).toBe(true);
    // Curators see the unrouted need; the firm's address is shown to them.
    expect(getIntroductionRequest(ctx(c.curator), first.id).smeContact).toEqual({
      name: "Pat Guest",
      email: "pat@guest.example",
    });
    expect(code(() => getIntroductionRequest(ctx(c.broker), first.id))).toBe("not_found");
    // The answer reaches the address, with the teams' links.
    applyRequestStep(ctx(c.curator), first.id, { action: "suggest", teams: [DIRECT_TEAM], note: null });
    expect(mailTo(c, "pat@guest.example").at(-1)?.textBody).toContain(`/teams/${DIRECT_TEAM}`);
  });

  it("is limited per address and per network address, and needs a name and address", () => {
    const send3 = (email: string, ip: string, now?: Date) =>
      code(() => createNeedRequest(guestCtx(), needInput(), guest(email), { ip }, now));
    expect(send3("flood@guest.example", "198.51.100.40")).toBe("ok");
    expect(send3("flood@guest.example", "198.51.100.41")).toBe("ok");
    expect(send3("flood@guest.example", "198.51.100.42")).toBe("ok");
    expect(send3("flood@guest.example", "198.51.100.43")).toBe("rate_limited"); // 3 a day
    // The next day: the daily budget is back, but 3 needs are still open.
    expect(send3("flood@guest.example", "198.51.100.44", new Date(Date.now() + 25 * 3600_000))).toBe("conflict");
    for (let i = 0; i < 10; i++) send3(`ip${i}@guest.example`, "198.51.100.50");
    expect(send3("fresh@guest.example", "198.51.100.50")).toBe("rate_limited");
    expect(code(() => createNeedRequest(guestCtx(), needInput(), null, { ip: "198.51.100.60" }))).toBe(
      "unauthenticated",
    );
    expect(code(() => createNeedRequest(ctx(c.ukMember), needInput(), null, { ip: "198.51.100.61" }))).toBe(
      "forbidden",
    );
  });
});

describe("escalating a need nobody answered", () => {
  it("says it waits in the broker's queue, never that the team is being chased", () => {
    const MON = new Date("2026-11-02T09:00:00Z");
    const { id } = createNeedRequest(ctx(c.ukSme), needInput(), null, { ip: "198.51.100.70" }, MON);
    runEscalations(c.t.systemCtx(), new Date(MON.getTime() + 15 * 86_400_000));
    expect(statusOf(c, id).escalatedAt).not.toBeNull();
    const toFirm = mailTo(c, c.ukSme.email).find((m) => m.dedupeKey === `intro:${id}:escalated:${c.ukSme.email}`);
    expect(toFirm?.subject).toBe(`Your request is taking longer than it should (#${id})`);
    expect(toFirm?.textBody).toContain("Nobody has suggested teams for your need");
    expect(toFirm?.textBody).not.toMatch(/chase the team/);
    const toBroker = mailTo(c, c.broker.email).find((m) => m.dedupeKey === `intro:${id}:escalated:${c.broker.email}`);
    expect(toBroker?.textBody).toContain(
      "Northern Innovation Exchange (demo)'s triage queue: no team has been suggested yet",
    );
  });
});

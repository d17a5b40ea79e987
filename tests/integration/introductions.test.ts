// The introduction journey through the DAL on a real database: sending (once), routing, triage,
// the team's answer, the thread, the timeline, who sees what, and the e-mails each step queues.
import { beforeAll, describe, expect, it } from "vitest";
import { getIntroductionRequest } from "@/lib/dal/introductions/detail";
import { postRequestMessage } from "@/lib/dal/introductions/messages";
import { applyRequestStep } from "@/lib/dal/introductions/steps";
import { listBrokerQueue, listMyIntroductions, listTeamInbox } from "@/lib/dal/introductions/dashboards";
import { AppError } from "@/lib/errors";
import { ANONYMOUS, type Viewer } from "@/lib/viewer";
import { addPerson, teamBySlug } from "../support/people";
import {
  BROKERED_TEAM,
  DIRECT_TEAM,
  OTHER_TEAM,
  useCast,
  eventsOf,
  mailTo,
  outbox,
  requestInput,
  send,
  statusOf,
} from "../support/introductions";
import { createIntroductionRequest } from "@/lib/dal/introductions/create";
import { listEditableIntermediaries, updateIntermediaryCoverage } from "@/lib/dal/introductions/intermediaries";

const c = useCast();

const ctx = (p: { viewer: () => Viewer }) => c.t.ctx(p.viewer());
const code = (fn: () => unknown): string => {
  try {
    fn();
    return "ok";
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
};

describe("sending a request", () => {
  it("is written once, with its first timeline events and e-mails, however often it is sent", () => {
    const input = requestInput(DIRECT_TEAM);
    const first = createIntroductionRequest(ctx(c.sme), input, { ip: "198.51.100.1" });
    const again = createIntroductionRequest(ctx(c.sme), input, { ip: "198.51.100.1" });
    const third = createIntroductionRequest(ctx(c.sme), { ...input }, { ip: "198.51.100.2" });
    expect(first.created).toBe(true);
    expect(again).toEqual({ id: first.id, created: false });
    expect(third).toEqual({ id: first.id, created: false });
    expect(eventsOf(c, first.id)).toEqual(["submitted", "forwarded"]);
    const mails = outbox(c, first.id);
    expect(mails.map((m) => m.toAddress).sort()).toEqual(
      [c.sme.email, teamBySlug(c.t, DIRECT_TEAM).contactEmail].sort(),
    );
    expect(listMyIntroductions(ctx(c.sme)).map((r) => r.id)).toContain(first.id);
  });

  it("refuses the same key reused for another team", () => {
    const input = requestInput(OTHER_TEAM);
    createIntroductionRequest(ctx(c.otherSme), input, { ip: null });
    expect(
      code(() => createIntroductionRequest(ctx(c.otherSme), { ...input, teamSlug: DIRECT_TEAM }, { ip: null })),
    ).toBe("conflict");
  });

  it("goes straight to the team when no intermediary covers it", () => {
    const id = listMyIntroductions(ctx(c.sme))[0]!.id;
    const r = statusOf(c, id);
    expect(r.status).toBe("forwarded");
    expect(r.brokerId).toBeNull();
    expect(r.forwardedAt).not.toBeNull();
  });

  it("goes to the covering intermediary's queue first", () => {
    const { id } = send(c, c.sme, BROKERED_TEAM);
    const r = statusOf(c, id);
    expect(r.status).toBe("submitted");
    expect(r.brokerId).toBe(c.brokerId);
    expect(mailTo(c, c.broker.email).some((m) => m.subject.includes("New introduction request in your queue"))).toBe(
      true,
    );
    expect(mailTo(c, teamBySlug(c.t, BROKERED_TEAM).contactEmail)).toHaveLength(0);
    expect(
      listBrokerQueue(ctx(c.broker), { status: "waiting", age: "any", sort: "oldest" }).items.map((i) => i.id),
    ).toContain(id);
  });

  it("is only for signed-in firms", () => {
    expect(code(() => createIntroductionRequest(c.t.ctx(ANONYMOUS), requestInput(DIRECT_TEAM), { ip: null }))).toBe(
      "unauthenticated",
    );
    for (const p of [c.ukMember, c.broker, c.curator, c.admin]) {
      expect(code(() => createIntroductionRequest(ctx(p), requestInput(DIRECT_TEAM), { ip: null }))).toBe("forbidden");
    }
  });
});

describe("a brokered request from start to finish", () => {
  let id: number;
  beforeAll(() => {
    id = send(c, c.ukSme, BROKERED_TEAM, {
      companyName: "Leeds Widgets Ltd",
      companyCountry: "GB",
      companySector: "C",
    }).id;
  });

  it("is hidden from the team until the broker forwards it", () => {
    expect(code(() => getIntroductionRequest(ctx(c.ukMember), id))).toBe("not_found");
    expect(listTeamInbox(ctx(c.ukMember)).map((r) => r.id)).not.toContain(id);
    expect(code(() => applyRequestStep(ctx(c.ukMember), id, { action: "accept", note: null }))).toBe("not_found");
  });

  it("is picked up by the broker, with an internal note the firm never sees", () => {
    expect(applyRequestStep(ctx(c.broker), id, { action: "pick-up", note: "Solid firm; Manchester knows them." })).toBe(
      "triaged",
    );
    expect(mailTo(c, c.ukSme.email).some((m) => m.subject.includes("is looking at your request"))).toBe(true);
    const asSme = getIntroductionRequest(ctx(c.ukSme), id);
    expect(asSme.events.map((e) => e.status)).toEqual(["submitted", "triaged"]);
    expect(asSme.events.every((e) => e.note === null || !e.note.includes("Solid firm"))).toBe(true);
    const asBroker = getIntroductionRequest(ctx(c.broker), id);
    expect(asBroker.events.some((e) => e.note?.includes("Solid firm"))).toBe(true);
  });

  it("is forwarded to the team, who then see it and the firm's contact", () => {
    expect(applyRequestStep(ctx(c.broker), id, { action: "forward", note: "Please look at this one this week." })).toBe(
      "forwarded",
    );
    const teamMail = mailTo(c, teamBySlug(c.t, BROKERED_TEAM).contactEmail).at(-1)!;
    expect(teamMail.subject).toContain("Introduction request from Leeds Widgets Ltd");
    expect(teamMail.textBody).toContain("Please look at this one this week.");
    expect(teamMail.textBody).toContain(`/introductions/${id}`);
    const asTeam = getIntroductionRequest(ctx(c.ukMember), id);
    expect(asTeam.party).toBe("team");
    expect(asTeam.smeContact?.email).toBe(c.ukSme.email);
    expect(asTeam.can.respond).toBe(true);
    expect(listTeamInbox(ctx(c.ukMember)).map((r) => r.id)).toContain(id);
  });

  it("keeps the team's contact from the firm until the team accepts", () => {
    expect(getIntroductionRequest(ctx(c.ukSme), id).teamContact).toBeUndefined();
    expect(code(() => applyRequestStep(ctx(c.broker), id, { action: "accept", note: null }))).toBe("forbidden");
    expect(code(() => applyRequestStep(ctx(c.ukSme), id, { action: "accept", note: null }))).toBe("forbidden");
    expect(applyRequestStep(ctx(c.ukMember), id, { action: "accept", note: "Happy to talk next week." })).toBe(
      "accepted",
    );
    const asSme = getIntroductionRequest(ctx(c.ukSme), id);
    expect(asSme.teamContact?.email).toBe(teamBySlug(c.t, BROKERED_TEAM).contactEmail);
    const accepted = mailTo(c, c.ukSme.email).at(-1)!;
    expect(accepted.subject).toContain("accepted");
    expect(accepted.textBody).toContain(teamBySlug(c.t, BROKERED_TEAM).contactEmail);
    expect(statusOf(c, id).firstResponseAt).not.toBeNull();
  });

  it("carries a thread between the firm, the team and the broker, each told of the others' messages", () => {
    const before = mailTo(c, c.ukMember.email).length;
    postRequestMessage(ctx(c.ukMember), id, "Could you send photos of the coating defects?");
    postRequestMessage(ctx(c.ukSme), id, "Sent <b>three</b> photos by e-mail.");
    const asSme = getIntroductionRequest(ctx(c.ukSme), id);
    expect(asSme.messages.map((m) => [m.party, m.body])).toEqual([
      ["the team", "Could you send photos of the coating defects?"],
      ["the firm", "Sent <b>three</b> photos by e-mail."],
    ]);
    expect(asSme.messages[1]!.mine).toBe(true);
    // The member who wrote now hears the firm's replies; the broker hears both.
    expect(mailTo(c, c.ukMember.email).length).toBe(before + 1);
    expect(mailTo(c, c.broker.email).filter((m) => m.subject.startsWith("New message")).length).toBe(2);
    const html = mailTo(c, c.ukMember.email).at(-1)!.htmlBody!;
    expect(html).toContain("&lt;b&gt;three&lt;/b&gt;");
    expect(html).not.toContain("<b>three</b>");
    expect(code(() => postRequestMessage(ctx(c.otherSme), id, "hello"))).toBe("not_found");
  });

  it("is marked connected, then closed, and its timeline has every step", () => {
    expect(applyRequestStep(ctx(c.ukSme), id, { action: "connect", note: null })).toBe("connected");
    expect(code(() => applyRequestStep(ctx(c.ukSme), id, { action: "withdraw", note: null }))).toBe("forbidden");
    expect(applyRequestStep(ctx(c.ukMember), id, { action: "close", note: "Project agreed." })).toBe("closed");
    expect(eventsOf(c, id)).toEqual(["submitted", "triaged", "forwarded", "accepted", "connected", "closed"]);
    expect(code(() => postRequestMessage(ctx(c.ukSme), id, "one more thing"))).toBe("conflict");
    const r = statusOf(c, id);
    for (const k of [
      "submittedAt",
      "triagedAt",
      "forwardedAt",
      "firstResponseAt",
      "acceptedAt",
      "connectedAt",
      "closedAt",
    ] as const) {
      expect(r[k], k).not.toBeNull();
    }
  });
});

describe("declines, suggestions and withdrawals", () => {
  it("a team declines with a reason and suggests another team; the firm sees both", () => {
    const { id } = send(c, c.otherSme, DIRECT_TEAM, { companyName: "Other Co" });
    applyRequestStep(ctx(c.usMember), id, { action: "decline", reason: "Not our field, sorry.", teams: [] });
    const r = statusOf(c, id);
    expect(r.status).toBe("declined");
    expect(r.declinedBy).toBe("team");
    expect(r.firstResponseAt).not.toBeNull();
    const { id: id2 } = send(c, c.otherSme, DIRECT_TEAM, { companyName: "Other Co" });
    applyRequestStep(ctx(c.usMember), id2, {
      action: "decline",
      reason: "We are fully booked until spring.",
      teams: [OTHER_TEAM],
    });
    const asSme = getIntroductionRequest(ctx(c.otherSme), id2);
    expect(asSme.declineReason).toBe("We are fully booked until spring.");
    expect(asSme.suggestions.map((s) => [s.slug, s.party])).toEqual([[OTHER_TEAM, "team"]]);
    expect(mailTo(c, c.otherSme.email).at(-1)!.textBody).toContain("We are fully booked until spring.");
  });

  it("a broker declines before forwarding, and the team never sees it", () => {
    const { id } = send(c, c.ukSme, "loughborough-additive-manufacturing", {
      companyName: "Leeds Widgets Ltd",
      companyCountry: "GB",
      companySector: "C",
    });
    applyRequestStep(ctx(c.broker), id, {
      action: "decline",
      reason: "This looks like a job for a commercial lab.",
      teams: [],
    });
    expect(statusOf(c, id).declinedBy).toBe("broker");
    expect(statusOf(c, id).forwardedAt).toBeNull();
    expect(code(() => applyRequestStep(ctx(c.broker), id, { action: "forward", note: null }))).toBe("forbidden");
  });

  it("a broker suggests better-placed teams without ending the request", () => {
    const { id } = send(c, c.sme, "ucd-dairy-herd-health");
    applyRequestStep(ctx(c.broker), id, {
      action: "suggest",
      teams: [OTHER_TEAM],
      note: "Cornell do this for US firms.",
    });
    expect(statusOf(c, id).status).toBe("submitted");
    expect(getIntroductionRequest(ctx(c.sme), id).suggestions.map((s) => s.slug)).toEqual([OTHER_TEAM]);
    expect(
      code(() => applyRequestStep(ctx(c.otherBroker), id, { action: "suggest", teams: [DIRECT_TEAM], note: null })),
    ).toBe("not_found");
    expect(
      code(() =>
        applyRequestStep(ctx(c.broker), id, { action: "suggest", teams: ["ucd-dairy-herd-health"], note: null }),
      ),
    ).toBe("bad_request");
  });

  it("the firm withdraws; the team that had it is told", () => {
    const { id } = send(c, c.sme, "ucdavis-postharvest-fresh-produce");
    const contact = teamBySlug(c.t, "ucdavis-postharvest-fresh-produce").contactEmail;
    expect(code(() => applyRequestStep(ctx(c.otherSme), id, { action: "withdraw", note: null }))).toBe("not_found");
    expect(applyRequestStep(ctx(c.sme), id, { action: "withdraw", note: "Found a supplier." })).toBe("withdrawn");
    expect(mailTo(c, contact).at(-1)!.subject).toContain("withdrawn");
    expect(code(() => applyRequestStep(ctx(c.usMember), id, { action: "accept", note: null }))).toBe("not_found");
  });
});

describe("who may read a request", () => {
  it("is the firm, the team's members, the assigned broker, curators and admins — nobody else", () => {
    const { id } = send(c, c.ukSme, "manchester-employment-law-clinic", {
      companyName: "Leeds Widgets Ltd",
      companyCountry: "GB",
      companySector: "C",
    });
    applyRequestStep(ctx(c.broker), id, { action: "forward", note: null });
    for (const p of [c.ukSme, c.ukMember, c.broker, c.curator, c.admin])
      expect(code(() => getIntroductionRequest(ctx(p), id))).toBe("ok");
    for (const p of [c.sme, c.otherSme, c.usMember, c.otherMember, c.otherBroker])
      expect(code(() => getIntroductionRequest(ctx(p), id))).toBe("not_found");
    expect(code(() => getIntroductionRequest(c.t.ctx(ANONYMOUS), id))).toBe("unauthenticated");
  });
});

describe("intermediaries declare what they cover", () => {
  it("and new requests are routed by it; only their members and curators may change it", () => {
    const firm = addPerson(c.t, "sme", { company: { name: "Fresh Co", size: "small", country: "US", sector: "G" } });
    const before = send(c, firm, "ucdavis-postharvest-fresh-produce").id;
    expect(statusOf(c, before).brokerId).toBeNull();
    const input = { intermediaryId: c.brokerId, regions: ["GB", "IE", "US"], sectors: ["C"] };
    expect(code(() => updateIntermediaryCoverage(ctx(c.otherBroker), input))).toBe("forbidden");
    expect(code(() => updateIntermediaryCoverage(ctx(c.sme), input))).toBe("forbidden");
    updateIntermediaryCoverage(ctx(c.broker), input);
    expect(listEditableIntermediaries(ctx(c.broker)).map((i) => [i.id, i.regions])).toEqual([
      [c.brokerId, ["GB", "IE", "US"]],
    ]);
    expect(listEditableIntermediaries(ctx(c.curator))).toHaveLength(2);
    const after = send(c, firm, "cornell-artisan-dairy-processing").id;
    expect(statusOf(c, after)).toMatchObject({ brokerId: c.brokerId, status: "submitted" });
  });
});

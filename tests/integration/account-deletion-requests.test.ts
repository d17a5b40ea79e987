// A firm deletes its account: its introduction requests stay for the team and the response
// figures, but nothing that identifies the firm or repeats what it wrote survives anywhere in
// the database; open requests are withdrawn and the team and broker told. Before deleting, the
// firm's data export carries its requests, their timelines and its messages.
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, emailOutbox } from "@/db/schema";
import { deleteAccount } from "@/lib/dal/accounts/deletion";
import { exportMyData } from "@/lib/dal/accounts/data-export";
import { getTeamResponseStats } from "@/lib/dal/introductions/dashboards";
import { getIntroductionRequest } from "@/lib/dal/introductions/detail";
import { postRequestMessage } from "@/lib/dal/introductions/messages";
import { applyRequestStep } from "@/lib/dal/introductions/steps";
import type { Viewer } from "@/lib/viewer";
import { addPerson, teamBySlug } from "../support/people";
import {
  BROKERED_TEAM,
  BROKERED_TEAM_2,
  OTHER_TEAM,
  useCast,
  eventsOf,
  mailTo,
  send,
  statusOf,
} from "../support/introductions";

const c = useCast();
const ctx = (p: { viewer: () => Viewer }) => c.t.ctx(p.viewer());
const MON = new Date("2026-11-02T09:00:00Z");
const day = (n: number) => new Date(MON.getTime() + n * 86_400_000);

const FIRM = "Leeds Widgets Ltd";
const NEED =
  "Our secret varnish recipe cracks at minus ten degrees; we want to know which additive would stop it cracking.";
const ABOUT = "We make garden benches from reclaimed oak in Leeds.";
const MESSAGE = "Here is our supplier's name: Quercus Timber of Otley.";
// From the broker: a reply from the team would count as its answer, and this request must stay unanswered.
const REPLY = "Thank you, I will chase the team about the data sheet.";
const PERSONAL = [FIRM, "secret varnish", "reclaimed oak", "Quercus Timber"];

let unanswered: number; // forwarded to the team, never answered, past its deadline when the firm leaves
let inQueue: number; // still in the broker's queue
let declined: number; // declined by the broker: closed already
let firstTry: number; // withdrawn by the firm itself, with a note
let statsBefore: ReturnType<typeof getTeamResponseStats>;

beforeAll(() => {
  const firm = { companyName: FIRM, companyCountry: "GB", companySector: "C", need: NEED, companyDescription: ABOUT };
  // Two other firms give the team an accepted and a declined request, so its figures show.
  const team = addPerson(c.t, "university", { institutionId: teamBySlug(c.t, BROKERED_TEAM).institutionId });
  for (const [who, answer] of [
    [c.sme, "accept"],
    [c.otherSme, "decline"],
  ] as const) {
    const id = send(c, who, BROKERED_TEAM, {}, "192.0.2.10", MON).id;
    applyRequestStep(ctx(c.broker), id, { action: "forward", note: null }, day(0));
    applyRequestStep(
      ctx(team),
      id,
      answer === "accept"
        ? { action: "accept", note: null }
        : { action: "decline", reason: "Not our field this year.", teams: [] },
      day(1),
    );
  }
  unanswered = send(c, c.ukSme, BROKERED_TEAM, firm, "192.0.2.11", MON).id;
  applyRequestStep(ctx(c.broker), unanswered, { action: "forward", note: "Please look at this one." }, day(0));
  postRequestMessage(ctx(c.ukSme), unanswered, MESSAGE, day(1));
  postRequestMessage(ctx(c.broker), unanswered, REPLY, day(2));
  inQueue = send(c, c.ukSme, BROKERED_TEAM_2, firm, "192.0.2.11", day(3)).id;
  declined = send(c, c.ukSme, OTHER_TEAM, firm, "192.0.2.11", day(3)).id;
  applyRequestStep(
    ctx(c.broker),
    declined,
    { action: "decline", reason: "A UK team would suit you better.", teams: [] },
    day(4),
  );
  firstTry = inQueue;
  applyRequestStep(ctx(c.ukSme), firstTry, { action: "withdraw", note: "Changed our minds about oak." }, day(5));
  inQueue = send(c, c.ukSme, BROKERED_TEAM_2, { ...firm, need: `${NEED} Second try.` }, "192.0.2.11", day(6)).id;
  statsBefore = getTeamResponseStats(c.t.systemCtx(), teamBySlug(c.t, BROKERED_TEAM).id, day(30));
});

describe("before deleting: download my data", () => {
  it("carries the firm's requests with their timelines, and the threads with its messages", () => {
    const data = exportMyData(ctx(c.ukSme)) as {
      introductionRequests: {
        id: number;
        team: string;
        need: string;
        timeline: { step: string; note: string | null }[];
      }[];
      introductionMessages: { requestId: number; from: string; body: string }[];
    };
    const mine = data.introductionRequests.find((r) => r.id === unanswered)!;
    expect(mine.need).toBe(NEED);
    expect(mine.team).toMatch(/Graphene/);
    expect(mine.timeline.map((e) => e.step)).toEqual(["submitted", "forwarded"]);
    // The broker's note for the team is internal: the firm's export shows the step, not the note.
    expect(mine.timeline[1]!.note).toBeNull();
    expect(data.introductionRequests.map((r) => r.id)).toEqual(expect.arrayContaining([inQueue, declined]));
    expect(data.introductionMessages.filter((m) => m.requestId === unanswered)).toEqual([
      expect.objectContaining({ from: "you", body: MESSAGE }),
      expect.objectContaining({ from: "the broker", body: REPLY }),
    ]);
  });
});

describe("deleting the firm's account", () => {
  beforeAll(() => {
    expect(deleteAccount(ctx(c.ukSme), {}, day(20))).toBeNull();
  });

  it("leaves the team a request with no personal data in it", () => {
    const view = getIntroductionRequest(ctx(c.ukMember), unanswered);
    expect(view.company.name).toBe("Deleted account");
    expect(view.company.description).toBeNull();
    expect(view.need).toBe("Removed at the firm's request");
    expect(view.smeContact).toBeUndefined();
    expect(view.consentShareContact).toBe(false);
    expect(view.messages.map((m) => m.body)).toEqual(["Removed at the firm's request", REPLY]);
    expect(view.messages[0]!.author).toBe("Former participant");
    // The non-personal facts stay: dates, knowledge type, budget band, timeline.
    expect(view.submittedAt).toEqual(MON);
    expect(view.knowledgeType).toBe("specialist-advice");
    expect(view.budgetBand).toBe("5k-25k");
    const text = JSON.stringify(view);
    for (const s of [...PERSONAL, c.ukSme.email]) expect(text).not.toContain(s);
  });

  it("keeps no copy of the firm's words anywhere: requests, timelines, threads, e-mails", () => {
    for (const table of ["introduction_requests", "request_events", "request_messages", "email_outbox", "audit_log"]) {
      const rows = c.t.db.all<Record<string, unknown>>(sql.raw(`select * from ${table}`));
      const dump = JSON.stringify(rows);
      for (const s of [...PERSONAL, "Changed our minds about oak"])
        expect(dump, `${table} still holds "${s}"`).not.toContain(s);
    }
    // The firm's own withdrawal note is replaced, the broker's and team's words are kept.
    const timeline = getIntroductionRequest(c.t.systemCtx(), unanswered).events;
    expect(timeline.find((e) => e.status === "forwarded")!.note).toBe("Please look at this one.");
    expect(getIntroductionRequest(c.t.systemCtx(), declined).declineReason).toBe("A UK team would suit you better.");
  });

  it("withdraws the open requests with a timeline event and tells the team and the broker", () => {
    expect(statusOf(c, unanswered).status).toBe("withdrawn");
    expect(statusOf(c, unanswered).withdrawnAt).toEqual(day(20));
    expect(statusOf(c, inQueue).status).toBe("withdrawn");
    expect(statusOf(c, declined).status).toBe("declined");
    expect(eventsOf(c, unanswered).at(-1)).toBe("withdrawn");
    const event = getIntroductionRequest(c.t.systemCtx(), unanswered).events.at(-1)!;
    expect(event.note).toBe("Withdrawn: the firm deleted its account.");

    const teamContact = teamBySlug(c.t, BROKERED_TEAM).contactEmail;
    const toTeam = mailTo(c, teamContact).filter((m) => m.subject === `Introduction request #${unanswered} withdrawn`);
    expect(toTeam).toHaveLength(1);
    expect(toTeam[0]!.textBody).toContain("Deleted account");
    expect(toTeam[0]!.status).not.toBe("failed");
    expect(
      mailTo(c, c.broker.email).filter((m) => m.subject === `Introduction request #${inQueue} withdrawn`),
    ).toHaveLength(1);
    // The request in the broker's queue never reached its team, so the team hears nothing.
    expect(mailTo(c, teamBySlug(c.t, BROKERED_TEAM_2).contactEmail)).toHaveLength(0);
    // Older e-mails about the requests are blanked in the outbox.
    const forwardedMail = c.t.db
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.dedupeKey, `intro:${unanswered}:forwarded:${teamContact}`))
      .get()!;
    expect(forwardedMail.textBody).toMatch(/Removed at the firm's request/);
  });

  it("leaves the team's response figures as they were", () => {
    const after = getTeamResponseStats(c.t.systemCtx(), teamBySlug(c.t, BROKERED_TEAM).id, day(30));
    expect(statsBefore).not.toBeNull();
    expect(statsBefore!.acceptanceRate).toBeCloseTo(1 / 3, 9);
    expect(after).toEqual(statsBefore);
  });

  it("records each anonymised request in the audit log, without the removed text", () => {
    const rows = c.t.db.select().from(auditLog).where(eq(auditLog.action, "request.anonymise")).all();
    const byId = (a: number, b: number) => a - b;
    expect(rows.map((r) => Number(r.entityId)).sort(byId)).toEqual(
      [unanswered, firstTry, declined, inQueue].sort(byId),
    );
    expect(rows.every((r) => r.entityType === "introduction_request")).toBe(true);
    expect(rows.find((r) => Number(r.entityId) === firstTry)!.after).toMatchObject({ status: "withdrawn" });
  });
});

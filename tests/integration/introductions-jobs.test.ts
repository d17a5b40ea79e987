// npm run jobs, introductions part: escalation after 10 working days and saved-search digests;
// plus the response figures shown on team profiles.
import { toSearchDocuments } from "@/lib/search/document";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { institutions, savedSearches, teams } from "@/db/schema";
import { getIntroductionRequest } from "@/lib/dal/introductions/detail";
import { applyRequestStep } from "@/lib/dal/introductions/steps";
import { getTeamResponseStats, listBrokerQueue } from "@/lib/dal/introductions/dashboards";
import { createSavedSearch, updateSavedSearchFrequency } from "@/lib/dal/search/saved-searches";
import { runEscalations, runSavedSearchAlerts } from "@/lib/jobs/introductions";
import { listSynonymGroups, loadAllSearchRows } from "@/lib/dal/search/documents";
import { buildSearchEngine } from "@/lib/search/engine";
import type { SearchParams } from "@/lib/search/types";
import { addPerson, teamBySlug } from "../support/people";
import { BROKERED_TEAM, DIRECT_TEAM, useCast, eventsOf, mailTo, send, statusOf } from "../support/introductions";

const c = useCast();

const sys = () => c.t.systemCtx();
/** A fresh engine over the test database (the app uses its shared, snapshot-backed index). */
const alerts = (now: Date) => {
  const engine = buildSearchEngine(toSearchDocuments(loadAllSearchRows(sys())), { synonyms: listSynonymGroups(sys()) });
  return runSavedSearchAlerts(sys(), now, (p: SearchParams) => engine.search(p));
};
// Monday 2 November 2026, 09:00 UTC.
const MON = new Date("2026-11-02T09:00:00Z");
const plus = (days: number, hours = 0) => new Date(MON.getTime() + days * 86_400_000 + hours * 3_600_000);

describe("escalation", () => {
  let direct: number;
  let brokered: number;
  let answered: number;
  beforeAll(() => {
    direct = send(c, c.sme, DIRECT_TEAM, {}, "192.0.2.1", MON).id;
    brokered = send(
      c,
      c.ukSme,
      BROKERED_TEAM,
      { companyCountry: "GB", companySector: "C", companyName: "Leeds Widgets Ltd" },
      "192.0.2.2",
      MON,
    ).id;
    answered = send(c, c.sme, "ucdavis-postharvest-fresh-produce", {}, "192.0.2.1", MON).id;
    const davis = addPerson(c.t, "university", {
      institutionId: teamBySlug(c.t, "ucdavis-postharvest-fresh-produce").institutionId,
    });
    applyRequestStep(c.t.ctx(davis.viewer()), answered, { action: "accept", note: null }, plus(1));
  });

  it("waits ten working days, not ten calendar days", () => {
    expect(runEscalations(sys(), plus(13, 23))).toEqual({ escalated: 0 });
    expect(statusOf(c, direct).escalatedAt).toBeNull();
  });

  it("counts the team's public holidays out: a US team's Veterans Day gives it one more day", () => {
    // The UK team's ten working days end on Monday 16 November; the US team's on the 17th,
    // because Wednesday 11 November (Veterans Day) is a public holiday there.
    expect(runEscalations(sys(), plus(14))).toEqual({ escalated: 1 });
    expect(statusOf(c, brokered).escalatedAt).toEqual(plus(14));
    expect(statusOf(c, direct).escalatedAt).toBeNull();
    const view = getIntroductionRequest(c.t.ctx(c.sme.viewer()), direct);
    expect(view.answerDueBy).toEqual(plus(15));
  });

  it("escalates unanswered requests once, tells the broker (or curators) and the firm", () => {
    const now = plus(15);
    expect(runEscalations(sys(), now)).toEqual({ escalated: 1 });
    expect(runEscalations(sys(), plus(20))).toEqual({ escalated: 0 });
    expect(statusOf(c, answered).escalatedAt).toBeNull();
    expect(statusOf(c, direct).escalatedAt).toEqual(now);
    expect(eventsOf(c, direct).at(-1)).toBe("escalated");

    // Straight to the team, no broker: curators are told.
    expect(
      mailTo(c, c.curator.email)
        .filter((m) => m.subject.startsWith("Escalated"))
        .map((m) => m.subject)
        .join("\n"),
    ).toContain(`#${direct}`);
    // Still in the broker's own queue: its members and curators.
    expect(
      mailTo(c, c.broker.email).some((m) => m.subject.startsWith("Escalated") && m.subject.includes(`#${brokered}`)),
    ).toBe(true);
    expect(mailTo(c, c.curator.email).some((m) => m.subject.includes(`#${brokered}`))).toBe(true);
    // The firms are told.
    expect(mailTo(c, c.sme.email).filter((m) => m.subject.startsWith("We are chasing")).length).toBe(1);
    // Worded by where each waits: the direct one is with the team; the brokered one never left
    // the broker's queue, so nobody "chases the team".
    const sent = mailTo(c, c.ukSme.email).filter((m) => m.subject.includes(`#${brokered}`));
    const waiting = sent.find((m) => m.subject.startsWith("Your request is taking longer"));
    expect(waiting?.textBody).toContain("it has not been passed on to the team yet");
    expect(waiting?.textBody).not.toMatch(/chase the team/);
    expect(sent.some((m) => m.subject.startsWith("We are chasing"))).toBe(false);
    const withTeam = mailTo(c, c.sme.email).find((m) => m.subject.startsWith("We are chasing"));
    expect(withTeam?.textBody).toContain("chase the team");
    const toBroker = mailTo(c, c.broker.email).find(
      (m) => m.subject.includes(`#${brokered}`) && m.subject.startsWith("Escalated"),
    );
    expect(toBroker?.textBody).toContain("it has not been forwarded to the team");

    const view = getIntroductionRequest(c.t.ctx(c.sme.viewer()), direct);
    expect(view.escalatedAt).toEqual(now);
    expect(view.answerDueBy).toEqual(now);
    const queue = listBrokerQueue(
      c.t.ctx(c.curator.viewer()),
      { status: "escalated", age: "any", sort: "oldest" },
      now,
    );
    expect(queue.items.map((i) => i.id).sort()).toEqual([direct, brokered].sort());
    // Ages are the team's working days: 11 for the UK team, 10 for the US one (Veterans Day).
    expect(Object.fromEntries(queue.items.map((i) => [i.id, i.ageWorkingDays]))).toEqual({
      [brokered]: 11,
      [direct]: 10,
    });
  });
});

describe("team response figures", () => {
  it("appear once a team has received three requests: median first response and acceptance rate", () => {
    const team = "cornell-artisan-dairy-processing";
    const { id: teamId } = teamBySlug(c.t, team);
    const member = c.otherMember;
    const firms = [0, 1, 2].map(() =>
      addPerson(c.t, "sme", { company: { name: "Dairy Co", size: "small", country: "US", sector: "G" } }),
    );
    const ids = firms.map((f, i) => send(c, f, team, {}, `192.0.2.${30 + i}`, MON).id);
    expect(getTeamResponseStats(c.t.systemCtx(), teamId, plus(2))).not.toBeNull();
    applyRequestStep(c.t.ctx(member.viewer()), ids[0]!, { action: "accept", note: null }, plus(0, 2));
    applyRequestStep(
      c.t.ctx(member.viewer()),
      ids[1]!,
      { action: "decline", reason: "Outside our scope entirely.", teams: [] },
      plus(0, 6),
    );
    const stats = getTeamResponseStats(c.t.systemCtx(), teamId, plus(3))!;
    expect(stats).toEqual({ received: 3, answered: 2, medianFirstResponseMs: 4 * 3_600_000, acceptanceRate: 0.5 });
    expect(getTeamResponseStats(c.t.systemCtx(), teamBySlug(c.t, "ucd-dairy-herd-health").id)).toBeNull();
  });
});

describe("saved-search digests", () => {
  function publishTeam(slug: string, name: string, keywords: string[], at: Date) {
    const inst = c.t.db
      .select({ id: institutions.id })
      .from(institutions)
      .where(eq(institutions.countryCode, "GB"))
      .limit(1)
      .get()!;
    c.t.db
      .insert(teams)
      .values({
        slug,
        institutionId: inst.id,
        name,
        summary: `${name}: we help small firms.`,
        keywords,
        fields: ["2.5"],
        contactEmail: `${slug}@uni.example`,
        status: "published",
        publishedAt: at,
        createdAt: at,
        updatedAt: at,
      })
      .run();
  }

  it("sends new matching teams daily, once, and nothing when nothing new matches", async () => {
    const p = addPerson(c.t, "sme", { company: { name: "Coat Co", size: "small", country: "GB", sector: "C" } });
    const saved = createSavedSearch(
      c.t.ctx(p.viewer()),
      { name: "Ceramic glazes", query: "ceramic glaze", filters: {}, alertFrequency: "daily" },
      plus(30),
    );
    const weekly = createSavedSearch(
      c.t.ctx(p.viewer()),
      { name: "UK ceramics", query: "ceramic", filters: { country: ["GB"] }, alertFrequency: "weekly" },
      plus(30),
    );
    const off = createSavedSearch(
      c.t.ctx(p.viewer()),
      { name: "Off", query: "ceramic", filters: {}, alertFrequency: "none" },
      plus(30),
    );
    publishTeam("new-ceramic-glaze-lab", "Ceramic Glaze Chemistry Lab", ["ceramic glaze", "kiln"], plus(30, 5));
    publishTeam("new-bakery-lab", "Bakery Science Unit", ["bread", "baking"], plus(30, 6));

    expect(await alerts(plus(30, 12))).toEqual({ checked: 0, sent: 0 });
    expect(await alerts(plus(31))).toEqual({ checked: 1, sent: 1 });
    const digest = mailTo(c, p.email).at(-1)!;
    expect(digest.subject).toBe('1 new team for your saved search "Ceramic glazes"');
    expect(digest.textBody).toContain("Ceramic Glaze Chemistry Lab");
    expect(digest.textBody).toContain("/teams/new-ceramic-glaze-lab");
    expect(digest.textBody).not.toContain("Bakery");
    expect(digest.textBody).toContain("/search?q=ceramic+glaze");
    expect(await alerts(plus(31, 1))).toEqual({ checked: 0, sent: 0 });
    expect(await alerts(plus(32))).toEqual({ checked: 1, sent: 0 });

    expect(await alerts(plus(37))).toEqual({ checked: 2, sent: 1 });
    expect(mailTo(c, p.email).at(-1)!.subject).toBe('1 new team for your saved search "UK ceramics"');
    expect(mailTo(c, p.email)).toHaveLength(2);
    const rows = c.t.db.select().from(savedSearches).all();
    expect(rows.find((r) => r.id === off.id)!.lastAlertedAt).toEqual(plus(30));
    expect(rows.find((r) => r.id === saved.id)!.lastAlertedAt).toEqual(plus(37));
    expect(rows.find((r) => r.id === weekly.id)!.lastAlertedAt).toEqual(plus(37));
  });

  it("counts from the moment alerts are turned on", async () => {
    const p = addPerson(c.t, "sme", { company: { name: "Kiln Co", size: "small", country: "GB", sector: "C" } });
    const s = createSavedSearch(
      c.t.ctx(p.viewer()),
      { name: "Kilns", query: "kiln", filters: {}, alertFrequency: "none" },
      plus(40),
    );
    publishTeam("new-kiln-lab", "Kiln Firing Lab", ["kiln"], plus(41));
    updateSavedSearchFrequency(c.t.ctx(p.viewer()), s.id, "daily", plus(42));
    expect((await alerts(plus(43))).sent).toBe(0);
    expect(mailTo(c, p.email)).toHaveLength(0);
  });
});

// The header's triage link: who gets one, and how many requests it says are waiting.
import { describe, expect, it } from "vitest";
import { applyRequestStep } from "@/lib/dal/introductions/steps";
import { listBrokerQueue } from "@/lib/dal/introductions/dashboards";
import { countWaitingForTriage } from "@/lib/dal/introductions/triage-summary";
import { ANONYMOUS, type Viewer } from "@/lib/viewer";
import { addPerson, intermediaryBySlug } from "../support/people";
import { BROKERED_TEAM, BROKERED_TEAM_2, DIRECT_TEAM, useCast, send } from "../support/introductions";

const c = useCast();
const count = (p: { viewer: () => Viewer }) => countWaitingForTriage(c.t.ctx(p.viewer()));

describe("countWaitingForTriage", () => {
  it("is null for people who triage nothing", () => {
    expect(countWaitingForTriage(c.t.ctx(ANONYMOUS))).toBeNull();
    expect(count(c.sme)).toBeNull();
    expect(count(c.ukMember)).toBeNull();
    const pending = addPerson(c.t, "university");
    expect(count(pending)).toBeNull();
  });

  it("counts new and picked-up requests in the broker's own queues, and every queue for curators", () => {
    expect(count(c.broker)).toBe(0);
    expect(count(c.curator)).toBe(0);
    const uk = { companyCountry: "GB", companySector: "C", companyName: "Leeds Widgets Ltd" };
    const a = send(c, c.ukSme, BROKERED_TEAM, uk).id;
    const b = send(c, c.ukSme, BROKERED_TEAM_2, uk).id;
    send(c, c.sme, DIRECT_TEAM); // straight to the team: nobody's queue
    applyRequestStep(c.t.ctx(c.broker.viewer()), a, { action: "pick-up", note: null });
    expect(count(c.broker)).toBe(2);
    expect(count(c.otherBroker)).toBe(0);
    expect(count(c.curator)).toBe(2);
    expect(count(c.admin)).toBe(2);

    applyRequestStep(c.t.ctx(c.broker.viewer()), a, { action: "forward", note: null });
    const global = intermediaryBySlug(c.t, "demo-global-tech-transfer-network");
    applyRequestStep(c.t.ctx(c.broker.viewer()), b, {
      action: "reassign",
      intermediaryId: global,
      note: "Better placed for this one.",
    });
    expect(count(c.broker)).toBe(0);
    expect(count(c.otherBroker)).toBe(1);
    expect(count(c.curator)).toBe(1);
  });

  it("matches what the queue page shows first", () => {
    for (const p of [c.broker, c.otherBroker, c.curator]) {
      const shown = listBrokerQueue(c.t.ctx(p.viewer()), { status: "waiting", age: "any", sort: "oldest" }).items
        .length;
      expect(count(p)).toBe(shown);
    }
  });
});

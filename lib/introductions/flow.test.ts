import { describe, expect, it } from "vitest";
import { describeProgress, flowOf, type FlowInput } from "./flow";

const t = new Date("2026-11-02T09:00:00Z");
const base: FlowInput = {
  status: "submitted",
  triagedAt: null,
  forwardedAt: null,
  acceptedAt: null,
  connectedAt: null,
  closedAt: null,
  escalatedAt: null,
};

describe("flowOf", () => {
  it("puts a new brokered request at its first step, with everything else to come", () => {
    expect(flowOf(base)).toEqual({
      steps: {
        submitted: "current",
        triaged: "todo",
        forwarded: "todo",
        accepted: "todo",
        declined: "todo",
        connected: "todo",
        closed: "todo",
        withdrawn: "todo",
      },
      escalated: false,
    });
  });

  it("is back at the start, to be triaged again, after a broker passed it to another intermediary", () => {
    expect(flowOf({ ...base, triagedAt: t }).steps).toMatchObject({ submitted: "current", triaged: "todo" });
  });

  it("marks the steps passed as done and the status as current", () => {
    const f = flowOf({ ...base, status: "accepted", triagedAt: t, forwardedAt: t, acceptedAt: t });
    expect(f.steps).toMatchObject({
      submitted: "done",
      triaged: "done",
      forwarded: "done",
      accepted: "current",
      connected: "todo",
      declined: "todo",
    });
  });

  it("shows triage skipped for a request sent straight to the team", () => {
    const f = flowOf({ ...base, status: "forwarded", forwardedAt: t });
    expect(f.steps).toMatchObject({ submitted: "done", triaged: "skipped", forwarded: "current" });
  });

  it("ends on Declined after a broker's refusal, before the team ever saw it", () => {
    const f = flowOf({ ...base, status: "declined", triagedAt: t });
    expect(f.steps).toMatchObject({
      submitted: "done",
      triaged: "done",
      forwarded: "todo",
      declined: "current",
      accepted: "todo",
    });
  });

  it("ends on Withdrawn, keeping what was done before", () => {
    const f = flowOf({ ...base, status: "withdrawn", triagedAt: t, forwardedAt: t, escalatedAt: t });
    expect(f.steps).toMatchObject({ forwarded: "done", accepted: "todo", withdrawn: "current" });
    expect(f.escalated).toBe(true);
  });

  it("has every step done up to a closed request", () => {
    const f = flowOf({
      ...base,
      status: "closed",
      triagedAt: t,
      forwardedAt: t,
      acceptedAt: t,
      connectedAt: t,
      closedAt: t,
    });
    expect(
      Object.entries(f.steps)
        .filter(([, s]) => s === "done")
        .map(([k]) => k),
    ).toEqual(["submitted", "triaged", "forwarded", "accepted", "connected"]);
    expect(f.steps.closed).toBe("current");
  });
});

describe("describeProgress", () => {
  it("says where the request is and what is done, in words", () => {
    expect(describeProgress(flowOf({ ...base, status: "forwarded", forwardedAt: t, escalatedAt: t }))).toBe(
      "Now at “Forwarded to the team”. Done: “Sent by the firm”. Triage was skipped: it went straight to the team. It was escalated after 10 working days without an answer.",
    );
  });
});

import { describe, expect, it } from "vitest";
import { holidaysOf } from "./holidays";
import { computeResponseStats as compute, formatDuration, median, type ReceivedRequest } from "./response-stats";
import { WEEKENDS_ONLY } from "./working-days";

const computeResponseStats = (rows: ReceivedRequest[], now: Date, days: number) =>
  compute(rows, now, days, WEEKENDS_ONLY);

const DAY = 86_400_000;
const t0 = new Date("2026-11-02T09:00:00Z"); // a Monday
const now = new Date("2026-12-30T09:00:00Z");
const req = (over: Partial<ReceivedRequest>): ReceivedRequest => ({
  forwardedAt: t0,
  firstResponseAt: null,
  acceptedAt: null,
  declinedByTeam: false,
  withdrawnAt: null,
  ...over,
});

describe("median", () => {
  it("is the middle value, or the mean of the two middle values", () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe("computeResponseStats", () => {
  it("takes the median of the times to first answer", () => {
    const s = computeResponseStats(
      [
        req({ firstResponseAt: new Date(t0.getTime() + DAY), acceptedAt: new Date(t0.getTime() + DAY) }),
        req({ firstResponseAt: new Date(t0.getTime() + 3 * DAY), declinedByTeam: true }),
        req({ firstResponseAt: new Date(t0.getTime() + 2 * DAY) }),
      ],
      now,
      10,
    );
    expect(s).toEqual({ received: 3, answered: 3, medianFirstResponseMs: 2 * DAY, acceptanceRate: 0.5 });
  });

  it("counts silence past the deadline against acceptance, but not a request still within its time", () => {
    const recent = new Date(now.getTime() - DAY);
    const s = computeResponseStats(
      [
        req({ firstResponseAt: new Date(t0.getTime() + DAY), acceptedAt: new Date(t0.getTime() + DAY) }),
        req({}), // unanswered for weeks
        req({ forwardedAt: recent }), // still has time
      ],
      now,
      10,
    );
    expect(s.acceptanceRate).toBe(0.5);
    expect(s.answered).toBe(1);
    expect(s.received).toBe(3);
  });

  it("leaves out requests the firm withdrew before an answer", () => {
    const s = computeResponseStats([req({ withdrawnAt: new Date(t0.getTime() + DAY) })], now, 10);
    expect(s).toEqual({ received: 1, answered: 0, medianFirstResponseMs: null, acceptanceRate: null });
  });

  it("still counts silence when the firm withdrew only after the deadline", () => {
    const late = req({ withdrawnAt: new Date(t0.getTime() + 20 * DAY) });
    const accepted = req({ firstResponseAt: new Date(t0.getTime() + DAY), acceptedAt: new Date(t0.getTime() + DAY) });
    expect(computeResponseStats([late, accepted], now, 10).acceptanceRate).toBe(0.5);
  });

  it("gives the team the deadline of its own calendar: UK Christmas holidays push it back", () => {
    const sent = new Date("2026-12-21T09:00:00Z");
    const at = new Date("2027-01-05T09:00:00Z"); // ten weekdays later, but only eight UK working days
    const rows = [req({ forwardedAt: sent })];
    expect(compute(rows, at, 10, WEEKENDS_ONLY).acceptanceRate).toBe(0);
    expect(compute(rows, at, 10, holidaysOf("GB")).acceptanceRate).toBeNull();
  });
});

describe("formatDuration", () => {
  it("speaks in hours, then days", () => {
    expect(formatDuration(10 * 60_000)).toBe("under an hour");
    expect(formatDuration(3_600_000)).toBe("1 hour");
    expect(formatDuration(5 * 3_600_000)).toBe("5 hours");
    expect(formatDuration(3 * DAY)).toBe("3 days");
  });
});

import { describe, expect, it } from "vitest";
import {
  WEEKENDS_ONLY,
  addWorkingDays as addWith,
  isOverdue as overdueWith,
  workingDaysBetween as betweenWith,
} from "./working-days";

// These cases are about weekends; holidays.test.ts covers public holidays.
const workingDaysBetween = (a: Date, b: Date) => betweenWith(a, b, WEEKENDS_ONLY);
const addWorkingDays = (a: Date, d: number) => addWith(a, d, WEEKENDS_ONLY);
const isOverdue = (a: Date, b: Date, d: number) => overdueWith(a, b, d, WEEKENDS_ONLY);

// 2026-11-02 is a Monday.
const at = (iso: string) => new Date(`${iso}Z`);

describe("workingDaysBetween", () => {
  it("counts a Monday-to-Monday week as five working days", () => {
    expect(workingDaysBetween(at("2026-11-02T09:00:00"), at("2026-11-09T09:00:00"))).toBe(5);
  });
  it("ignores weekends entirely", () => {
    expect(workingDaysBetween(at("2026-11-07T00:00:00"), at("2026-11-09T00:00:00"))).toBe(0);
    expect(workingDaysBetween(at("2026-11-06T12:00:00"), at("2026-11-09T12:00:00"))).toBe(1);
  });
  it("counts part days", () => {
    expect(workingDaysBetween(at("2026-11-03T06:00:00"), at("2026-11-03T18:00:00"))).toBe(0.5);
  });
  it("is zero when the end is not after the start", () => {
    expect(workingDaysBetween(at("2026-11-03T06:00:00"), at("2026-11-03T06:00:00"))).toBe(0);
    expect(workingDaysBetween(at("2026-11-04T06:00:00"), at("2026-11-03T06:00:00"))).toBe(0);
  });
  it("agrees with a day-by-day count over long spans", () => {
    const from = at("2026-11-05T13:30:00");
    for (const days of [3, 11, 40, 365]) {
      const to = new Date(from.getTime() + days * 86_400_000 + 3_600_000);
      let slow = 0;
      // Minute by minute: the start is on a whole minute, so no step straddles midnight.
      for (let t = from.getTime(); t < to.getTime(); t += 60_000) {
        const d = new Date(t).getUTCDay();
        if (d >= 1 && d <= 5) slow += 1 / 1440;
      }
      expect(workingDaysBetween(from, to)).toBeCloseTo(slow, 6);
    }
  });
});

describe("addWorkingDays", () => {
  it("adds ten working days as two calendar weeks from a weekday", () => {
    expect(addWorkingDays(at("2026-11-02T09:00:00"), 10)).toEqual(at("2026-11-16T09:00:00"));
    expect(addWorkingDays(at("2026-11-06T17:00:00"), 10)).toEqual(at("2026-11-20T17:00:00"));
  });
  it("starts the clock on Monday for a request sent at the weekend", () => {
    expect(addWorkingDays(at("2026-11-07T10:00:00"), 1)).toEqual(at("2026-11-10T00:00:00"));
    expect(addWorkingDays(at("2026-11-08T23:00:00"), 10)).toEqual(at("2026-11-21T00:00:00"));
  });
  it("skips the weekend in the middle", () => {
    expect(addWorkingDays(at("2026-11-05T12:00:00"), 2)).toEqual(at("2026-11-09T12:00:00"));
  });
  it("is the inverse of workingDaysBetween", () => {
    const from = at("2026-11-04T15:45:00");
    for (const days of [0.25, 1, 4.5, 10, 23]) {
      expect(workingDaysBetween(from, addWorkingDays(from, days))).toBeCloseTo(days, 9);
    }
  });
  it("returns the start for zero days", () => {
    expect(addWorkingDays(at("2026-11-04T15:45:00"), 0)).toEqual(at("2026-11-04T15:45:00"));
  });
});

describe("isOverdue", () => {
  const sent = at("2026-11-02T09:00:00");
  it("is not overdue a minute before ten working days", () => {
    expect(isOverdue(sent, at("2026-11-16T08:59:00"), 10)).toBe(false);
  });
  it("is overdue at ten working days", () => {
    expect(isOverdue(sent, at("2026-11-16T09:00:00"), 10)).toBe(true);
  });
  it("does not count a long weekend of calendar days as working days", () => {
    expect(isOverdue(at("2026-11-06T09:00:00"), at("2026-11-19T09:00:00"), 10)).toBe(false);
  });
});

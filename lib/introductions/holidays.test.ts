// Working days with real public holidays (date-holidays' calendars), on real dates.
import { describe, expect, it } from "vitest";
import { holidaysOf } from "./holidays";
import { WEEKENDS_ONLY, addWorkingDays, isOverdue, workingDaysBetween } from "./working-days";

const at = (iso: string) => new Date(`${iso}Z`);
const GB = holidaysOf("GB");
const BR = holidaysOf("BR");
const US = holidaysOf("US");

describe("holidaysOf", () => {
  it("knows UK Christmas 2026, Boxing Day and its substitute Monday", () => {
    const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
    expect(GB(day("2026-12-25"))).toBe(true); // Friday
    expect(GB(day("2026-12-26"))).toBe(true); // Saturday
    expect(GB(day("2026-12-28"))).toBe(true); // Monday: Boxing Day (substitute day)
    expect(GB(day("2026-12-29"))).toBe(false);
    expect(GB(day("2027-01-01"))).toBe(true);
  });

  it("counts only public holidays, not observances or bank-only days", () => {
    const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
    expect(BR(day("2026-04-21"))).toBe(true); // Tiradentes
    expect(BR(day("2026-02-16"))).toBe(false); // Carnival Monday: a bank holiday in date-holidays
    expect(GB(day("2026-03-15"))).toBe(false); // Mothering Sunday: an observance
  });

  it("falls back to weekends only for countries it does not know, and for none", () => {
    expect(holidaysOf("ZZ")).toBe(WEEKENDS_ONLY);
    expect(holidaysOf(null)).toBe(WEEKENDS_ONLY);
    expect(holidaysOf("not a code")).toBe(WEEKENDS_ONLY);
  });

  it("gives the same (cached) calendar for the same country, whatever the case", () => {
    expect(holidaysOf("gb")).toBe(GB);
    expect(holidaysOf(" GB ")).toBe(GB);
  });
});

describe("working days over UK Christmas 2026", () => {
  it("a day's clock started on Christmas Eve runs out after the substitute Boxing Day", () => {
    expect(addWorkingDays(at("2026-12-24T09:00:00"), 1, WEEKENDS_ONLY)).toEqual(at("2026-12-25T09:00:00"));
    expect(addWorkingDays(at("2026-12-24T09:00:00"), 1, GB)).toEqual(at("2026-12-29T09:00:00"));
  });

  it("ten working days from 21 December run to 7 January (Christmas, Boxing Day substitute, New Year)", () => {
    const sent = at("2026-12-21T09:00:00");
    expect(addWorkingDays(sent, 10, WEEKENDS_ONLY)).toEqual(at("2027-01-04T09:00:00"));
    expect(addWorkingDays(sent, 10, GB)).toEqual(at("2027-01-07T09:00:00"));
    expect(isOverdue(sent, at("2027-01-06T12:00:00"), 10, GB)).toBe(false);
    expect(isOverdue(sent, at("2027-01-07T09:00:00"), 10, GB)).toBe(true);
  });

  it("counts the week of Christmas as two working days in the UK", () => {
    expect(workingDaysBetween(at("2026-12-21T00:00:00"), at("2026-12-28T00:00:00"), GB)).toBe(4);
    expect(workingDaysBetween(at("2026-12-28T00:00:00"), at("2027-01-04T00:00:00"), GB)).toBe(3);
    expect(workingDaysBetween(at("2026-12-28T00:00:00"), at("2027-01-04T00:00:00"), WEEKENDS_ONLY)).toBe(5);
  });
});

describe("working days in Brazil and the United States", () => {
  it("skips Finados (2 November) and Consciência Negra (20 November) in Brazil", () => {
    expect(workingDaysBetween(at("2026-11-02T00:00:00"), at("2026-11-09T00:00:00"), BR)).toBe(4);
    expect(workingDaysBetween(at("2026-11-16T00:00:00"), at("2026-11-23T00:00:00"), BR)).toBe(4);
    // Sent on Finados: the clock starts on Tuesday 3rd, and ten working days end at midnight
    // going into Tuesday 17 November.
    expect(addWorkingDays(at("2026-11-02T09:00:00"), 10, BR)).toEqual(at("2026-11-17T00:00:00"));
  });

  it("skips Veterans Day and Thanksgiving in the United States", () => {
    expect(addWorkingDays(at("2026-11-02T09:00:00"), 10, US)).toEqual(at("2026-11-17T09:00:00"));
    expect(workingDaysBetween(at("2026-11-23T00:00:00"), at("2026-11-30T00:00:00"), US)).toBe(4);
  });

  it("is the inverse of workingDaysBetween across holidays", () => {
    const from = at("2026-12-22T15:45:00");
    for (const days of [0.25, 1, 4.5, 10, 23]) {
      expect(workingDaysBetween(from, addWorkingDays(from, days, GB), GB)).toBeCloseTo(days, 9);
    }
  });
});

// Working days are Monday to Friday, less the public holidays of a calendar (see holidays.ts),
// counted by UTC day: the register serves many time zones, and one fixed day boundary keeps a
// deadline the same on every machine. Pure: the caller chooses the calendar.

export const DAY_MS = 24 * 3600 * 1000;

/** Whether a UTC day (days since 1970-01-01) is a public holiday. */
export type HolidayTest = (utcDay: number) => boolean;

/** No public holidays: weekends only. */
export const WEEKENDS_ONLY: HolidayTest = () => false;

const dayOf = (ms: number) => Math.floor(ms / DAY_MS);

function isWorkingDay(day: number, isHoliday: HolidayTest): boolean {
  // 1970-01-01 was a Thursday: day 0 → 4.
  const weekday = (day + 4) % 7;
  return weekday >= 1 && weekday <= 5 && !isHoliday(day);
}

/**
 * Working time between two instants, in (fractional) working days: only the parts of the span
 * that fall on a working day count. Zero when `to` is not after `from`.
 */
export function workingDaysBetween(from: Date, to: Date, isHoliday: HolidayTest): number {
  let a = from.getTime();
  const b = to.getTime();
  if (!(b > a)) return 0;
  let ms = 0;
  while (a < b) {
    const day = dayOf(a);
    const end = Math.min((day + 1) * DAY_MS, b);
    if (isWorkingDay(day, isHoliday)) ms += end - a;
    a = end;
  }
  return ms / DAY_MS;
}

/**
 * The instant at which `days` working days will have passed since `from`: a request sent on a
 * Saturday (or a holiday) has its clock start at midnight (UTC) on the next working day.
 */
export function addWorkingDays(from: Date, days: number, isHoliday: HolidayTest): Date {
  if (!(days > 0)) return new Date(from.getTime());
  let a = from.getTime();
  let left = days * DAY_MS;
  for (;;) {
    const day = dayOf(a);
    const dayEnd = (day + 1) * DAY_MS;
    if (isWorkingDay(day, isHoliday)) {
      const available = dayEnd - a;
      if (left <= available) return new Date(a + left);
      left -= available;
    }
    a = dayEnd;
  }
}

/** Whether a request sent at `from` has gone `days` working days without an answer by `now`. */
export function isOverdue(from: Date, now: Date, days: number, isHoliday: HolidayTest): boolean {
  return now.getTime() >= addWorkingDays(from, days, isHoliday).getTime();
}

// Working days are Monday to Friday, counted in UTC (the register serves many time zones; one
// fixed calendar keeps deadlines the same on every machine). Public holidays are not counted out.

const DAY = 24 * 3600 * 1000;

/** 0 = Sunday … 6 = Saturday, in UTC. */
const weekday = (ms: number) => new Date(ms).getUTCDay();
const isWorkingDay = (ms: number) => {
  const d = weekday(ms);
  return d >= 1 && d <= 5;
};
const startOfDay = (ms: number) => Math.floor(ms / DAY) * DAY;

/**
 * Working time between two instants, in (fractional) working days: only the parts of the span
 * that fall on a Monday–Friday count. Zero when `to` is not after `from`.
 */
export function workingDaysBetween(from: Date, to: Date): number {
  let a = from.getTime();
  const b = to.getTime();
  if (!(b > a)) return 0;
  let ms = 0;
  // Whole weeks contribute five working days each, whatever day they start on.
  const weeks = Math.floor((b - a) / (7 * DAY));
  ms += weeks * 5 * DAY;
  a += weeks * 7 * DAY;
  while (a < b) {
    const dayEnd = startOfDay(a) + DAY;
    const end = Math.min(dayEnd, b);
    if (isWorkingDay(a)) ms += end - a;
    a = end;
  }
  return ms / DAY;
}

/**
 * The instant at which `days` working days will have passed since `from`: a request sent on a
 * Saturday has its clock start on Monday at midnight (UTC).
 */
export function addWorkingDays(from: Date, days: number): Date {
  if (!(days > 0)) return new Date(from.getTime());
  let a = from.getTime();
  let left = days * DAY;
  const weeks = Math.floor(left / (5 * DAY));
  // Move whole weeks only while at least a full week remains, so the remainder lands exactly.
  if (weeks > 1) {
    a += (weeks - 1) * 7 * DAY;
    left -= (weeks - 1) * 5 * DAY;
  }
  for (;;) {
    const dayEnd = startOfDay(a) + DAY;
    if (isWorkingDay(a)) {
      const available = dayEnd - a;
      if (left <= available) return new Date(a + left);
      left -= available;
    }
    a = dayEnd;
  }
}

/** Whether a request sent at `from` has gone `days` working days without an answer by `now`. */
export function isOverdue(from: Date, now: Date, days: number): boolean {
  return now.getTime() >= addWorkingDays(from, days).getTime();
}

// A team's responsiveness, the figure SMEs say they lack: median time to first response and
// acceptance rate over the requests the team has received. Pure; the DAL loads the rows.
import { addWorkingDays, type HolidayTest } from "./working-days";

export interface ReceivedRequest {
  /** When the request reached the team (forwarded by a broker, or sent straight). */
  forwardedAt: Date;
  firstResponseAt: Date | null;
  acceptedAt: Date | null;
  /** Declined by the team itself (a broker's decline never reached it). */
  declinedByTeam: boolean;
  withdrawnAt: Date | null;
}

export interface ResponseStats {
  /** Requests the team received. */
  received: number;
  /** Requests it answered (accepted, declined or replied). */
  answered: number;
  /** Median time from receipt to first answer, in ms; null when it has answered none. */
  medianFirstResponseMs: number | null;
  /**
   * Accepted ÷ requests that had an outcome: accepted, declined by the team, or left unanswered
   * past the deadline. Requests withdrawn before an answer and before the deadline, and those
   * still within their time, do not count either way (a firm withdrawing, or deleting its
   * account, after the deadline does not wipe out the team's silence). Null when there are none.
   */
  acceptanceRate: number | null;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** `isHoliday` is the team's calendar: its deadline skips its country's public holidays. */
export function computeResponseStats(
  rows: readonly ReceivedRequest[],
  now: Date,
  deadlineWorkingDays: number,
  isHoliday: HolidayTest,
): ResponseStats {
  const answered = rows.filter((r) => r.firstResponseAt !== null);
  let accepted = 0;
  let decided = 0;
  for (const r of rows) {
    if (r.acceptedAt) {
      accepted++;
      decided++;
    } else if (r.declinedByTeam) decided++;
    else if (r.firstResponseAt === null) {
      const deadline = addWorkingDays(r.forwardedAt, deadlineWorkingDays, isHoliday).getTime();
      if (now.getTime() >= deadline && (r.withdrawnAt === null || r.withdrawnAt.getTime() >= deadline)) decided++;
    }
  }
  return {
    received: rows.length,
    answered: answered.length,
    medianFirstResponseMs: median(answered.map((r) => r.firstResponseAt!.getTime() - r.forwardedAt.getTime())),
    acceptanceRate: decided === 0 ? null : accepted / decided,
  };
}

const HOUR = 3600 * 1000;

/** "under an hour", "5 hours", "3 days": how long an answer takes, for people. */
export function formatDuration(ms: number): string {
  if (ms < HOUR) return "under an hour";
  const hours = Math.round(ms / HOUR);
  if (hours < 36) return `${hours} hour${hours === 1 ? "" : "s"}`;
  const days = Math.round(ms / (24 * HOUR));
  return `${days} days`;
}

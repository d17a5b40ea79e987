// Vocabularies and limits of introduction requests, shared by forms, validation, the DAL and e-mails.
import type { RequestStatus } from "@/lib/reference/statuses";

export const BUDGET_BANDS = [
  { code: "not-sure", name: "Not sure yet" },
  { code: "under-5k", name: "Under £5k" },
  { code: "5k-25k", name: "£5k–£25k" },
  { code: "25k-100k", name: "£25k–£100k" },
  { code: "over-100k", name: "Over £100k" },
] as const;

export const TIMELINES = [
  { code: "asap", name: "As soon as possible" },
  { code: "1-3-months", name: "Within 1–3 months" },
  { code: "3-6-months", name: "Within 3–6 months" },
  { code: "6-12-months", name: "Within 6–12 months" },
  { code: "exploring", name: "No fixed date: exploring" },
] as const;

export const STATUS_LABELS: Record<RequestStatus, string> = {
  submitted: "Submitted",
  triaged: "With a broker",
  forwarded: "Sent to the team",
  accepted: "Accepted",
  declined: "Declined",
  connected: "Connected",
  closed: "Closed",
  withdrawn: "Withdrawn",
};

/** Timeline entries that are not statuses of their own. */
export const EVENT_LABELS: Record<string, string> = {
  ...STATUS_LABELS,
  triaged: "Picked up by a broker",
  note: "Broker's note",
  suggested: "Other teams suggested",
  escalated: "Escalated: no answer in 10 working days",
  reassigned: "Passed to another intermediary",
};

/** What the page says after each step. */
export const STEP_DONE: Record<string, string> = {
  "pick-up": "Picked up. The firm has been told.",
  note: "Note added.",
  forward: "Forwarded to the team.",
  suggest: "Suggestions sent to the firm.",
  decline: "Declined. The firm has been told why.",
  accept: "Accepted. The firm can now see your contact address.",
  connect: "Marked as connected.",
  close: "Closed.",
  withdraw: "Withdrawn.",
  reassign: "Passed to the other intermediary. Its brokers have been e-mailed and the request is in their queue.",
};

/** What a deleted firm's requests show instead of its name, and instead of what it wrote. */
export const DELETED_COMPANY = "Deleted account";
export const REMOVED_AT_FIRMS_REQUEST = "Removed at the firm's request";

/** Statuses in which a request still waits on someone. */
export const OPEN_STATUSES = [
  "submitted",
  "triaged",
  "forwarded",
  "accepted",
  "connected",
] as const satisfies readonly RequestStatus[];
const OPEN_SET: ReadonlySet<string> = new Set(OPEN_STATUSES);
/** Whether a request in this status still waits on someone (one of OPEN_STATUSES). */
export const isOpenStatus = (status: string): boolean => OPEN_SET.has(status);
/** Statuses in which the team has not answered yet (the escalation clock runs). */
export const AWAITING_STATUSES = ["submitted", "triaged", "forwarded"] as const satisfies readonly RequestStatus[];

export const LIMITS = {
  needMin: 40,
  needMax: 4000,
  companyDescriptionMax: 1000,
  messageMax: 4000,
  noteMax: 2000,
  reasonMin: 10,
  shortlistNoteMax: 2000,
  compareMax: 4,
  suggestMax: 3,
  /** Requests an SME may have open (submitted … connected) at once. */
  openRequestsPerSme: 8,
  /** Sent requests per account per rolling day, and per network address. */
  requestsPerAccountPerDay: 6,
  requestsPerIpPerDay: 30,
  /** Messages per account per hour (a thread is a conversation, not a channel for spam). */
  messagesPerAccountPerHour: 60,
  /** Working days without an answer before a request is escalated. */
  escalateAfterWorkingDays: 10,
  /** A team's response figures are shown once it has received this many requests. */
  statsMinRequests: 3,
  savedSearchesPerUser: 20,
  /** Needs sent without an account (/contact): per address per day, per network address per day. */
  guestNeedsPerEmailPerDay: 3,
  guestNeedsPerIpPerDay: 10,
  /** Open needs one address may have without an account. */
  openGuestNeedsPerEmail: 3,
} as const;

export function labelOf(list: readonly { code: string; name: string }[], code: string | null | undefined): string {
  if (!code) return "Not stated";
  return list.find((x) => x.code === code)?.name ?? code;
}

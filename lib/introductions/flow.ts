// The lifecycle of an introduction request as a picture: its steps, what each means, and (for
// one request) which are done, which is current, and which were skipped. Pure; drawn by
// components/introductions/request-flow.tsx.
import { REQUEST_STATUSES, type RequestStatus } from "@/lib/reference/statuses";

/** The picture's steps are the request's statuses, in the same order. */
export const FLOW_STEPS = REQUEST_STATUSES;
export type FlowStep = RequestStatus;

/** What a step is, in words: the diagram's labels and its text alternative. */
export const FLOW_TEXT: Record<FlowStep, { title: string; detail: string; phrase: string; explain: string }> = {
  submitted: {
    title: "Sent",
    detail: "by the firm",
    phrase: "Sent by the firm",
    explain: "The firm describes its need and sends the request; it is recorded once.",
  },
  triaged: {
    title: "Triage",
    detail: "by an intermediary",
    phrase: "Triage by an intermediary",
    explain:
      "If an intermediary covers the team's country, the firm's country or its sector, one of its brokers looks at the request first. It may pass it to a better-placed intermediary. Otherwise it goes straight to the team.",
  },
  forwarded: {
    title: "Forwarded",
    detail: "to the team",
    phrase: "Forwarded to the team",
    explain: "The team receives the request and is asked to answer within 10 working days.",
  },
  accepted: {
    title: "Accepted",
    detail: "contacts shared",
    phrase: "Accepted: contacts shared",
    explain: "The team accepts; the firm now sees the team's contact address.",
  },
  declined: {
    title: "Declined",
    detail: "with a reason",
    phrase: "Declined with a reason",
    explain:
      "The team (or the broker, during triage) declines, always with a reason and often with another team to try.",
  },
  connected: {
    title: "Connected",
    detail: "in touch",
    phrase: "Connected: in touch",
    explain: "The firm or the team confirms they have been in touch.",
  },
  closed: {
    title: "Closed",
    detail: "with the outcome",
    phrase: "Closed with the outcome",
    explain: "Either side closes the request, noting what came of it.",
  },
  withdrawn: {
    title: "Withdrawn",
    detail: "by the firm",
    phrase: "Withdrawn by the firm",
    explain: "The firm can withdraw its request at any time before it is connected.",
  },
};

export const ESCALATION_TEXT =
  "Nothing falls through: a request the team has not answered within 10 working days (weekends and the team's public holidays left out) is escalated to a broker, and the firm is told.";

export type FlowState = "done" | "current" | "skipped" | "todo";

export interface FlowInput {
  status: RequestStatus;
  triagedAt: Date | null;
  forwardedAt: Date | null;
  acceptedAt: Date | null;
  connectedAt: Date | null;
  closedAt: Date | null;
  escalatedAt: Date | null;
}

export interface FlowProgress {
  steps: Record<FlowStep, FlowState>;
  escalated: boolean;
}

/**
 * Where one request stands: the step of its status is current (a request waiting for a broker
 * is current at "Sent"); steps it passed are done; triage is skipped when the request went
 * straight to the team; the rest are still to come (or will not happen).
 */
export function flowOf(r: FlowInput): FlowProgress {
  const passed: Record<FlowStep, boolean> = {
    submitted: true,
    // A request passed to another intermediary is back at "submitted", to be triaged again.
    triaged: r.triagedAt !== null && r.status !== "submitted",
    forwarded: r.forwardedAt !== null,
    accepted: r.acceptedAt !== null,
    declined: false,
    connected: r.connectedAt !== null,
    closed: r.closedAt !== null,
    withdrawn: false,
  };
  const steps = {} as Record<FlowStep, FlowState>;
  for (const s of FLOW_STEPS) {
    if (s === r.status) steps[s] = "current";
    else if (s === "triaged" && !passed.triaged && passed.forwarded) steps[s] = "skipped";
    else steps[s] = passed[s] ? "done" : "todo";
  }
  return { steps, escalated: r.escalatedAt !== null };
}

/** How a step's state reads in the text alternative. */
export const STATE_WORDS: Record<FlowState, string> = {
  done: "done",
  current: "current step",
  skipped: "skipped: sent straight to the team",
  todo: "not reached",
};

// Quoted, so the description never repeats a page's own sentences word for word.
const name = (s: FlowStep) => `“${FLOW_TEXT[s].phrase}”`;

/** One sentence on where a request stands, for the diagram's text description. */
export function describeProgress(p: FlowProgress): string {
  const current = FLOW_STEPS.find((s) => p.steps[s] === "current");
  const done = FLOW_STEPS.filter((s) => p.steps[s] === "done").map(name);
  const parts = [current ? `Now at ${name(current)}.` : "", done.length ? `Done: ${done.join(", ")}.` : ""];
  if (p.steps.triaged === "skipped") parts.push("Triage was skipped: it went straight to the team.");
  if (p.escalated) parts.push("It was escalated after 10 working days without an answer.");
  return parts.filter(Boolean).join(" ");
}

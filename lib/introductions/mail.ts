// The e-mails of the introduction journey. Each carries a link back to the request; replies are
// made in the app. What people typed is quoted as plain text (render() escapes the HTML part).
import type { OutgoingEmail } from "@/lib/dal/types";
import { render } from "@/lib/email/templates";

export interface RequestMailContext {
  requestId: number;
  /** "need": sent without a team; teamName is then a phrase ("a team for your need"). */
  kind: "team" | "need";
  teamName: string;
  companyName: string;
  /** Absolute link to the request in the app. */
  url: string;
  /** Where the firm follows it: the request page, or (without an account) the register's search. */
  firmUrl: string;
  /** The firm wrote without an account, so it cannot open the request page. */
  guest: boolean;
}

export interface SuggestedTeam {
  name: string;
  url: string;
}

/** Where a request waits when it is escalated: still in the broker's queue, or with the team. */
export type EscalationWait = "broker" | "team";

export type StatusStep = "accepted" | "declined" | "connected" | "closed" | "withdrawn";

const quote = (label: string, text: string | null | undefined) => (text ? [`${label}:\n${text}`] : []);
const key = (c: RequestMailContext, step: string, to: string) => `intro:${c.requestId}:${step}:${to.toLowerCase()}`;
const ref = (c: RequestMailContext) => `#${c.requestId}`;

export const introMail = {
  needReceived: (to: string, c: RequestMailContext, need: string, brokered: boolean) =>
    render(
      to,
      {
        subject: `We have your request: a curator will look for teams (${ref(c)})`,
        greeting: "Hello,",
        paragraphs: [
          "Thank you for describing your need. We have it, and nothing more is needed from you for now.",
          brokered
            ? "An intermediary who covers your country or sector will read it and suggest teams of the register that could help."
            : "An Expertise Atlas curator will read it and suggest teams of the register that could help.",
          "We aim to answer within 10 working days.",
          ...quote("Your need", need),
          c.guest
            ? "You sent this without an account, so we will write to you at this address. If you did not send it, you can ignore this e-mail."
            : "You can follow it in My introductions.",
        ],
        action: c.guest
          ? { label: "Browse the register meanwhile", url: c.firmUrl }
          : { label: "Follow your request", url: c.url },
      },
      key(c, "submitted", to),
    ),

  newNeedInBrokerQueue: (to: string, c: RequestMailContext, need: string) =>
    render(
      to,
      {
        subject: `New need without a team in your queue: ${c.companyName} (${ref(c)})`,
        greeting: "Hello,",
        paragraphs: [
          `${c.companyName} did not find a team by searching and asks a curator to find one.`,
          ...quote("Their need", need),
          "Please suggest teams of the register (or decline with a reason) so the firm is not left waiting.",
        ],
        action: { label: "Triage the request", url: c.url },
      },
      key(c, "queued", to),
    ),

  submittedToSme: (to: string, c: RequestMailContext, brokered: boolean) =>
    render(
      to,
      {
        subject: `Your introduction request to ${c.teamName} was sent (${ref(c)})`,
        greeting: "Hello,",
        paragraphs: [
          `We have your request to be introduced to ${c.teamName}.`,
          brokered
            ? "An intermediary who knows the teams in this region or sector will look at it first, then pass it on or suggest a better-placed team."
            : "It has gone straight to the team. You will hear from us when they answer.",
          "If nobody answers within 10 working days we escalate it, and tell you.",
        ],
        action: { label: "Follow your request", url: c.url },
      },
      key(c, "submitted", to),
    ),

  newInBrokerQueue: (to: string, c: RequestMailContext, need: string) =>
    render(
      to,
      {
        subject: `New introduction request in your queue: ${c.companyName} → ${c.teamName} (${ref(c)})`,
        greeting: "Hello,",
        paragraphs: [`${c.companyName} asks to be introduced to ${c.teamName}.`, ...quote("Their need", need)],
        action: { label: "Triage the request", url: c.url },
      },
      key(c, "queued", to),
    ),

  newForTeam: (to: string, c: RequestMailContext, need: string, brokerNote: string | null) =>
    render(
      to,
      {
        subject: `Introduction request from ${c.companyName} for ${c.teamName} (${ref(c)})`,
        greeting: "Hello,",
        paragraphs: [
          `${c.companyName} would like to be introduced to ${c.teamName} on Expertise Atlas.`,
          ...quote("Their need", need),
          ...quote("A note from the broker", brokerNote),
          "Please accept or decline within 10 working days; if you decline, a short reason (and another team, if you know one) helps the firm.",
        ],
        action: { label: "Answer the request", url: c.url },
      },
      key(c, "forwarded", to),
    ),

  forwardedToSme: (to: string, c: RequestMailContext) =>
    render(
      to,
      {
        subject: `Your request was passed on to ${c.teamName} (${ref(c)})`,
        greeting: "Hello,",
        paragraphs: [`The broker has passed your request on to ${c.teamName}. We will tell you when they answer.`],
        action: { label: "Follow your request", url: c.url },
      },
      key(c, "forwarded", to),
    ),

  pickedUp: (to: string, c: RequestMailContext, brokerName: string) =>
    render(
      to,
      {
        subject: `${brokerName} is looking at your request (${ref(c)})`,
        greeting: "Hello,",
        paragraphs: [
          `${brokerName} has picked up your request to ${c.teamName} and will pass it on or come back to you.`,
        ],
        action: { label: "Follow your request", url: c.url },
      },
      key(c, "triaged", to),
    ),

  accepted: (to: string, c: RequestMailContext, teamContact: string, note: string | null) =>
    render(
      to,
      {
        subject: `${c.teamName} accepted your introduction request (${ref(c)})`,
        greeting: "Good news,",
        paragraphs: [
          `${c.teamName} would like to talk. You can write to them at ${teamContact}, or reply in the thread.`,
          ...quote("Their note", note),
        ],
        action: { label: "See the request and the contact", url: c.url },
      },
      key(c, "accepted", to),
    ),

  declined: (to: string, c: RequestMailContext, by: "broker" | "team", reason: string, suggested: string[]) =>
    render(
      to,
      {
        subject: `Your introduction request to ${c.teamName} was declined (${ref(c)})`,
        greeting: "Hello,",
        paragraphs: [
          by === "team"
            ? `${c.teamName} cannot take your request on.`
            : `The broker could not pass your request on to ${c.teamName}.`,
          ...quote("Their reason", reason),
          ...(suggested.length > 0 ? [`They suggest you try: ${suggested.join("; ")}.`] : []),
        ],
        action: { label: "See the request", url: c.url },
      },
      key(c, `declined-${by}`, to),
    ),

  suggested: (to: string, c: RequestMailContext, suggested: SuggestedTeam[], note: string | null, seq: number) =>
    render(
      to,
      {
        subject:
          c.kind === "need"
            ? `Teams suggested for your need (${ref(c)})`
            : `Other teams suggested for your request (${ref(c)})`,
        greeting: "Hello,",
        paragraphs: [
          `The broker suggests these teams for your need: ${suggested.map((t) => t.name).join("; ")}.`,
          ...suggested.map((t) => `${t.name}: ${t.url}`),
          ...quote("Their note", note),
          c.guest
            ? "To ask one of them for an introduction, open its page and choose “Request an introduction” (you will be asked to create a free account)."
            : "You can ask any of them for an introduction from your request's page.",
        ],
        action: c.guest
          ? { label: `See ${suggested[0]?.name ?? "the teams"}`, url: suggested[0]?.url ?? c.firmUrl }
          : { label: "See the suggestions", url: c.url },
      },
      key(c, `suggested-${seq}`, to),
    ),

  statusChanged: (to: string, c: RequestMailContext, step: StatusStep, actor: string, note: string | null) => {
    const what = {
      accepted: "accepted",
      declined: "declined",
      connected: "marked as connected",
      closed: "closed",
      withdrawn: "withdrawn",
    }[step];
    return render(
      to,
      {
        subject: `Introduction request ${ref(c)} ${what}`,
        greeting: "Hello,",
        paragraphs: [
          `The request from ${c.companyName} to ${c.teamName} was ${what} by ${actor}.`,
          ...quote("Note", note),
        ],
        action: { label: "See the request", url: c.url },
      },
      key(c, step, to),
    );
  },

  message: (to: string, c: RequestMailContext, messageId: number, author: string, body: string) =>
    render(
      to,
      {
        subject: `New message on introduction request ${ref(c)} (${c.companyName} → ${c.teamName})`,
        greeting: "Hello,",
        paragraphs: [`${author} wrote:`, body, "Reply in the app; replies to this e-mail are not read."],
        action: { label: "Read and reply", url: c.url },
      },
      `intro-msg:${messageId}:${to.toLowerCase()}`,
    ),

  reassigned: (
    to: string,
    c: RequestMailContext,
    from: string,
    toName: string,
    need: string,
    note: string,
    seq: number,
  ) =>
    render(
      to,
      {
        subject: `Introduction request passed to ${toName}: ${c.companyName} → ${c.teamName} (${ref(c)})`,
        greeting: "Hello,",
        paragraphs: [
          `${from} has passed this request to ${toName}'s triage queue: please pick it up, forward it to the team, suggest another team, or decline it with a reason.`,
          ...quote("Their note", note),
          ...quote("The firm's need", need),
        ],
        action: { label: "Triage the request", url: c.url },
      },
      key(c, `reassigned-${seq}`, to),
    ),

  escalatedToBroker: (to: string, c: RequestMailContext, wait: EscalationWait, brokerName: string | null) =>
    render(
      to,
      {
        subject: `Escalated: no answer in 10 working days (${c.companyName} → ${c.teamName}, ${ref(c)})`,
        greeting: "Hello,",
        paragraphs: escalationToBrokerText(c, wait, brokerName),
        action: { label: "Open the request", url: c.url },
      },
      key(c, "escalated", to),
    ),

  escalatedToSme: (to: string, c: RequestMailContext, wait: EscalationWait, brokered: boolean) =>
    render(
      to,
      {
        subject:
          wait === "team"
            ? `We are chasing your request to ${c.teamName} (${ref(c)})`
            : `Your request is taking longer than it should (${ref(c)})`,
        greeting: "Hello,",
        paragraphs: [...escalationToSmeText(c, wait, brokered), ...(c.guest ? [] : [escalationSmeOptions(c)])],
        action: c.guest
          ? { label: "Browse the register", url: c.firmUrl }
          : { label: "Follow your request", url: c.url },
      },
      key(c, "escalated", to),
    ),
} satisfies Record<string, (...args: never[]) => OutgoingEmail>;

/**
 * What an escalation says depends on where the request waits: a request still in the broker's
 * queue never reached the team, so nobody is "chasing the team"; the curators chase the broker.
 */
export function escalationToSmeText(c: RequestMailContext, wait: EscalationWait, brokered: boolean): string[] {
  if (wait === "team")
    return [
      brokered
        ? `Your request to ${c.teamName} has not been answered within 10 working days. The broker passed it on to the team, which has not replied yet, so we have asked the broker to chase the team or suggest another.`
        : `Your request to ${c.teamName} has not been answered within 10 working days. It went straight to the team, which has not replied yet, so we have asked an Expertise Atlas curator to chase the team or suggest another.`,
    ];
  if (c.kind === "need")
    return [
      "Nobody has suggested teams for your need within 10 working days, which is longer than we promise. We have asked the Expertise Atlas curators to take it up.",
    ];
  return [
    `Your request to ${c.teamName} has waited 10 working days with the broker who looks at requests first; it has not been passed on to the team yet. We have asked the Expertise Atlas curators to take it up with the broker.`,
  ];
}

function escalationSmeOptions(c: RequestMailContext): string {
  return c.kind === "need"
    ? "You do not need to do anything; you can also withdraw the request."
    : "You do not need to do anything; you can also withdraw the request and try another team.";
}

export function escalationToBrokerText(
  c: RequestMailContext,
  wait: EscalationWait,
  brokerName: string | null,
): string[] {
  if (wait === "team")
    return [
      `The request from ${c.companyName} to ${c.teamName} was passed on to the team but has waited 10 working days without the team's answer.`,
      "Please chase the team, suggest another team, or decline it with a reason so the firm is not left waiting.",
    ];
  const queue = brokerName ? `${brokerName}'s triage queue` : "the triage queue of requests no intermediary covers";
  return [
    c.kind === "need"
      ? `The need from ${c.companyName} (sent without a team) has waited 10 working days in ${queue}: no team has been suggested yet.`
      : `The request from ${c.companyName} to ${c.teamName} has waited 10 working days in ${queue}: it has not been forwarded to the team.`,
    c.kind === "need"
      ? "Please suggest teams, pass it to a better-placed intermediary, or decline it with a reason."
      : "Please forward it, suggest another team, pass it to a better-placed intermediary, or decline it with a reason.",
  ];
}

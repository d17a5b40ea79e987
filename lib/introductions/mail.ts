// The e-mails of the introduction journey. Each carries a link back to the request; replies are
// made in the app. What people typed is quoted as plain text (render() escapes the HTML part).
import type { OutgoingEmail } from "@/lib/dal/outbox";
import { render } from "@/lib/email/templates";

export interface RequestMailContext {
  requestId: number;
  teamName: string;
  companyName: string;
  /** Absolute link to the request in the app. */
  url: string;
}

export type StatusStep = "accepted" | "declined" | "connected" | "closed" | "withdrawn";

const quote = (label: string, text: string | null | undefined) => (text ? [`${label}:\n${text}`] : []);
const key = (c: RequestMailContext, step: string, to: string) => `intro:${c.requestId}:${step}:${to.toLowerCase()}`;
const ref = (c: RequestMailContext) => `#${c.requestId}`;

export const introMail = {
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

  suggested: (to: string, c: RequestMailContext, suggested: string[], note: string | null, seq: number) =>
    render(
      to,
      {
        subject: `Other teams suggested for your request (${ref(c)})`,
        greeting: "Hello,",
        paragraphs: [
          `The broker suggests these teams for your need: ${suggested.join("; ")}.`,
          ...quote("Their note", note),
        ],
        action: { label: "See the suggestions", url: c.url },
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

  escalatedToBroker: (to: string, c: RequestMailContext, waitingOn: string) =>
    render(
      to,
      {
        subject: `Escalated: no answer in 10 working days (${c.companyName} → ${c.teamName}, ${ref(c)})`,
        greeting: "Hello,",
        paragraphs: [
          `The request from ${c.companyName} to ${c.teamName} has waited 10 working days without an answer (waiting on ${waitingOn}).`,
          "Please chase it, suggest another team, or decline it with a reason so the firm is not left waiting.",
        ],
        action: { label: "Open the request", url: c.url },
      },
      key(c, "escalated", to),
    ),

  escalatedToSme: (to: string, c: RequestMailContext) =>
    render(
      to,
      {
        subject: `We are chasing your request to ${c.teamName} (${ref(c)})`,
        greeting: "Hello,",
        paragraphs: [
          `Your request to ${c.teamName} has not been answered within 10 working days. We have escalated it to a broker, who will chase the team or suggest another.`,
          "You do not need to do anything; you can also withdraw the request and try another team.",
        ],
        action: { label: "Follow your request", url: c.url },
      },
      key(c, "escalated", to),
    ),
} satisfies Record<string, (...args: never[]) => OutgoingEmail>;

// E-mails to curators about listings waiting for review: one at once for the first after a quiet
// spell, then a digest of the rest (see lib/dal/curation/review-notices.ts).
import type { OutgoingEmail } from "@/lib/dal/types";
import { render } from "./templates";

export interface WaitingListing {
  teamId: number;
  name: string;
  institution: string;
  url: string;
}

export const reviewMail = {
  submitted: (to: string, l: WaitingListing, submittedAt: Date): OutgoingEmail =>
    render(
      to,
      {
        subject: `A listing is waiting for review: ${l.name}`,
        greeting: "Hello,",
        paragraphs: [
          `${l.name} (${l.institution}) was submitted for review. Please approve it, ask for changes or reject it with a reason.`,
          "If more listings are submitted in the next hour, you will get them together in one e-mail.",
        ],
        action: { label: "Review the listing", url: l.url },
      },
      `review:${l.teamId}:${submittedAt.getTime()}:${to.toLowerCase()}`,
    ),

  digest: (to: string, listings: WaitingListing[], queueUrl: string, at: Date): OutgoingEmail =>
    render(
      to,
      {
        subject: `${listings.length} listing${listings.length === 1 ? " is" : "s are"} waiting for review`,
        greeting: "Hello,",
        paragraphs: [
          `Submitted for review since the last e-mail:`,
          listings.map((l) => `• ${l.name} (${l.institution}): ${l.url}`).join("\n"),
        ],
        action: { label: "Open the review queue", url: queueUrl },
      },
      `review-digest:${at.getTime()}:${listings.map((l) => l.teamId).join(",")}:${to.toLowerCase()}`.slice(0, 500),
    ),
};

// Every e-mail the register sends, as plain text with a simple HTML alternative. Values are
// escaped in the HTML; nothing a user typed can become markup.
import type { OutgoingEmail } from "@/lib/dal/types";

interface Content {
  subject: string;
  greeting: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  footer?: string;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

const SIGNATURE = "— Expertise Atlas";

export function render(to: string, c: Content, dedupeKey?: string): OutgoingEmail {
  const text = [
    c.greeting,
    "",
    ...c.paragraphs.flatMap((p) => [p, ""]),
    ...(c.action ? [`${c.action.label}:`, c.action.url, ""] : []),
    ...(c.footer ? [c.footer, ""] : []),
    SIGNATURE,
  ].join("\n");
  const html = [
    `<p>${escapeHtml(c.greeting)}</p>`,
    ...c.paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`),
    c.action ? `<p><a href="${escapeHtml(c.action.url)}">${escapeHtml(c.action.label)}</a></p>` : "",
    c.footer ? `<p style="color:#555">${escapeHtml(c.footer)}</p>` : "",
    `<p>${escapeHtml(SIGNATURE)}</p>`,
  ].join("\n");
  return { to, subject: c.subject, text, html, dedupeKey };
}

const hello = (name: string | null | undefined) => (name ? `Hello ${name},` : "Hello,");
const IGNORE = "If you did not ask for this, you can ignore this e-mail.";

export const mail = {
  verifyEmail: (to: string, name: string, url: string) =>
    render(to, {
      subject: "Confirm your e-mail address for Expertise Atlas",
      greeting: hello(name),
      paragraphs: [
        "Please confirm this is your e-mail address to finish creating your Expertise Atlas account. The link works for 24 hours.",
      ],
      action: { label: "Confirm my e-mail address", url },
      footer: IGNORE,
    }),

  verifyNewEmail: (to: string, name: string, url: string) =>
    render(to, {
      subject: "Confirm your new e-mail address for Expertise Atlas",
      greeting: hello(name),
      paragraphs: ["You asked to use this address for your Expertise Atlas account. It changes once you confirm it."],
      action: { label: "Confirm my new e-mail address", url },
      footer: IGNORE,
    }),

  emailChangeRequested: (to: string, name: string, newEmail: string) =>
    render(to, {
      subject: "Your Expertise Atlas e-mail address is being changed",
      greeting: hello(name),
      paragraphs: [
        `Someone signed in to your account asked to change its e-mail address to ${newEmail}. Nothing changes until that address is confirmed.`,
        "If this was not you, change your password now: your account may be in someone else's hands.",
      ],
    }),

  resetPassword: (to: string, name: string, url: string) =>
    render(to, {
      subject: "Reset your Expertise Atlas password",
      greeting: hello(name),
      paragraphs: ["Use the link below to choose a new password. It works for one hour and only once."],
      action: { label: "Choose a new password", url },
      footer: IGNORE,
    }),

  existingAccount: (to: string, name: string, signInUrl: string, resetUrl: string) =>
    render(to, {
      subject: "You already have an Expertise Atlas account",
      greeting: hello(name),
      paragraphs: [
        "Someone (probably you) tried to create an Expertise Atlas account with this e-mail address, but you already have one.",
        `Sign in at ${signInUrl}, or if you have forgotten your password, reset it at ${resetUrl}.`,
      ],
      footer: "If this was not you, nothing has changed and you do not need to do anything.",
    }),

  passwordChanged: (to: string, name: string) =>
    render(to, {
      subject: "Your Expertise Atlas password was changed",
      greeting: hello(name),
      paragraphs: [
        "The password for your account was just changed. If that was you, there is nothing more to do.",
        "If it was not, reset your password straight away and tell us.",
      ],
    }),

  twoFactorChanged: (to: string, name: string, on: boolean) =>
    render(to, {
      subject: on
        ? "Two-step sign-in is now on for your Expertise Atlas account"
        : "Two-step sign-in was turned off for your Expertise Atlas account",
      greeting: hello(name),
      paragraphs: [
        on
          ? "Two-step sign-in was just turned on: signing in now also asks for a code from your authenticator app."
          : "Two-step sign-in was just turned off: signing in now needs only your password.",
        "If that was not you, reset your password straight away and tell us.",
      ],
    }),

  membershipApproved: (to: string, name: string, institution: string, dashboardUrl: string) =>
    render(to, {
      subject: `You can now edit ${institution}'s listings`,
      greeting: hello(name),
      paragraphs: [
        `You are now a member of ${institution} on Expertise Atlas and can create and edit its team listings.`,
      ],
      action: { label: "Go to your dashboard", url: dashboardUrl },
    }),

  /** To an address someone offered as proof that they work at an institution. */
  membershipEmailCheck: (to: string, name: string, accountEmail: string, institution: string, url: string) =>
    render(to, {
      subject: `Confirm you work at ${institution}`,
      greeting: "Hello,",
      paragraphs: [
        `${name} (account ${accountEmail}) asked to join ${institution} on Expertise Atlas, giving this address as proof of working there.`,
        "If that was you, open the link while signed in to that account and press Confirm. The link works for 24 hours.",
      ],
      action: { label: "Confirm this address", url },
      footer: "If this was not you, ignore this e-mail: nobody joins with this address unless its owner confirms it.",
    }),

  membershipRejected: (to: string, name: string, institution: string, reason: string) =>
    render(to, {
      subject: `Your request to join ${institution} on Expertise Atlas`,
      greeting: hello(name),
      paragraphs: [
        `A curator could not confirm that you work at ${institution}, so your request was not approved.`,
        `Their reason: ${reason}`,
      ],
      footer:
        "If you think this is a mistake, reply to the curator's note through your institution's knowledge-exchange office.",
    }),

  reviewDecision: (
    to: string,
    name: string,
    team: string,
    decision: "published" | "changes_requested" | "rejected",
    note: string | null,
    url: string,
  ) =>
    render(to, {
      subject:
        decision === "published"
          ? `Your listing "${team}" is now published`
          : decision === "changes_requested"
            ? `Changes requested to your listing "${team}"`
            : `Your listing "${team}" was not accepted`,
      greeting: hello(name),
      paragraphs: [
        decision === "published"
          ? `A curator has published "${team}". SMEs can now find it in search.`
          : decision === "changes_requested"
            ? `A curator has looked at "${team}" and asks for some changes before it can be published.`
            : `A curator has decided that "${team}" cannot be published on the register.`,
        ...(note ? [`The curator's note: ${note}`] : []),
      ],
      action: { label: decision === "changes_requested" ? "Edit the listing" : "See the listing", url },
    }),

  confirmationReminder: (to: string, name: string, team: string, url: string, dedupeKey: string) =>
    render(
      to,
      {
        subject: `Is "${team}" still accurate?`,
        greeting: hello(name),
        paragraphs: [
          `Nobody has confirmed the listing "${team}" for a year. SMEs rely on it being current.`,
          'Please check it and press "Confirm still accurate", or edit what has changed. Listings not confirmed for 15 months are marked "not confirmed recently" in search.',
        ],
        action: { label: "Check the listing", url },
      },
      dedupeKey,
    ),

  listingMerged: (to: string, name: string, duplicate: string, survivor: string, reason: string, url: string) =>
    render(to, {
      subject: `"${duplicate}" was merged into "${survivor}"`,
      greeting: hello(name),
      paragraphs: [
        `A curator found that "${duplicate}" and "${survivor}" describe the same team, and merged them. "${survivor}" is the listing that stays, and the address of "${duplicate}" now leads to it.`,
        "Keywords, sectors, languages, ways of working and case studies of both were combined; shortlists, collections and introduction requests now point to the listing that stays. Please check that it still reads well.",
        `The curator's reason: ${reason}`,
      ],
      action: { label: "Check the merged listing", url },
    }),
};

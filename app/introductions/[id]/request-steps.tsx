// The steps someone may take on an introduction request, as one table: when the panel shows (the
// policy's answer for this viewer, computed by the DAL from lib/policy, in `r.can`), its title,
// what it says, its fields, the action it posts to and its button. The page renders each row the
// same way (request-actions.tsx).
import type { ReactNode } from "react";
import type { FieldSpec, FormAction } from "@/components/forms/simple-form";
import type { IntroductionDetail } from "@/lib/dal/introductions/detail";
import { LIMITS } from "@/lib/introductions/vocabulary";
import { requestStepAction, suspendRequesterAction } from "../actions";

export interface StepPanel {
  /** Unique among the rows (two rows may post the same step). */
  key: string;
  /** Whether this viewer may take the step now. */
  when: (r: IntroductionDetail) => boolean;
  title: string | ((r: IntroductionDetail) => string);
  intro?: (r: IntroductionDetail) => ReactNode;
  action: FormAction;
  /** The `action` field requestStepAction reads; absent for actions of their own. */
  step?: string;
  /** The form's accessible name. */
  label: string;
  submitLabel: string;
  variant?: "primary" | "secondary" | "danger";
  fields: (r: IntroductionDetail) => FieldSpec[];
}

const note = (label: string, hint?: string): FieldSpec => ({
  type: "textarea",
  name: "note",
  label,
  hint,
  optional: true,
  maxLength: LIMITS.noteMax,
  rows: 2,
});
const reason: FieldSpec = {
  type: "textarea",
  name: "reason",
  label: "Reason",
  hint: "Shown to the firm. A sentence or two on why, and what might help instead.",
  maxLength: LIMITS.noteMax,
  rows: 3,
};
const teams = (required: boolean): FieldSpec => ({
  name: "teams",
  label: required ? "Teams to suggest" : "Suggest another team",
  hint: `Paste up to ${LIMITS.suggestMax} team profile links (…/teams/name), separated by spaces or commas.`,
  optional: !required,
  maxLength: 1000,
});
const teamNote = () => [note("Note for the team", "Not shown to the firm.")];
const text = (t: string) => () => <p className="text-sm text-slate-700">{t}</p>;

export const STEP_PANELS: readonly StepPanel[] = [
  {
    key: "pick-up",
    when: (r) => r.can.triage && r.status === "submitted",
    title: "Pick up",
    intro: text("Tell the firm a broker is looking at its request."),
    action: requestStepAction,
    step: "pick-up",
    label: "Pick up the request",
    submitLabel: "Pick up",
    variant: "secondary",
    fields: teamNote,
  },
  {
    key: "forward",
    when: (r) => r.can.forward,
    title: "Forward to the team",
    action: requestStepAction,
    step: "forward",
    label: "Forward to the team",
    submitLabel: "Forward to the team",
    fields: teamNote,
  },
  {
    key: "note",
    when: (r) => r.can.triage,
    title: "Add a note",
    action: requestStepAction,
    step: "note",
    label: "Add a triage note",
    submitLabel: "Add note",
    variant: "secondary",
    fields: () => [
      { ...note("Triage note", "Seen by brokers, curators and the team; never by the firm."), optional: false },
    ],
  },
  {
    key: "suggest",
    when: (r) => r.can.suggest,
    title: (r) => (r.kind === "need" ? "Suggest teams for this need" : "Suggest better-placed teams"),
    action: requestStepAction,
    step: "suggest",
    label: "Suggest teams",
    submitLabel: "Suggest",
    variant: "secondary",
    fields: () => [teams(true), note("Note for the firm")],
  },
  {
    key: "reassign",
    when: (r) => r.can.reassign && r.reassignTargets.length > 0,
    title: "Pass to another intermediary",
    intro: (r) => (
      <p className="text-sm text-slate-700">
        When another intermediary is better placed: the request moves to its queue and its brokers are e-mailed.{" "}
        {r.party === "staff" ? "As a curator you can still open it." : "You will no longer see it."}
      </p>
    ),
    action: requestStepAction,
    step: "reassign",
    label: "Pass to another intermediary",
    submitLabel: "Pass it on",
    variant: "secondary",
    fields: (r) => [
      {
        type: "select",
        name: "intermediaryId",
        label: "Intermediary",
        placeholder: "Choose an intermediary",
        options: r.reassignTargets.map((t) => ({ value: String(t.id), label: t.name })),
      },
      { ...note("Note for the new broker", "Why they are better placed. Not shown to the firm."), optional: false },
    ],
  },
  {
    key: "broker-decline",
    when: (r) => r.can.triage,
    title: "Decline",
    action: requestStepAction,
    step: "decline",
    label: "Decline as broker",
    submitLabel: "Decline the request",
    variant: "danger",
    fields: () => [reason, teams(false)],
  },
  {
    key: "accept",
    when: (r) => r.can.respond,
    title: "Accept",
    intro: text("The firm will see your team's contact address and can write to you directly."),
    action: requestStepAction,
    step: "accept",
    label: "Accept the request",
    submitLabel: "Accept the introduction",
    fields: () => [note("Note for the firm")],
  },
  {
    key: "team-decline",
    when: (r) => r.can.respond,
    title: "Decline",
    action: requestStepAction,
    step: "decline",
    label: "Decline the request",
    submitLabel: "Decline the request",
    variant: "danger",
    fields: () => [reason, teams(false)],
  },
  {
    key: "connect",
    when: (r) => r.can.connect,
    title: "We have been in touch",
    action: requestStepAction,
    step: "connect",
    label: "Mark as connected",
    submitLabel: "Mark as connected",
    fields: () => [note("Note")],
  },
  {
    key: "close",
    when: (r) => r.can.close,
    title: "Close",
    action: requestStepAction,
    step: "close",
    label: "Close the request",
    submitLabel: "Close the request",
    variant: "secondary",
    fields: (r) => [
      r.kind === "need"
        ? note("Outcome", "For example: teams suggested, the firm has asked one of them.")
        : note("Outcome", "What came of it: helps us and the team."),
    ],
  },
  {
    key: "withdraw",
    when: (r) => r.can.withdraw,
    title: "Withdraw",
    action: requestStepAction,
    step: "withdraw",
    label: "Withdraw the request",
    submitLabel: "Withdraw my request",
    variant: "danger",
    fields: () => [note("Reason")],
  },
  {
    key: "suspend-requester",
    when: (r) => r.can.suspendRequester,
    title: "Abuse: suspend the firm's account",
    intro: text("Signs the account out, stops it requesting or replying, and withdraws its open requests."),
    action: suspendRequesterAction,
    label: "Suspend the firm's account",
    submitLabel: "Suspend the account",
    variant: "danger",
    fields: () => [{ ...reason, hint: "Recorded in the audit log; not shown to the firm." }],
  },
];

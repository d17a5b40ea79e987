import { SimpleForm, type FieldSpec } from "@/components/forms/simple-form";
import type { IntroductionDetail } from "@/lib/dal/introductions/detail";
import { LIMITS } from "@/lib/introductions/vocabulary";
import { requestStepAction, suspendRequesterAction } from "../actions";
import { Panel } from "./panel";
import { ReassignPanel } from "./reassign-panel";

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

/** The steps the viewer may take now, each its own small form. */
export function RequestActions({ r }: { r: IntroductionDetail }) {
  const id = String(r.id);
  const step = (action: string) => ({ id, action });
  const { can } = r;
  if (!Object.entries(can).some(([k, v]) => k !== "post" && v)) return null;
  return (
    <section aria-labelledby="actions-heading" className="space-y-4">
      <h2 id="actions-heading" className="text-xl font-semibold">
        What you can do
      </h2>
      {can.triage && r.status === "submitted" && (
        <Panel title="Pick up">
          <p className="text-sm text-slate-700">Tell the firm a broker is looking at its request.</p>
          <SimpleForm
            messageBeside
            action={requestStepAction}
            hidden={step("pick-up")}
            label="Pick up the request"
            submitLabel="Pick up"
            variant="secondary"
            fields={[note("Note for the team", "Not shown to the firm.")]}
          />
        </Panel>
      )}
      {can.forward && (
        <Panel title="Forward to the team">
          <SimpleForm
            messageBeside
            action={requestStepAction}
            hidden={step("forward")}
            label="Forward to the team"
            submitLabel="Forward to the team"
            fields={[note("Note for the team", "Not shown to the firm.")]}
          />
        </Panel>
      )}
      {can.triage && (
        <Panel title="Add a note">
          <SimpleForm
            messageBeside
            action={requestStepAction}
            hidden={step("note")}
            label="Add a triage note"
            submitLabel="Add note"
            variant="secondary"
            fields={[
              { ...note("Triage note", "Seen by brokers, curators and the team; never by the firm."), optional: false },
            ]}
          />
        </Panel>
      )}
      {can.suggest && (
        <Panel title={r.kind === "need" ? "Suggest teams for this need" : "Suggest better-placed teams"}>
          <SimpleForm
            messageBeside
            action={requestStepAction}
            hidden={step("suggest")}
            label="Suggest teams"
            submitLabel="Suggest"
            variant="secondary"
            fields={[teams(true), note("Note for the firm")]}
          />
        </Panel>
      )}
      {can.reassign && r.reassignTargets.length > 0 && <ReassignPanel r={r} />}
      {can.triage && (
        <Panel title="Decline">
          <SimpleForm
            messageBeside
            action={requestStepAction}
            hidden={step("decline")}
            label="Decline as broker"
            submitLabel="Decline the request"
            variant="danger"
            fields={[reason, teams(false)]}
          />
        </Panel>
      )}
      {can.respond && (
        <>
          <Panel title="Accept">
            <p className="text-sm text-slate-700">
              The firm will see your team&apos;s contact address and can write to you directly.
            </p>
            <SimpleForm
              messageBeside
              action={requestStepAction}
              hidden={step("accept")}
              label="Accept the request"
              submitLabel="Accept the introduction"
              fields={[note("Note for the firm")]}
            />
          </Panel>
          <Panel title="Decline">
            <SimpleForm
              messageBeside
              action={requestStepAction}
              hidden={step("decline")}
              label="Decline the request"
              submitLabel="Decline the request"
              variant="danger"
              fields={[reason, teams(false)]}
            />
          </Panel>
        </>
      )}
      {can.connect && (
        <Panel title="We have been in touch">
          <SimpleForm
            messageBeside
            action={requestStepAction}
            hidden={step("connect")}
            label="Mark as connected"
            submitLabel="Mark as connected"
            fields={[note("Note")]}
          />
        </Panel>
      )}
      {can.close && (
        <Panel title="Close">
          <SimpleForm
            messageBeside
            action={requestStepAction}
            hidden={step("close")}
            label="Close the request"
            submitLabel="Close the request"
            variant="secondary"
            fields={[
              r.kind === "need"
                ? note("Outcome", "For example: teams suggested, the firm has asked one of them.")
                : note("Outcome", "What came of it: helps us and the team."),
            ]}
          />
        </Panel>
      )}
      {can.withdraw && (
        <Panel title="Withdraw">
          <SimpleForm
            messageBeside
            action={requestStepAction}
            hidden={step("withdraw")}
            label="Withdraw the request"
            submitLabel="Withdraw my request"
            variant="danger"
            fields={[note("Reason")]}
          />
        </Panel>
      )}
      {can.suspendRequester && (
        <Panel title="Abuse: suspend the firm's account">
          <p className="text-sm text-slate-700">
            Signs the account out, stops it requesting or replying, and withdraws its open requests.
          </p>
          <SimpleForm
            messageBeside
            action={suspendRequesterAction}
            hidden={{ id }}
            label="Suspend the firm's account"
            submitLabel="Suspend the account"
            variant="danger"
            fields={[{ ...reason, hint: "Recorded in the audit log; not shown to the firm." }]}
          />
        </Panel>
      )}
    </section>
  );
}

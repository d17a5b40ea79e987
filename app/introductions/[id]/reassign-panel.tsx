import { SimpleForm } from "@/components/forms/simple-form";
import type { IntroductionDetail } from "@/lib/dal/introductions/detail";
import { LIMITS } from "@/lib/introductions/vocabulary";
import { requestStepAction } from "../actions";
import { Panel } from "./panel";

/** Handing a request in triage to another intermediary: pick one, say why. */
export function ReassignPanel({ r }: { r: IntroductionDetail }) {
  return (
    <Panel title="Pass to another intermediary">
      <p className="text-sm text-slate-700">
        When another intermediary is better placed: the request moves to its queue and its brokers are e-mailed.{" "}
        {r.party === "staff" ? "As a curator you can still open it." : "You will no longer see it."}
      </p>
      <SimpleForm
        messageBeside
        action={requestStepAction}
        hidden={{ id: String(r.id), action: "reassign" }}
        label="Pass to another intermediary"
        submitLabel="Pass it on"
        variant="secondary"
        fields={[
          {
            type: "select",
            name: "intermediaryId",
            label: "Intermediary",
            placeholder: "Choose an intermediary",
            options: r.reassignTargets.map((t) => ({ value: String(t.id), label: t.name })),
          },
          {
            type: "textarea",
            name: "note",
            label: "Note for the new broker",
            hint: "Why they are better placed. Not shown to the firm.",
            maxLength: LIMITS.noteMax,
            rows: 2,
          },
        ]}
      />
    </Panel>
  );
}

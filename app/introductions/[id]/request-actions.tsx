import { SimpleForm } from "@/components/forms/simple-form";
import type { IntroductionDetail } from "@/lib/dal/introductions/detail";
import { Panel } from "./panel";
import { STEP_PANELS, type StepPanel } from "./request-steps";

/** One step as a small titled form. */
function StepForm({ p, r }: { p: StepPanel; r: IntroductionDetail }) {
  const id = String(r.id);
  return (
    <Panel title={typeof p.title === "string" ? p.title : p.title(r)}>
      {p.intro?.(r)}
      <SimpleForm
        messageBeside
        action={p.action}
        hidden={p.step ? { id, action: p.step } : { id }}
        label={p.label}
        submitLabel={p.submitLabel}
        variant={p.variant}
        fields={p.fields(r)}
      />
    </Panel>
  );
}

/** The steps the viewer may take now, each its own small form. */
export function RequestActions({ r }: { r: IntroductionDetail }) {
  const panels = STEP_PANELS.filter((p) => p.when(r));
  if (panels.length === 0) return null;
  return (
    <section aria-labelledby="actions-heading" className="space-y-4">
      <h2 id="actions-heading" className="text-xl font-semibold">
        What you can do
      </h2>
      {panels.map((p) => (
        <StepForm key={p.key} p={p} r={r} />
      ))}
    </section>
  );
}

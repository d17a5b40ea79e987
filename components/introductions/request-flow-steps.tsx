// The request lifecycle in words: the text alternative to the picture in request-flow.tsx,
// with each step's state for one request when given.
import { ESCALATION_TEXT, FLOW_TEXT, STATE_WORDS, type FlowProgress, type FlowStep } from "@/lib/introductions/flow";

const MAIN: FlowStep[] = ["submitted", "triaged", "forwarded", "accepted", "connected", "closed"];

export function StepList({ progress }: { progress?: FlowProgress }) {
  const state = (s: FlowStep) =>
    progress ? (
      <span
        className={`ml-1 text-xs font-semibold ${progress.steps[s] === "current" ? "text-brand-800" : "text-slate-600"}`}
      >
        ({STATE_WORDS[progress.steps[s]]})
      </span>
    ) : null;
  return (
    <div className="space-y-2 text-sm text-slate-800">
      <ol className="list-decimal space-y-1 pl-5">
        {MAIN.map((s) => (
          <li key={s}>
            <strong>{FLOW_TEXT[s].phrase}</strong>
            {state(s)}: {FLOW_TEXT[s].explain}
            {s === "accepted" && (
              <>
                {" "}
                Or <strong>{FLOW_TEXT.declined.phrase.toLowerCase()}</strong>
                {state("declined")}: {FLOW_TEXT.declined.explain}
              </>
            )}
          </li>
        ))}
      </ol>
      <p>
        <strong>{FLOW_TEXT.withdrawn.phrase}</strong>
        {state("withdrawn")}: {FLOW_TEXT.withdrawn.explain}
      </p>
      <p>
        {ESCALATION_TEXT}
        {progress?.escalated && (
          <span className="ml-1 text-xs font-semibold text-amber-900">(this request was escalated)</span>
        )}
      </p>
    </div>
  );
}

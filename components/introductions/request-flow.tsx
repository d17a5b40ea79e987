// How an introduction request flows, as a picture (server-rendered SVG) with its text
// alternative: the diagram is named and described for screen readers, and an ordered list says
// the same in words. Given a request's progress, its current step is highlighted and the steps
// done are ticked — in words as well as colour.
import {
  FLOW_TEXT,
  describeProgress,
  type FlowProgress,
  type FlowState,
  type FlowStep,
} from "@/lib/introductions/flow";
import { StepList } from "./request-flow-steps";

const W = 140;
const H = 70;
/** Where each step's box sits in the 1000 × 330 drawing. */
const BOX: Record<FlowStep, { x: number; y: number; w?: number }> = {
  submitted: { x: 20, y: 90 },
  triaged: { x: 185, y: 90 },
  forwarded: { x: 350, y: 90 },
  accepted: { x: 515, y: 90 },
  connected: { x: 680, y: 90 },
  closed: { x: 845, y: 90 },
  declined: { x: 515, y: 200 },
  withdrawn: { x: 680, y: 200, w: 305 },
};

type Look = FlowState | "plain";
const STYLE: Record<Look, { box: string; text: string; dash?: string }> = {
  plain: { box: "fill-white stroke-brand-600", text: "fill-slate-900" },
  done: { box: "fill-emerald-50 stroke-emerald-700", text: "fill-emerald-950" },
  current: { box: "fill-brand-700 stroke-brand-800", text: "fill-white" },
  skipped: { box: "fill-slate-50 stroke-slate-500", text: "fill-slate-700", dash: "6 4" },
  todo: { box: "fill-white stroke-slate-400", text: "fill-slate-700" },
};
const MARK: Record<FlowState, string> = { done: "✓ done", current: "● now", skipped: "skipped", todo: "" };

function Node({ step, look }: { step: FlowStep; look: Look }) {
  const { x, y, w = W } = BOX[step];
  const s = STYLE[look];
  const cx = x + w / 2;
  return (
    <g>
      <rect
        x={x}
        y={y}
        width={w}
        height={H}
        rx={10}
        className={s.box}
        strokeWidth={look === "current" ? 4 : 2}
        strokeDasharray={s.dash}
      />
      <text x={cx} y={y + 25} textAnchor="middle" className={`${s.text} text-[15px] font-semibold`}>
        {FLOW_TEXT[step].title}
      </text>
      <text x={cx} y={y + 44} textAnchor="middle" className={`${s.text} text-[12px]`}>
        {step === "withdrawn" ? "by the firm, any time before it is connected" : FLOW_TEXT[step].detail}
      </text>
      {look !== "plain" && MARK[look] && (
        <text x={cx} y={y + 61} textAnchor="middle" className={`${s.text} text-[11px] font-bold`}>
          {MARK[look]}
        </text>
      )}
    </g>
  );
}

function Arrow({ d, marker, dashed }: { d: string; marker: string; dashed?: boolean }) {
  return (
    <path
      d={d}
      fill="none"
      className="stroke-slate-500"
      strokeWidth={2}
      strokeDasharray={dashed ? "5 4" : undefined}
      markerEnd={`url(#${marker})`}
    />
  );
}

function Diagram({ id, progress }: { id: string; progress?: FlowProgress }) {
  const look = (s: FlowStep): Look => progress?.steps[s] ?? "plain";
  const marker = `${id}-arrow`;
  const escalated = progress?.escalated ?? false;
  return (
    <svg
      viewBox="0 0 1000 330"
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      className="h-auto w-full"
    >
      <title id={`${id}-title`}>
        {progress ? "Where this request is in the introduction process" : "How an introduction request flows"}
      </title>
      <desc id={`${id}-desc`}>
        {progress
          ? describeProgress(progress)
          : "Sent, then triage by an intermediary (or straight to the team), forwarded to the team, accepted or declined, connected, closed; withdrawn at any time before connection; escalated after 10 working days without an answer. The steps are listed in words below."}
      </desc>
      <defs>
        <marker
          id={marker}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0 0 L10 5 L0 10 z" className="fill-slate-500" />
        </marker>
      </defs>
      {/* Straight to the team when no intermediary covers the request. */}
      <Arrow d="M90 90 C 90 42, 420 42, 420 88" marker={marker} dashed />
      <text x={255} y={36} textAnchor="middle" className="fill-slate-700 text-[12px]">
        no intermediary covers it: straight to the team
      </text>
      <Arrow d="M160 125 H183" marker={marker} />
      <Arrow d="M325 125 H348" marker={marker} />
      <Arrow d="M490 125 H513" marker={marker} />
      <Arrow d="M655 125 H678" marker={marker} />
      <Arrow d="M820 125 H843" marker={marker} />
      {/* Declined: by the team once forwarded, or by the broker during triage. */}
      <Arrow d="M420 160 V222 H513" marker={marker} />
      <Arrow d="M255 160 V250 H513" marker={marker} />
      <text x={428} y={214} className="fill-slate-700 text-[11px]">
        team declines
      </text>
      <text x={263} y={244} className="fill-slate-700 text-[11px]">
        broker declines
      </text>
      {(["submitted", "triaged", "forwarded", "accepted", "connected", "closed", "declined", "withdrawn"] as const).map(
        (s) => (
          <Node key={s} step={s} look={look(s)} />
        ),
      )}
      {/* The escalation clock runs from sending until the team's first answer. */}
      <rect
        x={20}
        y={282}
        width={470}
        height={40}
        rx={8}
        className={escalated ? "fill-amber-100 stroke-amber-700" : "fill-amber-50 stroke-amber-600"}
        strokeWidth={escalated ? 3 : 1.5}
        strokeDasharray="6 4"
      />
      <text x={255} y={307} textAnchor="middle" className="fill-amber-950 text-[12px] font-semibold">
        {escalated
          ? "⚑ Escalated: no answer in 10 working days"
          : "No answer in 10 working days? Escalated to a broker"}
      </text>
    </svg>
  );
}

/**
 * The lifecycle picture. Without `progress`, the general "how it works"; with it, one request's
 * place in it. `stepsOpen`: the list in words shown at once, or behind a disclosure.
 */
export function RequestFlow({
  id = "flow",
  progress,
  stepsOpen = true,
}: {
  id?: string;
  progress?: FlowProgress;
  stepsOpen?: boolean;
}) {
  return (
    <figure className="space-y-3">
      <Diagram id={id} progress={progress} />
      {stepsOpen ? (
        <figcaption>
          <StepList progress={progress} />
        </figcaption>
      ) : (
        <figcaption>
          <details className="text-sm">
            <summary className="cursor-pointer font-medium text-brand-700">The steps in words</summary>
            <div className="mt-2">
              <StepList progress={progress} />
            </div>
          </details>
        </figcaption>
      )}
    </figure>
  );
}

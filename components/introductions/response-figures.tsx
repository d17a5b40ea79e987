import { formatDuration } from "@/lib/introductions/response-stats";
import { LIMITS } from "@/lib/introductions/vocabulary";

export interface Figures {
  received: number;
  answered: number;
  medianFirstResponseMs: number | null;
  acceptanceRate: number | null;
}

/** A team's median time to first response and acceptance rate, or why they are not shown yet. */
export function ResponseFigures({ stats, compact = false }: { stats: Figures | null; compact?: boolean }) {
  if (!stats) {
    return (
      <p className="text-sm text-slate-600">
        Shown once the team has received {LIMITS.statsMinRequests} introduction requests.
      </p>
    );
  }
  const rows: [string, string][] = [
    [
      "Median time to first response",
      stats.medianFirstResponseMs === null ? "No answers yet" : formatDuration(stats.medianFirstResponseMs),
    ],
    [
      "Acceptance rate",
      stats.acceptanceRate === null ? "Too early to say" : `${Math.round(stats.acceptanceRate * 100)}%`,
    ],
    ["Requests answered", `${stats.answered} of ${stats.received}`],
  ];
  return (
    <dl className={compact ? "space-y-1 text-sm" : "space-y-3 text-sm"}>
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt className="font-medium text-slate-600">{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

import { EVENT_LABELS } from "@/lib/introductions/vocabulary";
import { own } from "@/lib/own";

export interface TimelineItem {
  status: string;
  at: Date;
  actor: string | null;
  note: string | null;
  internal: boolean;
}

const when = (d: Date) =>
  d.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";

/** The status timeline of a request, oldest first. Notes are text, never markup. */
export function Timeline({ items }: { items: TimelineItem[] }) {
  return (
    <ol aria-label="Timeline" className="space-y-3 border-l-2 border-slate-200 pl-4">
      {items.map((e, i) => (
        <li key={i} className="relative">
          <span aria-hidden="true" className="absolute top-1.5 -left-[1.4rem] h-2.5 w-2.5 rounded-full bg-brand-600" />
          <p className="text-sm">
            <span className="font-semibold">{own(EVENT_LABELS, e.status) ?? e.status}</span>
            {e.actor && <span className="text-slate-700"> — {e.actor}</span>}
          </p>
          <p className="text-xs text-slate-600">
            <time dateTime={e.at.toISOString()}>{when(e.at)}</time>
          </p>
          {e.note && (
            <p className="mt-1 rounded bg-slate-50 px-2 py-1 text-sm whitespace-pre-line text-slate-800">
              {e.internal && (
                <span className="mr-1 text-xs font-semibold text-slate-600 uppercase">Not shown to the firm:</span>
              )}
              {e.note}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}

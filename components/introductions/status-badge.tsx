import { STATUS_LABELS } from "@/lib/introductions/vocabulary";
import { own } from "@/lib/own";

const STYLE: Record<string, string> = {
  submitted: "bg-sky-100 text-sky-900",
  triaged: "bg-sky-100 text-sky-900",
  forwarded: "bg-indigo-100 text-indigo-900",
  accepted: "bg-emerald-100 text-emerald-900",
  connected: "bg-emerald-100 text-emerald-900",
  declined: "bg-rose-100 text-rose-900",
  closed: "bg-slate-200 text-slate-800",
  withdrawn: "bg-slate-200 text-slate-800",
};

export function StatusBadge({ status }: { status: string }) {
  return (
    <span
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ${own(STYLE, status) ?? STYLE.closed}`}
    >
      {STATUS_LABELS[status as keyof typeof STATUS_LABELS] ?? status}
    </span>
  );
}

import { label } from "./labels";
import { own } from "@/lib/own";

const STYLE: Record<string, string> = {
  now: "bg-emerald-100 text-emerald-900",
  limited: "bg-sky-100 text-sky-900",
  "not-now": "bg-slate-200 text-slate-800",
};

export function AvailabilityBadge({ value }: { value: string }) {
  return (
    <span
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ${own(STYLE, value) ?? STYLE["not-now"]}`}
    >
      {label.availability(value)}
    </span>
  );
}

import { own } from "@/lib/own";

const STATUS: Record<string, { label: string; className: string }> = {
  draft: { label: "Draft", className: "bg-slate-200 text-slate-900" },
  pending: { label: "Waiting for review", className: "bg-sky-100 text-sky-950" },
  published: { label: "Published", className: "bg-emerald-100 text-emerald-950" },
  changes_requested: { label: "Changes requested", className: "bg-amber-100 text-amber-950" },
  rejected: { label: "Not accepted", className: "bg-red-100 text-red-950" },
  archived: { label: "Archived", className: "bg-slate-100 text-slate-800" },
};

export function listingStatusLabel(status: string): string {
  return own(STATUS, status)?.label ?? status;
}

export function ListingStatus({ status }: { status: string }) {
  const s = own(STATUS, status) ?? { label: status, className: "bg-slate-100 text-slate-800" };
  return <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-semibold ${s.className}`}>{s.label}</span>;
}

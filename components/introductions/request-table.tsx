import Link from "next/link";
import { label } from "@/components/labels";
import type { IntroductionListItem } from "@/lib/dal/introductions/types";
import { StatusBadge } from "./status-badge";

const date = (d: Date) =>
  d.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** Requests as a table; which columns depends on who is looking. */
export function RequestTable({
  rows,
  caption,
  show,
}: {
  rows: IntroductionListItem[];
  caption: string;
  show: { firm?: boolean; team?: boolean; broker?: boolean; age?: boolean };
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              Request
            </th>
            {show.team && (
              <th scope="col" className="px-3 py-2 font-medium">
                Team
              </th>
            )}
            {show.firm && (
              <th scope="col" className="px-3 py-2 font-medium">
                Firm
              </th>
            )}
            <th scope="col" className="px-3 py-2 font-medium">
              Status
            </th>
            {show.broker && (
              <th scope="col" className="px-3 py-2 font-medium">
                Broker
              </th>
            )}
            <th scope="col" className="px-3 py-2 font-medium">
              Sent
            </th>
            {show.age && (
              <th scope="col" className="px-3 py-2 font-medium">
                Age (working days)
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-t border-slate-100 align-top">
              <td className="px-3 py-2">
                <Link
                  href={`/introductions/${r.id}`}
                  aria-label={
                    r.team
                      ? `Request #${r.id}: ${r.companyName} to ${r.team.name}`
                      : `Request #${r.id}: ${r.companyName}, a need without a team`
                  }
                >
                  #{r.id}
                </Link>
              </td>
              {show.team && (
                <td className="px-3 py-2">
                  {r.team ? (
                    <>
                      {r.team.name}
                      <span className="block text-xs text-slate-600">
                        {r.team.institutionName}, {label.country(r.team.countryCode)}
                      </span>
                    </>
                  ) : (
                    <>
                      No team yet
                      <span className="block text-xs text-slate-600">A need for a curator to find teams</span>
                    </>
                  )}
                </td>
              )}
              {show.firm && (
                <td className="px-3 py-2">
                  {r.companyName}
                  <span className="block text-xs text-slate-600">{label.country(r.companyCountry)}</span>
                </td>
              )}
              <td className="px-3 py-2">
                <span className="flex flex-wrap gap-1">
                  <StatusBadge status={r.status} />
                  {r.escalated && (
                    <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">
                      Escalated
                    </span>
                  )}
                  {r.overdue && !r.escalated && (
                    <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">
                      Overdue
                    </span>
                  )}
                </span>
              </td>
              {show.broker && <td className="px-3 py-2">{r.broker ?? "—"}</td>}
              <td className="px-3 py-2 whitespace-nowrap">
                <time dateTime={r.submittedAt.toISOString()}>{date(r.submittedAt)}</time>
              </td>
              {show.age && <td className="px-3 py-2">{r.ageWorkingDays}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Links that filter a list by status, with the current one marked. */
export function StatusFilter({
  base,
  current,
  options,
}: {
  base: string;
  current: string;
  options: { value: string; label: string }[];
}) {
  return (
    <nav aria-label="Filter by status">
      <ul className="flex flex-wrap gap-2 text-sm">
        {options.map((o) => (
          <li key={o.value}>
            <Link
              href={`${base}?status=${o.value}`}
              aria-current={current === o.value ? "page" : undefined}
              className={`rounded-full border px-3 py-1 no-underline ${current === o.value ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white text-slate-800"}`}
            >
              {o.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

import Link from "next/link";
import type { ReactNode } from "react";
import type { TeamListItem } from "@/lib/dal/team-dto";
import { AvailabilityBadge } from "./availability-badge";
import { DemoNotice } from "./demo-notice";
import { flagOf, label } from "./labels";

/** `name` and `summary` default to the team's own; search passes highlighted versions and extra lines as children. */
export function TeamCard({
  team,
  name,
  summary,
  children,
}: {
  team: TeamListItem;
  name?: ReactNode;
  summary?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="text-base font-semibold">
          <Link href={`/teams/${team.slug}`}>{name ?? team.name}</Link>
        </h3>
        <div className="flex flex-wrap gap-1">
          <AvailabilityBadge value={team.availability} />
          {team.isDemo && <DemoNotice compact />}
        </div>
      </div>
      <p className="mt-1 text-sm text-slate-600">
        <Link href={`/institutions/${team.institution.slug}`} className="text-slate-700">
          {team.institution.name}
        </Link>
        {" · "}
        <span aria-hidden="true">{flagOf(team.institution.countryCode)} </span>
        {team.institution.city ? `${team.institution.city}, ` : ""}
        {label.country(team.institution.countryCode)}
      </p>
      <p className="mt-2 line-clamp-3 text-sm text-slate-800">{summary ?? team.summary}</p>
      {children}
      {team.notConfirmedRecently && <p className="mt-2 text-xs text-amber-800">Not confirmed recently</p>}
    </article>
  );
}

import Link from "next/link";
import type { ReactNode } from "react";
import type { TeamListItem } from "@/lib/dal/teams/types";
import { formatDuration } from "@/lib/introductions/response-stats";
import { AvailabilityBadge } from "./availability-badge";
import { DemoNotice } from "./demo-notice";
import { label } from "./labels";

/** A tick box that adds the team to a compare form elsewhere on the page (`form` is its id). */
export interface CompareTick {
  form: string;
  checked?: boolean;
}

/** `name` and `summary` default to the team's own; search passes highlighted versions and extra lines as children. */
export function TeamCard({
  team,
  name,
  summary,
  compare,
  children,
}: {
  team: TeamListItem;
  name?: ReactNode;
  summary?: ReactNode;
  compare?: CompareTick;
  children?: ReactNode;
}) {
  const modes = team.card?.engagementModes ?? [];
  const median = team.card?.medianFirstResponseMs ?? null;
  return (
    <article className="min-w-0 rounded-lg border border-slate-200 bg-white p-4 [overflow-wrap:anywhere] shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="min-w-0 text-base font-semibold">
          <Link prefetch={false} href={`/teams/${team.slug}`}>
            {name ?? team.name}
          </Link>
        </h3>
        <div className="flex flex-wrap gap-1">
          <AvailabilityBadge value={team.availability} />
          {team.isDemo && <DemoNotice compact />}
        </div>
      </div>
      <p className="mt-1 text-sm text-slate-600">
        <Link prefetch={false} href={`/institutions/${team.institution.slug}`} className="text-slate-700">
          {team.institution.name}
        </Link>
        {" · "}
        {team.institution.city ? `${team.institution.city}, ` : ""}
        {label.country(team.institution.countryCode)}
      </p>
      <p className="mt-2 line-clamp-3 text-sm text-slate-800">{summary ?? team.summary}</p>
      {team.card && (
        <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="font-medium text-slate-600">Ways of working</dt>
          <dd>
            {modes.length === 0 ? (
              "Not stated"
            ) : (
              <ul className="flex flex-wrap gap-x-3 gap-y-1">
                {modes.map((m) => (
                  <li key={m.mode}>
                    {label.mode(m.mode)}:{" "}
                    <span className="font-medium text-slate-900">{label.costBandIn(m.costBand, team.currency)}</span>
                  </li>
                ))}
              </ul>
            )}
          </dd>
          <dt className="font-medium text-slate-600">Languages</dt>
          <dd>{team.languages.length ? team.languages.map(label.language).join(", ") : "Not stated"}</dd>
          {median !== null && (
            <>
              <dt className="font-medium text-slate-600">Median first response</dt>
              <dd>{formatDuration(median)}</dd>
            </>
          )}
        </dl>
      )}
      {children}
      {team.notConfirmedRecently && <p className="mt-2 text-xs text-amber-800">Not confirmed recently</p>}
      {compare && (
        <p className="mt-3 text-sm">
          <label className="inline-flex cursor-pointer items-center gap-2">
            <input
              type="checkbox"
              form={compare.form}
              name="teams"
              value={team.slug}
              defaultChecked={compare.checked}
              className="h-4 w-4 accent-brand-600"
            />
            Compare<span className="sr-only"> {team.name}</span>
          </label>
        </p>
      )}
    </article>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/forms/action-button";
import { buttonClass, secondaryButtonClass } from "@/components/forms/styles";
import { ListingStatus } from "@/components/listing-status";
import { TeamHistory } from "@/components/team-history";
import { getTeamHistory } from "@/lib/dal/teams/owner-queries";
import { canArchiveTeam, canConfirmTeam, canRestoreTeam, canSubmitTeam } from "@/lib/policy";
import { archiveTeamAction, confirmTeamAction, restoreTeamAction, submitTeamAction } from "../actions";
import { loadOwnedTeam } from "./owned-team";
import { own } from "@/lib/own";

export const metadata: Metadata = { title: "Listing" };

const DONE: Record<string, string> = {
  created: "Draft saved. Submit it for review when it is ready.",
  saved: "Changes saved.",
  unchanged: "Nothing had changed, so nothing was saved.",
  review:
    "Changes saved. Because the name, summary or keywords changed, the listing is back in review and hidden from search until a curator approves it.",
  submitted: "Submitted for review. A curator will look at it and e-mail you.",
  published: "Published: your institution is trusted, so the listing is live now.",
  confirmed: "Thank you: the listing is confirmed as accurate for another year.",
  archived: "The listing is archived and no longer on the register.",
  restored: "The listing is a draft again.",
};

const date = (d: Date | null) =>
  d ? d.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" }) : "never";

export default async function OwnerTeamPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { ctx, team } = await loadOwnedTeam((await params).slug);
  const history = getTeamHistory(ctx, team.slug);
  const done = own(DONE, (await searchParams).done);
  const ref = { slug: team.slug, version: String(team.version) };
  const t = { status: team.status, institutionId: team.institution.id };
  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm text-slate-600">
          <Link href="/dashboard">Your listings</Link> › {team.institution.name}
        </p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight">{team.input.name}</h1>
        <p className="mt-2 flex flex-wrap items-center gap-3 text-sm">
          <ListingStatus status={team.status} />
          <span>Last confirmed: {date(team.confirmedAt)}</span>
          {team.notConfirmedRecently && (
            <span className="text-amber-900">Shown as &ldquo;not confirmed recently&rdquo;</span>
          )}
        </p>
      </header>
      {done && (
        <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm">
          {done}
        </p>
      )}
      {team.reviewNote && (team.status === "changes_requested" || team.status === "rejected") && (
        <section aria-labelledby="note-heading" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3">
          <h2 id="note-heading" className="font-semibold">
            {team.status === "rejected" ? "Why it was not accepted" : "What the curator asks you to change"}
          </h2>
          <p className="mt-1 whitespace-pre-line">{team.reviewNote}</p>
        </section>
      )}
      <div className="flex flex-wrap items-start gap-3">
        {team.canEdit && (
          <Link href={`/dashboard/teams/${team.slug}/edit`} className={`${buttonClass} no-underline`}>
            Edit listing
          </Link>
        )}
        {canSubmitTeam(ctx.viewer, t) && (
          <ActionButton
            action={submitTeamAction}
            hidden={ref}
            label={team.institution.verified && team.institution.trusted ? "Publish" : "Submit for review"}
          />
        )}
        {canConfirmTeam(ctx.viewer, t) && (
          <ActionButton
            action={confirmTeamAction}
            hidden={ref}
            label="Confirm still accurate"
            className={secondaryButtonClass}
          />
        )}
        {team.status === "published" && (
          <Link href={`/teams/${team.slug}`} className={`${secondaryButtonClass} no-underline`}>
            View public page
          </Link>
        )}
        {canArchiveTeam(ctx.viewer, t) && (
          <ActionButton action={archiveTeamAction} hidden={ref} label="Archive" className={secondaryButtonClass} />
        )}
        {canRestoreTeam(ctx.viewer, t) && (
          <ActionButton
            action={restoreTeamAction}
            hidden={ref}
            label="Restore as draft"
            className={secondaryButtonClass}
          />
        )}
      </div>
      <section aria-labelledby="summary-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="summary-heading" className="text-lg font-semibold">
          Summary
        </h2>
        <p className="mt-2">{team.input.summary}</p>
        <p className="mt-2 text-sm text-slate-700">Keywords: {team.input.keywords.join(", ")}</p>
      </section>
      <TeamHistory entries={history} />
    </div>
  );
}

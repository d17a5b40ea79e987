import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SimpleForm } from "@/components/forms/simple-form";
import { ListingStatus } from "@/components/listing-status";
import { TeamHistory } from "@/components/team-history";
import { TeamProfileView } from "@/components/team-profile-view";
import { requestContext } from "@/lib/dal/request-context";
import { listMergeTargets, resolveMergedSlug } from "@/lib/dal/curation/duplicates";
import { getTeamForOwner, getTeamHistory } from "@/lib/dal/teams/owner-queries";
import { getTeam } from "@/lib/dal/teams/public";
import { slugParam } from "@/lib/validation/browse";
import { reviewTeamAction } from "../../actions";
import { MergeInto } from "./merge-into";

export const metadata: Metadata = { title: "Review a listing" };

export default async function ReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const s = slugParam.safeParse((await params).slug);
  const merged = slugParam.safeParse((await searchParams).merged);
  if (!s.success) notFound();
  const ctx = await requestContext();
  const profile = getTeam(ctx, s.data);
  if (!profile) notFound();
  const team = getTeamForOwner(ctx, s.data);
  const history = getTeamHistory(ctx, s.data);
  const mergedInto = resolveMergedSlug(ctx, s.data);
  const targets = team.status === "archived" || mergedInto ? [] : listMergeTargets(ctx, s.data);
  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm text-slate-600">
          <Link href="/curate/listings">Listings to review</Link> › {team.input.name}
        </p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight">Review: {team.input.name}</h1>
        <p className="mt-2 flex flex-wrap items-center gap-3 text-sm">
          <ListingStatus status={team.status} />
          <span>
            {team.institution.name}{" "}
            {team.institution.verified ? "(verified institution)" : "(institution not verified)"}
          </span>
          <span>Contact: {profile.contactEmail}</span>
        </p>
      </header>
      {merged.success && (
        <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm">
          Merged “{merged.data}” into this listing. Both teams&apos; owners have been e-mailed, and the old address now
          leads here.
        </p>
      )}
      {mergedInto && (
        <p className="rounded-md border border-slate-300 bg-slate-50 px-4 py-3 text-sm">
          This listing was merged into <Link href={`/curate/listings/${mergedInto}`}>{mergedInto}</Link>; its address
          leads there.
        </p>
      )}
      {team.status === "pending" ? (
        <section aria-labelledby="decision-heading" className="rounded-lg border border-brand-100 bg-brand-50 p-5">
          <h2 id="decision-heading" className="mb-3 text-lg font-semibold">
            Your decision
          </h2>
          <SimpleForm
            action={reviewTeamAction}
            idPrefix="review"
            submitLabel="Record decision"
            fields={[
              { name: "slug", label: "", type: "hidden", defaultValue: team.slug },
              { name: "version", label: "", type: "hidden", defaultValue: String(team.version) },
              {
                name: "decision",
                label: "Decision",
                type: "select",
                placeholder: "Choose…",
                options: [
                  { value: "publish", label: "Publish" },
                  { value: "request_changes", label: "Request changes" },
                  { value: "reject", label: "Reject" },
                ],
              },
              {
                name: "note",
                label: "Note to the team",
                type: "textarea",
                optional: true,
                maxLength: 2000,
                rows: 4,
                hint: "Required when you request changes or reject: say what to change, or why. It is e-mailed to the owners.",
              },
            ]}
          />
        </section>
      ) : (
        <p className="text-slate-700">This listing is not waiting for review.</p>
      )}
      {!mergedInto && team.status !== "archived" && <MergeInto slug={team.slug} targets={targets} />}
      <div className="rounded-lg border border-slate-200 bg-slate-50 p-4">
        <TeamProfileView team={profile} />
      </div>
      <TeamHistory entries={history} />
    </div>
  );
}

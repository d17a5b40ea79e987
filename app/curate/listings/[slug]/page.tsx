import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SimpleForm } from "@/components/forms/simple-form";
import { ListingStatus } from "@/components/listing-status";
import { TeamHistory } from "@/components/team-history";
import { TeamProfileView } from "@/components/team-profile-view";
import { requestContext } from "@/lib/dal/context";
import { getTeamForOwner, getTeamHistory } from "@/lib/dal/listing-queries";
import { getTeam } from "@/lib/dal/teams";
import { slugParam } from "@/lib/validation/browse";
import { reviewTeamAction } from "../../actions";

export const metadata: Metadata = { title: "Review a listing" };

export default async function ReviewPage({ params }: { params: Promise<{ slug: string }> }) {
  const s = slugParam.safeParse((await params).slug);
  if (!s.success) notFound();
  const ctx = await requestContext();
  const profile = getTeam(ctx, s.data);
  if (!profile) notFound();
  const team = getTeamForOwner(ctx, s.data);
  const history = getTeamHistory(ctx, s.data);
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
            {team.institution.name} {team.institution.verified ? "(verified institution)" : "(institution not verified)"}
          </span>
          <span>Contact: {profile.contactEmail}</span>
        </p>
      </header>
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
              { name: "note", label: "Note to the team", type: "textarea", optional: true, maxLength: 2000, rows: 4, hint: "Required when you request changes or reject: say what to change, or why. It is e-mailed to the owners." },
            ]}
          />
        </section>
      ) : (
        <p className="text-slate-700">This listing is not waiting for review.</p>
      )}
      <div className="rounded-lg border border-slate-200 bg-slate-50 p-4">
        <TeamProfileView team={profile} />
      </div>
      <TeamHistory entries={history} />
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { draftFromInput } from "@/components/forms/team-draft";
import { TeamEditor } from "@/components/forms/team-editor";
import { requestContext } from "@/lib/dal/context";
import { getTeamForOwner, keywordSuggestions } from "@/lib/dal/listing-queries";
import { AppError } from "@/lib/errors";
import { canPublishWithoutReview } from "@/lib/policy";
import { slugParam } from "@/lib/validation/browse";
import { updateTeamAction } from "../../actions";

export const metadata: Metadata = { title: "Edit listing" };

export default async function EditTeamPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await requestContext();
  if (ctx.viewer.kind !== "user") redirect(`/sign-in?next=/dashboard`);
  const s = slugParam.safeParse(slug);
  if (!s.success) notFound();
  let team;
  try {
    team = getTeamForOwner(ctx, s.data);
  } catch (err) {
    if (err instanceof AppError) notFound();
    throw err;
  }
  if (!team.canEdit) notFound();
  const direct = canPublishWithoutReview(ctx.viewer, { status: team.status, institutionId: team.institution.id }, team.institution);
  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm text-slate-600">
          <Link href="/dashboard">Your listings</Link> › <Link href={`/dashboard/teams/${team.slug}`}>{team.input.name}</Link> › Edit
        </p>
        <h1 className="text-3xl font-bold tracking-tight">Edit listing</h1>
      </header>
      <TeamEditor
        action={updateTeamAction}
        initial={draftFromInput(team.input)}
        institution={team.institution}
        hidden={{ slug: team.slug, version: String(team.version) }}
        keywordSuggestions={keywordSuggestions(ctx)}
        submitLabel="Save changes"
        notice={
          team.status === "published" && !direct
            ? "This listing is published. Changing its name, summary or keywords sends it back to review (it leaves search until a curator approves it); other changes go live at once."
            : undefined
        }
      />
    </div>
  );
}

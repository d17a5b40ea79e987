import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { draftFromInput } from "@/lib/validation/listing-draft";
import { TeamEditor } from "@/components/forms/team-editor";
import { keywordSuggestions } from "@/lib/dal/teams/owner-queries";
import { canPublishWithoutReview } from "@/lib/policy";
import { updateTeamAction } from "../../actions";
import { loadOwnedTeam } from "../owned-team";

export const metadata: Metadata = { title: "Edit listing" };

export default async function EditTeamPage({ params }: { params: Promise<{ slug: string }> }) {
  const { ctx, team } = await loadOwnedTeam((await params).slug);
  if (!team.canEdit) notFound();
  const direct = canPublishWithoutReview(
    ctx.viewer,
    { status: team.status, institutionId: team.institution.id },
    team.institution,
  );
  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm text-slate-600">
          <Link href="/dashboard">Your listings</Link> ›{" "}
          <Link href={`/dashboard/teams/${team.slug}`}>{team.input.name}</Link> › Edit
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
            : team.status === "pending"
              ? undefined
              : "A draft needs only a name. Submitting it for review needs the rest (summary, keywords, fields of science, kinds of knowledge, languages and a contact e-mail)."
        }
      />
    </div>
  );
}

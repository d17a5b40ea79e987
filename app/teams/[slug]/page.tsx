import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { AvailabilityBadge } from "@/components/availability-badge";
import { DemoNotice } from "@/components/demo-notice";
import { JsonLd } from "@/components/json-ld";
import { label } from "@/components/labels";
import { SimilarTeamsSection } from "@/components/search/similar-teams";
import { TeamAtAGlance } from "@/components/team-at-a-glance";
import { TeamProfileMain } from "@/components/team-profile-sections";
import { publicContext } from "@/lib/dal/context";
import { resolveMergedSlug } from "@/lib/dal/curation/duplicates";
import { getTeam } from "@/lib/dal/teams/public";
import { appUrl } from "@/lib/env";
import { teamJsonLd } from "@/lib/json-ld";
import { findSimilarTeams, type SimilarTeams } from "@/lib/search/similar-teams";
import { slugParam } from "@/lib/validation/browse";
import { IntroductionPanel } from "./introduction-panel";

export const dynamic = "force-dynamic";

/** Similar teams are extra: if the index cannot answer, the profile still shows, without them. */
async function similarTo(slug: string): Promise<SimilarTeams | null> {
  try {
    return await findSimilarTeams(publicContext(), slug);
  } catch (err) {
    console.error("Similar teams not computed:", err);
    return null;
  }
}

interface Props {
  params: Promise<{ slug: string }>;
}

function load(slug: string) {
  const parsed = slugParam.safeParse(slug);
  return parsed.success ? getTeam(publicContext(), parsed.data) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const team = load((await params).slug);
  if (!team) return { title: "Team not found" };
  return {
    title: `${team.name} — ${team.institution.name}`,
    description: team.summary.slice(0, 300),
  };
}

export default async function TeamPage({ params }: Props) {
  const slug = (await params).slug;
  const team = load(slug);
  if (!team) {
    // A listing merged into another keeps its address: bookmarks and links lead to the survivor.
    const survivor = slugParam.safeParse(slug).success ? resolveMergedSlug(publicContext(), slug) : null;
    if (survivor) permanentRedirect(`/teams/${survivor}`);
    notFound();
  }
  const country = label.country(team.institution.countryCode);
  const similar = await similarTo(team.slug);
  return (
    <article className="space-y-6">
      <JsonLd data={teamJsonLd(appUrl(), team)} />
      {team.isDemo && <DemoNotice />}
      <header>
        <p className="text-sm text-slate-600">
          <Link href={`/institutions/${team.institution.slug}`}>{team.institution.name}</Link>
          {" · "}
          {team.institution.city ? `${team.institution.city}, ` : ""}
          <Link href={`/countries/${team.institution.countryCode.toLowerCase()}`}>{country}</Link>
          {team.institution.verified && <span className="ml-2 text-emerald-800">Verified institution</span>}
        </p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight [overflow-wrap:anywhere]">{team.name}</h1>
        <div className="mt-2 flex flex-wrap gap-2">
          <AvailabilityBadge value={team.availability} />
          {team.notConfirmedRecently && (
            <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">
              Not confirmed recently
            </span>
          )}
        </div>
        <p className="mt-4 max-w-3xl text-lg text-slate-800">{team.summary}</p>
      </header>
      {team.status === "published" && (
        // Phones: the request stays in reach while the profile scrolls; wider screens have the side panel.
        <div className="sticky top-0 z-20 -mx-4 border-y border-brand-100 bg-brand-50/95 px-4 py-2 lg:hidden">
          <Link
            href={`/introductions/new?team=${team.slug}`}
            className="block rounded-md bg-brand-600 px-4 py-2 text-center font-semibold text-white no-underline hover:bg-brand-700"
          >
            Request an introduction
          </Link>
        </div>
      )}

      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <TeamProfileMain team={team} level={2} />

        <aside className="space-y-6">
          <IntroductionPanel team={team} />
          <TeamAtAGlance team={team} level={2} links />
          <p className="text-sm text-slate-600">
            Contact details are shared once the team accepts an introduction, so teams hear from firms that have
            described a real need.
          </p>
        </aside>
      </div>
      {similar && <SimilarTeamsSection similar={similar} />}
    </article>
  );
}

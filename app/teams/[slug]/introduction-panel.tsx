import { isSignedIn } from "@/lib/policy/viewer-kinds";
import { randomUUID } from "node:crypto";
// The introductions side of a team profile: ask for an introduction, keep the team on a
// shortlist, and the team's response figures. Added to the profile page as one element.
import Link from "next/link";
import { ResponseFigures } from "@/components/introductions/response-figures";
import { requestContext } from "@/lib/dal/request-context";
import { getTeamResponseStats } from "@/lib/dal/introductions/dashboards";
import { isShortlisted } from "@/lib/dal/teams/shortlists";
import { canKeepShortlist } from "@/lib/policy";
import { ShortlistControl } from "./shortlist-control";

export async function IntroductionPanel({
  team,
}: {
  team: { id: number; slug: string; name: string; status: string };
}) {
  if (team.status !== "published") return null;
  const ctx = await requestContext();
  const stats = getTeamResponseStats(ctx, team.id);
  const signedIn = isSignedIn(ctx.viewer);
  return (
    <>
      <section aria-labelledby="intro-heading" className="space-y-3 rounded-lg border border-brand-100 bg-brand-50 p-5">
        <h2 id="intro-heading" className="text-lg font-semibold">
          Work with this team
        </h2>
        <p className="text-sm text-slate-700">
          Describe your need; we pass it to the team (through a local broker where there is one).{" "}
          <Link href="/about#how-introductions-work">How introductions work</Link>
        </p>
        <Link
          href={`/introductions/new?team=${team.slug}`}
          className="inline-block rounded-md bg-brand-600 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-700"
        >
          Request an introduction
        </Link>
        {signedIn && canKeepShortlist(ctx.viewer) ? (
          <ShortlistControl
            teamSlug={team.slug}
            initial={{ status: "idle", listed: isShortlisted(ctx, team.id), key: randomUUID() }}
          />
        ) : (
          !signedIn && (
            <p className="text-sm">
              <Link href={`/sign-in?next=${encodeURIComponent(`/shortlist?add=${team.slug}`)}`}>
                Add to shortlist<span className="sr-only"> (sign in first)</span>
              </Link>{" "}
              <span className="text-slate-600">— you will be asked to sign in, then it is kept for you.</span>
            </p>
          )
        )}
      </section>
      <section aria-labelledby="responsiveness-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="responsiveness-heading" className="mb-3 text-lg font-semibold">
          Responsiveness
        </h2>
        <ResponseFigures stats={stats} />
      </section>
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { CollectionCard } from "@/components/collections/collection-card";
import { ChallengeForm } from "@/components/search/challenge-form";
import { TeamCard } from "@/components/team-card";
import { WorldMap } from "@/components/world-map";
import { listPublishedCollections } from "@/lib/dal/curation/collections";
import { publicContext } from "@/lib/dal/context";
import { getRegisterResponseSummary } from "@/lib/dal/introductions/response-summary";
import { getRegisterStats, listMapPoints } from "@/lib/dal/register/stats";
import { formatDuration } from "@/lib/introductions/response-stats";
import { listRecentTeams } from "@/lib/dal/teams/public";
import { continentName } from "@/lib/reference/countries";
import { describeChallengeAction } from "./challenge-action";
import { areaParam } from "@/lib/validation/browse";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { absolute: "Expertise Atlas — find university expertise worldwide" },
  description:
    "Small and medium-sized firms: search university research teams in the UK and abroad by what they know, compare them, and ask to be introduced.",
};

export default async function HomePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // `?area=`: the map zoomed into a cluster of neighbouring countries.
  const area = areaParam.safeParse((await searchParams).area).data ?? null;
  const ctx = publicContext();
  const stats = getRegisterStats(ctx);
  const points = listMapPoints(ctx);
  const recent = listRecentTeams(ctx, 4);
  const collections = listPublishedCollections(ctx, 3);
  const answers = getRegisterResponseSummary(ctx);
  const maxRegion = Math.max(1, ...stats.byContinent.map((r) => r.teams));
  return (
    <div className="space-y-12">
      <section className="grid gap-8 lg:grid-cols-[3fr_2fr] lg:items-center">
        <div>
          <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">
            Find the university know-how your business needs — wherever it is
          </h1>
          <p className="mt-4 text-lg text-slate-700">
            Expertise Atlas is a register of university research teams in the UK and around the world, written for small
            and medium-sized firms. Describe your problem in your own words, see who can help, what it typically costs
            and which languages they work in, and ask to be introduced.
          </p>
          <form action="/search" method="get" role="search" className="mt-6 flex flex-col gap-2 sm:flex-row">
            <label htmlFor="home-q" className="sr-only">
              What do you need help with?
            </label>
            <input
              id="home-q"
              name="q"
              type="search"
              placeholder="e.g. make recycled plastic parts stronger"
              className="w-full flex-1 rounded-md border border-slate-300 bg-white px-4 py-3 text-base shadow-sm"
            />
            <button
              type="submit"
              className="rounded-md bg-brand-600 px-5 py-3 font-semibold text-white hover:bg-brand-700"
            >
              Search teams
            </button>
          </form>
          <p className="mt-2 text-sm text-slate-600">
            Or <Link href="/teams">browse all teams</Link> by country and field.
          </p>
        </div>
        <div>
          <dl className="grid grid-cols-3 gap-3 text-center">
            {[
              ["Teams", stats.teams],
              ["Institutions", stats.institutions],
              ["Countries", stats.countries],
            ].map(([k, v]) => (
              <div key={k} className="rounded-lg border border-slate-200 bg-white p-4">
                <dt className="text-sm text-slate-600">{k}</dt>
                <dd className="text-3xl font-bold text-brand-700">{v}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-3 rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-700">
            <span className="font-semibold text-slate-900">How fast teams answer: </span>
            {answers ? (
              <>
                half of the {answers.answered} introduction requests answered so far had a first answer within{" "}
                <strong>{formatDuration(answers.medianFirstResponseMs)}</strong>
                {answers.demo > 0 &&
                  (answers.demo === answers.answered
                    ? " (demonstration data)"
                    : ` (${answers.demo} of them demonstration data)`)}
                . Each team&apos;s own figure is on its page.
              </>
            ) : (
              "each team's median time to answer is on its page once it has received a few requests."
            )}
          </p>
        </div>
      </section>

      <section
        aria-labelledby="challenge-heading"
        className="max-w-3xl rounded-lg border border-slate-200 bg-white p-5"
      >
        <h2 id="challenge-heading" className="text-xl font-semibold">
          Describe your challenge
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          Paste what you already have written — the problem you face, a project abstract or the text of a funding call —
          and see which teams work on it.
        </p>
        <div className="mt-4">
          <ChallengeForm action={describeChallengeAction} />
        </div>
      </section>

      <section aria-labelledby="where" className="grid gap-6 lg:grid-cols-[3fr_1fr]">
        <div>
          <h2 id="where" className="mb-3 text-xl font-semibold">
            Where the expertise is
          </h2>
          <WorldMap title="Map of institutions with published teams" places={points} area={area} basePath="/" />
        </div>
        <div>
          <h2 className="mb-3 text-xl font-semibold">Teams by world region</h2>
          <ul className="space-y-2">
            {stats.byContinent.map((r) => (
              <li key={r.continent}>
                <div className="flex justify-between text-sm">
                  <span>{continentName(r.continent)}</span>
                  <span className="font-medium">{r.teams}</span>
                </div>
                <div className="mt-1 h-2 rounded bg-slate-200" aria-hidden="true">
                  <div className="h-2 rounded bg-brand-600" style={{ width: `${(100 * r.teams) / maxRegion}%` }} />
                </div>
              </li>
            ))}
          </ul>
          <p className="mt-4 text-sm">
            <Link href="/countries">All countries</Link>
          </p>
        </div>
      </section>

      <section aria-labelledby="how" className="grid gap-4 md:grid-cols-3">
        <h2 id="how" className="sr-only">
          Who it is for
        </h2>
        {[
          [
            "For firms",
            "Search in plain words, compare teams side by side, and ask for an introduction. Costs are shown up front, and teams say which languages they work in.",
          ],
          [
            "For universities",
            "List your teams once, in the words firms use, and answer introduction requests from firms at home and abroad.",
          ],
          [
            "For intermediaries",
            "Innovation agencies and knowledge brokers curate listings, verify institutions and broker introductions for the firms they serve.",
          ],
        ].map(([h, p]) => (
          <div key={h} className="rounded-lg border border-slate-200 bg-white p-5">
            <h3 className="font-semibold">{h}</h3>
            <p className="mt-2 text-sm text-slate-700">{p}</p>
          </div>
        ))}
      </section>

      {collections.length > 0 && (
        <section aria-labelledby="collections">
          <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="collections" className="text-xl font-semibold">
              Collections
            </h2>
            <Link href="/collections" className="text-sm">
              All collections
            </Link>
          </div>
          <ul className="grid gap-4 md:grid-cols-3" aria-label="Featured collections">
            {collections.map((c) => (
              <li key={c.slug}>
                <CollectionCard collection={c} headingLevel={3} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {recent.length > 0 && (
        <section aria-labelledby="recent">
          <h2 id="recent" className="mb-3 text-xl font-semibold">
            Recently updated teams
          </h2>
          <div className="grid gap-4 md:grid-cols-2">
            {recent.map((t) => (
              <TeamCard key={t.slug} team={t} />
            ))}
          </div>
        </section>
      )}
    </div>
  );
}

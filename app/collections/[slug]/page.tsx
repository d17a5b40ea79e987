import type { Metadata } from "next";
import { areaParam } from "@/lib/validation/browse";
import Link from "next/link";
import { notFound } from "next/navigation";
import { label } from "@/components/labels";
import { TeamCard } from "@/components/team-card";
import { WorldMap } from "@/components/world-map";
import { requestContext } from "@/lib/dal/request-context";
import { getCollection } from "@/lib/dal/curation/collections";
import { canCurateCollections } from "@/lib/policy";
import { collectionSlugParam } from "@/lib/validation/collection";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

// The signed-in viewer matters only to curators, who may preview a collection before it is published.
async function load(slug: string) {
  const parsed = collectionSlugParam.safeParse(slug);
  if (!parsed.success) return null;
  const ctx = await requestContext();
  const collection = getCollection(ctx, parsed.data);
  return collection ? { collection, curator: canCurateCollections(ctx.viewer) } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load((await params).slug);
  if (!found) return { title: "Collection not found" };
  return {
    title: `${found.collection.title} — collection`,
    description: found.collection.editorialNote.slice(0, 300) || undefined,
  };
}

export default async function CollectionPage({ params, searchParams }: Props) {
  const found = await load((await params).slug);
  if (!found) notFound();
  const { collection: c, curator } = found;
  const n = c.entries.length;
  return (
    <article className="space-y-8">
      {!c.published && (
        <p role="note" className="rounded-md border border-sky-300 bg-sky-50 px-4 py-3 text-sm text-sky-950">
          <strong>Preview.</strong> This collection is not published: only curators can see it.{" "}
          <Link href={`/curate/collections/${c.slug}`}>Edit it</Link>.
        </p>
      )}
      {c.isDemo && (
        <p role="note" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
          <strong>Demonstration data.</strong> This collection and its teams are invented to show how the register
          works. The institutions are real; they have not endorsed these listings.
        </p>
      )}
      <header className="space-y-3">
        <p className="text-sm">
          <Link href="/collections">Collections</Link>
        </p>
        <h1 className="text-3xl font-bold tracking-tight">{c.title}</h1>
        {c.editorialNote
          .split(/\n\s*\n/)
          .filter((p) => p.trim())
          .map((p, i) => (
            <p key={i} className="max-w-3xl text-lg whitespace-pre-line text-slate-800">
              {p}
            </p>
          ))}
        <p className="text-sm text-slate-600">
          Curated by Expertise Atlas · updated{" "}
          {c.updatedAt.toLocaleDateString("en-GB", { dateStyle: "long", timeZone: "UTC" })}
          {curator && c.published && (
            <>
              {" · "}
              <Link href={`/curate/collections/${c.slug}`}>Edit this collection</Link>
            </>
          )}
        </p>
      </header>

      {n === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-5 text-slate-700">
          No teams in this collection are listed right now. <Link href="/search">Search the register</Link>.
        </p>
      ) : (
        <>
          <section aria-labelledby="where" className="grid gap-6 lg:grid-cols-[1fr_2fr]">
            <div>
              <h2 id="where" className="text-xl font-semibold">
                {n} team{n === 1 ? "" : "s"} in {c.countries.length} countr{c.countries.length === 1 ? "y" : "ies"}
              </h2>
              <ul className="mt-3 space-y-1 text-sm" aria-label="Teams by country">
                {c.countries.map((x) => (
                  <li key={x.countryCode}>
                    <Link href={`/countries/${x.countryCode.toLowerCase()}`}>{label.country(x.countryCode)}</Link>:{" "}
                    {x.teams}
                  </li>
                ))}
              </ul>
            </div>
            {c.places.length > 0 && (
              <WorldMap
                title={`Map of the institutions in “${c.title}”`}
                places={c.places}
                area={areaParam.safeParse((await searchParams).area).data ?? null}
                basePath={`/collections/${c.slug}`}
              />
            )}
          </section>
          <section aria-labelledby="teams-heading">
            <h2 id="teams-heading" className="mb-3 text-xl font-semibold">
              The teams
            </h2>
            <ol className="grid gap-4 md:grid-cols-2" aria-label="Teams in this collection">
              {c.entries.map(({ team, note }) => (
                <li key={team.slug}>
                  <TeamCard team={team}>
                    {note && (
                      <p className="mt-2 border-l-4 border-brand-600 pl-3 text-sm text-slate-800">
                        <span className="font-medium">Why it is here: </span>
                        {note}
                      </p>
                    )}
                  </TeamCard>
                </li>
              ))}
            </ol>
          </section>
        </>
      )}
    </article>
  );
}

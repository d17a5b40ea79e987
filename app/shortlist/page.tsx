import type { Metadata } from "next";
import Link from "next/link";
import { AvailabilityBadge } from "@/components/availability-badge";
import { SimpleForm } from "@/components/forms/simple-form";
import { SignInPrompt } from "@/components/introductions/sign-in-prompt";
import { flagOf, label } from "@/components/labels";
import { requestContext } from "@/lib/dal/context";
import { listShortlist } from "@/lib/dal/shortlists";
import { LIMITS } from "@/lib/introductions/vocabulary";
import { removeFromShortlistAction, saveShortlistNoteAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "My shortlist" };

export default async function ShortlistPage() {
  const ctx = await requestContext();
  if (ctx.viewer.kind !== "user")
    return (
      <SignInPrompt
        next="/shortlist"
        title="My shortlist"
        why="Sign in to keep teams you are considering, with private notes."
      />
    );
  const entries = listShortlist(ctx);
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">My shortlist</h1>
        <p className="mt-2 text-slate-700">
          Teams you are weighing up, with notes only you can see. Tick up to {LIMITS.compareMax} to compare them side by
          side.
        </p>
      </header>
      {entries.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-5 text-slate-700">
          Nothing here yet. On any team&apos;s page, press “Add to shortlist”.{" "}
          <Link href="/search">Search for teams</Link>.
        </p>
      ) : (
        <>
          <form
            id="compare-form"
            method="get"
            action="/compare"
            aria-label="Compare teams"
            className="flex flex-wrap items-center gap-3"
          >
            <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white">
              Compare the ticked teams
            </button>
            <span className="text-sm text-slate-600">Up to {LIMITS.compareMax} at a time.</span>
          </form>
          <ul className="space-y-4">
            {entries.map(({ team, note, addedAt }) => (
              <li key={team.slug} className="rounded-lg border border-slate-200 bg-white p-4">
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div className="flex items-start gap-3">
                    <input
                      form="compare-form"
                      type="checkbox"
                      name="teams"
                      value={team.slug}
                      id={`cmp-${team.slug}`}
                      className="mt-1.5"
                    />
                    <div>
                      <h2 className="text-lg font-semibold">
                        <Link href={`/teams/${team.slug}`}>{team.name}</Link>
                      </h2>
                      <p className="text-sm text-slate-600">
                        {team.institution.name} ·{" "}
                        <span aria-hidden="true">{flagOf(team.institution.countryCode)} </span>
                        {label.country(team.institution.countryCode)} · added{" "}
                        {addedAt.toLocaleDateString("en-GB", { dateStyle: "medium", timeZone: "UTC" })}
                      </p>
                      <label htmlFor={`cmp-${team.slug}`} className="text-sm">
                        Compare {team.name}
                      </label>
                    </div>
                  </div>
                  <AvailabilityBadge value={team.availability} />
                </div>
                <p className="mt-2 text-sm text-slate-800">{team.summary}</p>
                <div className="mt-3 grid gap-4 md:grid-cols-[2fr_1fr]">
                  <SimpleForm
                    messageBeside
                    action={saveShortlistNoteAction}
                    hidden={{ teamSlug: team.slug }}
                    label={`Private note on ${team.name}`}
                    submitLabel="Save note"
                    variant="secondary"
                    fields={[
                      {
                        type: "textarea",
                        name: "note",
                        label: `Private note on ${team.name}`,
                        optional: true,
                        maxLength: LIMITS.shortlistNoteMax,
                        rows: 2,
                        defaultValue: note,
                      },
                    ]}
                  />
                  <div className="space-y-2 text-sm">
                    <Link
                      href={`/introductions/new?team=${team.slug}`}
                      className="inline-block rounded-md bg-brand-600 px-3 py-2 font-semibold text-white no-underline hover:bg-brand-700"
                    >
                      Request an introduction
                    </Link>
                    <SimpleForm
                      messageBeside
                      action={removeFromShortlistAction}
                      hidden={{ teamSlug: team.slug, note: "" }}
                      label={`Remove ${team.name}`}
                      submitLabel="Remove from shortlist"
                      variant="secondary"
                    />
                  </div>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

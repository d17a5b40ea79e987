import { isSignedIn } from "@/lib/policy/viewer-kinds";
import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { AvailabilityBadge } from "@/components/availability-badge";
import { SimpleForm } from "@/components/forms/simple-form";
import { SignInPrompt } from "@/components/introductions/sign-in-prompt";
import { label } from "@/components/labels";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requestContext } from "@/lib/dal/request-context";
import { addToShortlist, listShortlist } from "@/lib/dal/teams/shortlists";
import { AppError } from "@/lib/errors";
import { LIMITS } from "@/lib/introductions/vocabulary";
import { teamSlugField } from "@/lib/validation/introduction";
import { addToShortlistAction, removeFromShortlistAction, saveShortlistNoteAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "My shortlist" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function ShortlistPage({ searchParams }: Props) {
  // `?add=<slug>`: a visitor chose "Add to shortlist" and signed in on the way here.
  const sp = await searchParams;
  const slugOf = (v: unknown) => (typeof v === "string" && teamSlugField.safeParse(v).success ? v : null);
  const add = slugOf(sp.add);
  const ctx = await requestContext();
  if (!isSignedIn(ctx.viewer))
    return (
      <SignInPrompt
        next={add ? `/shortlist?add=${encodeURIComponent(add)}` : "/shortlist"}
        title="My shortlist"
        why="Sign in to keep teams you are considering, with private notes."
      />
    );
  const entries = listShortlist(ctx);
  const justAdded = entries.find((e) => e.team.slug === slugOf(sp.added));
  const added: Added | null = add
    ? await addFromLink(ctx, add)
    : justAdded
      ? { kind: "added", name: justAdded.team.name }
      : null;
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">My shortlist</h1>
        <p className="mt-2 text-slate-700">
          Teams you are weighing up, with notes only you can see. Tick up to {LIMITS.compareMax} to compare them side by
          side.
        </p>
      </header>
      {added?.kind === "added" && (
        <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-emerald-950">
          Added {added.name} to your shortlist.
        </p>
      )}
      {added?.kind === "error" && (
        <p role="alert" className="rounded-md border border-rose-300 bg-rose-50 px-4 py-3 text-rose-900">
          {added.message}
        </p>
      )}
      {added?.kind === "confirm" && (
        <div className="rounded-md border border-brand-100 bg-brand-50 p-4">
          <SimpleForm
            messageBeside
            action={addToShortlistAction}
            hidden={{ teamSlug: added.slug, idempotencyKey: randomUUID() }}
            label="Add to shortlist"
            submitLabel={`Add ${added.slug} to my shortlist`}
            variant="secondary"
          />
        </div>
      )}
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
                        {team.institution.name} · {label.country(team.institution.countryCode)} · added{" "}
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

type Added = { kind: "added"; name: string } | { kind: "error"; message: string } | { kind: "confirm"; slug: string };

/**
 * Adds the team named by `?add=` when the navigation came from this site (the sign-in form's
 * redirect, a link here): browsers say so in Sec-Fetch-Site. A link from another site, or a
 * browser that does not say, gets a button to confirm instead, so no other site can change a
 * shortlist. Once added, the address becomes `?added=`, so reloading or any later form on the
 * page does not add it again.
 */
async function addFromLink(ctx: Awaited<ReturnType<typeof requestContext>>, slug: string): Promise<Added> {
  if ((await headers()).get("sec-fetch-site") !== "same-origin") return { kind: "confirm", slug };
  try {
    addToShortlist(ctx, slug);
  } catch (err) {
    if (err instanceof AppError) return { kind: "error", message: err.message };
    throw err;
  }
  redirect(`/shortlist?added=${encodeURIComponent(slug)}`);
}

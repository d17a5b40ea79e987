import { isSignedIn } from "@/lib/policy/viewer-kinds";
import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { SimpleForm } from "@/components/forms/simple-form";
import { SignInPrompt } from "@/components/introductions/sign-in-prompt";
import { requestContext } from "@/lib/dal/request-context";
import { listSavedSearches } from "@/lib/dal/search/saved-searches";
import { filtersFromParams, savedSearchQuery } from "@/lib/introductions/search-link";
import { savedSearchFiltersSchema } from "@/lib/validation/introduction";
import { createSavedSearchAction, deleteSavedSearchAction, updateSavedSearchAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Saved searches" };

const FREQUENCIES = [
  { value: "daily", label: "Daily digest of new teams" },
  { value: "weekly", label: "Weekly digest of new teams" },
  { value: "none", label: "No e-mails" },
];

function describe(query: string, filters: Record<string, string[]>): string {
  const parts = [query ? `“${query}”` : "", ...Object.entries(filters).map(([k, v]) => `${k}: ${v.join(", ")}`)].filter(
    Boolean,
  );
  return parts.join(" · ") || "Everything";
}

export default async function SavedSearchesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const sp = await searchParams;
  const ctx = await requestContext();
  const here = `/saved-searches${savedSearchQuery(typeof sp.q === "string" ? sp.q : "", filtersFromParams(sp))}`;
  if (!isSignedIn(ctx.viewer))
    return (
      <SignInPrompt
        next={here}
        title="Saved searches"
        why="Sign in to save searches and be e-mailed when new teams match."
      />
    );
  const searches = listSavedSearches(ctx);
  const query = typeof sp.q === "string" ? sp.q.slice(0, 200) : "";
  const filters = savedSearchFiltersSchema.safeParse(filtersFromParams(sp));
  const newFilters = filters.success ? filters.data : {};
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Saved searches</h1>
        <p className="mt-2 text-slate-700">
          Run a search again in one click, and choose a daily or weekly e-mail when new teams match it.
        </p>
      </header>
      <section aria-labelledby="new-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="new-heading" className="text-xl font-semibold">
          Save a search
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          {query || Object.keys(newFilters).length
            ? `Filters kept from your search: ${describe("", newFilters) || "none"}.`
            : "Type the words you would search for."}
        </p>
        <SimpleForm
          messageBeside
          action={createSavedSearchAction}
          hidden={{ filters: JSON.stringify(newFilters), idempotencyKey: randomUUID() }}
          label="Save a search"
          submitLabel="Save search"
          fields={[
            { name: "name", label: "Name", maxLength: 100, defaultValue: query },
            { name: "query", label: "Search words", optional: true, maxLength: 200, defaultValue: query },
            {
              type: "select",
              name: "alertFrequency",
              label: "E-mail me",
              options: FREQUENCIES,
              defaultValue: "weekly",
            },
          ]}
        />
      </section>
      <section aria-labelledby="list-heading" className="space-y-3">
        <h2 id="list-heading" className="text-xl font-semibold">
          Your saved searches
        </h2>
        {searches.length === 0 ? (
          <p className="text-slate-700">None yet.</p>
        ) : (
          <ul className="space-y-3">
            {searches.map((s) => (
              <li key={s.id} className="rounded-lg border border-slate-200 bg-white p-4">
                <h3 className="font-semibold">{s.name}</h3>
                <p className="text-sm text-slate-700">{describe(s.query, s.filters)}</p>
                <p className="mt-1 text-sm">
                  <Link href={`/search${s.queryString}`}>
                    Run this search<span className="sr-only"> “{s.name}”</span>
                  </Link>
                  {s.lastAlertedAt && s.alertFrequency !== "none" && (
                    <span className="ml-3 text-slate-600">
                      Last checked{" "}
                      {s.lastAlertedAt.toLocaleDateString("en-GB", { dateStyle: "medium", timeZone: "UTC" })}
                    </span>
                  )}
                </p>
                <div className="mt-3 flex flex-wrap items-end gap-6">
                  <SimpleForm
                    messageBeside
                    action={updateSavedSearchAction}
                    hidden={{ id: String(s.id) }}
                    label={`Alerts for ${s.name}`}
                    submitLabel="Update alerts"
                    variant="secondary"
                    className="flex flex-wrap items-end gap-3"
                    fields={[
                      {
                        type: "select",
                        name: "alertFrequency",
                        label: `E-mail alerts for ${s.name}`,
                        options: FREQUENCIES,
                        defaultValue: s.alertFrequency,
                      },
                    ]}
                  />
                  <SimpleForm
                    messageBeside
                    action={deleteSavedSearchAction}
                    hidden={{ id: String(s.id) }}
                    label={`Delete ${s.name}`}
                    submitLabel="Delete"
                    variant="secondary"
                  />
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

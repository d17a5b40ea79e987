import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { SimpleForm } from "@/components/forms/simple-form";
import { requestContext } from "@/lib/dal/request-context";
import { listCollectionsForCuration } from "@/lib/dal/curation/collections";
import { COLLECTION_LIMITS } from "@/lib/validation/collection";
import { orNotFound } from "../or-not-found";
import { createCollectionAction } from "./actions";

export const metadata: Metadata = { title: "Collections" };

export default async function CurateCollectionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const sp = await searchParams;
  const ctx = await requestContext();
  const items = orNotFound(() => listCollectionsForCuration(ctx));
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Collections</h1>
        <p className="mt-2 max-w-3xl text-slate-700">
          Curated, public lists of teams with your editorial note — for example “Battery and energy-storage expertise
          open to SMEs”. Visitors see published collections at <Link href="/collections">/collections</Link>, with only
          the teams whose listings are published.
        </p>
      </header>
      {sp.deleted === "1" && (
        <p
          role="status"
          className="rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-950"
        >
          The collection was deleted.
        </p>
      )}
      <section aria-labelledby="all-collections">
        <h2 id="all-collections" className="text-xl font-semibold">
          All collections ({items.length})
        </h2>
        {items.length === 0 ? (
          <p className="mt-2 text-slate-700">None yet. Start one below.</p>
        ) : (
          <table className="mt-3 w-full border-collapse bg-white text-left text-sm">
            <caption className="sr-only">All collections</caption>
            <thead className="border-b border-slate-300">
              <tr>
                <th scope="col" className="p-2">
                  Collection
                </th>
                <th scope="col" className="p-2">
                  Status
                </th>
                <th scope="col" className="p-2">
                  Teams shown
                </th>
                <th scope="col" className="p-2">
                  Hidden
                </th>
                <th scope="col" className="p-2">
                  Updated
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((c) => (
                <tr key={c.slug} className="border-b border-slate-100 align-top">
                  <td className="p-2">
                    <Link href={`/curate/collections/${c.slug}`}>{c.title}</Link>
                    <span className="block text-slate-600">/collections/{c.slug}</span>
                  </td>
                  <td className="p-2">{c.published ? "Published" : "Not published"}</td>
                  <td className="p-2">{c.teamCount}</td>
                  <td className="p-2">{c.hiddenCount}</td>
                  <td className="p-2">
                    {c.updatedAt.toLocaleDateString("en-GB", { dateStyle: "medium", timeZone: "UTC" })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="new-collection" className="max-w-2xl rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="new-collection" className="text-xl font-semibold">
          Start a collection
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          Its address is made from the title and stays the same if you retitle it later. Add teams on the next page.
        </p>
        <div className="mt-4">
          <SimpleForm
            action={createCollectionAction}
            idPrefix="new-collection"
            hidden={{ idempotencyKey: randomUUID() }}
            submitLabel="Create collection"
            fields={[
              {
                name: "title",
                label: "Title",
                maxLength: COLLECTION_LIMITS.titleMax,
                defaultValue: typeof sp.title === "string" ? sp.title.slice(0, COLLECTION_LIMITS.titleMax) : undefined,
              },
              {
                name: "editorialNote",
                label: "Editorial note",
                type: "textarea",
                optional: true,
                hint: "Who the collection is for and how the teams were chosen. Shown above the teams.",
                maxLength: COLLECTION_LIMITS.editorialNoteMax,
                rows: 4,
              },
            ]}
          />
        </div>
      </section>
    </div>
  );
}

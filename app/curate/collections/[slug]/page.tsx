import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SimpleForm } from "@/components/forms/simple-form";
import { dangerButtonClass } from "@/components/forms/styles";
import { requestContext } from "@/lib/dal/request-context";
import { getCollectionForEditing, type CollectionForEditing } from "@/lib/dal/curation/collections";
import { runTeamSearch } from "@/lib/search/service";
import { COLLECTION_LIMITS, collectionSlugParam } from "@/lib/validation/collection";
import { emptySearchParams } from "@/lib/validation/search";
import { orNotFound } from "../../or-not-found";
import { deleteCollectionAction, setCollectionPublishedAction, updateCollectionAction } from "../actions";
import { AddTeam } from "./add-team";
import { EntryList } from "./entry-list";

export const metadata: Metadata = { title: "Edit collection" };

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v.slice(0, 200) : "");

function Notice({ children }: { children: React.ReactNode }) {
  return (
    <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-950">
      {children}
    </p>
  );
}

async function load(slug: string): Promise<CollectionForEditing> {
  const parsed = collectionSlugParam.safeParse(slug);
  if (!parsed.success) notFound();
  const ctx = await requestContext();
  return orNotFound(() => getCollectionForEditing(ctx, parsed.data));
}

export default async function EditCollectionPage({ params, searchParams }: Props) {
  const c = await load((await params).slug);
  const sp = await searchParams;
  const find = one(sp.find).trim();
  // A curator looking for teams to add is not demand from firms: not recorded.
  const found = find
    ? await runTeamSearch(await requestContext(), { ...emptySearchParams(), q: find, pageSize: 10 }, { record: false })
    : null;
  const hiddenCount = c.entries.filter((e) => e.hidden).length;
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href="/curate/collections">All collections</Link>
        </p>
        <h1 className="text-3xl font-bold tracking-tight">{c.title}</h1>
        <p className="text-slate-700">
          {c.published ? "Published" : "Not published: only curators can see it"} · {c.entries.length - hiddenCount}{" "}
          team
          {c.entries.length - hiddenCount === 1 ? "" : "s"} shown publicly
          {hiddenCount > 0 ? `, ${hiddenCount} hidden` : ""} ·{" "}
          <Link href={`/collections/${c.slug}`}>
            {c.published ? "View the public page" : "Preview the public page"}
          </Link>
        </p>
      </header>
      {sp.created === "1" && <Notice>Collection created. Now add teams to it, then publish it.</Notice>}
      {sp.published === "1" && c.published && <Notice>Published. Everyone can see it on /collections.</Notice>}
      {sp.unpublished === "1" && !c.published && <Notice>Unpublished. Only curators can see it now.</Notice>}

      <section aria-labelledby="details" className="max-w-2xl rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="details" className="text-xl font-semibold">
          Details
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          Address: /collections/{c.slug} — it stays the same when you change the title.
        </p>
        <div className="mt-4">
          <SimpleForm
            action={updateCollectionAction}
            idPrefix="collection"
            submitLabel="Save details"
            fields={[
              { name: "collection", label: "", type: "hidden", defaultValue: c.slug },
              { name: "title", label: "Title", maxLength: COLLECTION_LIMITS.titleMax, defaultValue: c.title },
              {
                name: "editorialNote",
                label: "Editorial note",
                type: "textarea",
                optional: true,
                rows: 5,
                maxLength: COLLECTION_LIMITS.editorialNoteMax,
                defaultValue: c.editorialNote,
              },
            ]}
          />
        </div>
      </section>

      <section
        aria-labelledby="visibility"
        className={`max-w-2xl rounded-lg border p-5 ${c.published ? "border-emerald-300 bg-emerald-50" : "border-amber-300 bg-amber-50"}`}
      >
        <h2 id="visibility" className="text-xl font-semibold">
          Visibility: {c.published ? "Published" : "Not published"}
        </h2>
        <p className="mt-1 text-sm text-slate-800">
          {c.published
            ? "Everyone can see it on /collections and at its address, with the teams whose listings are published."
            : "Only curators can see it. Publish it when its teams and notes are ready."}
        </p>
        <div className="mt-3">
          <SimpleForm
            action={setCollectionPublishedAction}
            hidden={{ collection: c.slug, publish: c.published ? "0" : "1" }}
            label={c.published ? "Unpublish the collection" : "Publish the collection"}
            submitLabel={c.published ? "Unpublish" : "Publish"}
            variant={c.published ? "secondary" : "primary"}
            messageBeside
          />
        </div>
      </section>

      <section aria-labelledby="teams" className="space-y-3">
        <h2 id="teams" className="text-xl font-semibold">
          Teams ({c.entries.length})
        </h2>
        {one(sp.removed) && <Notice>Removed “{one(sp.removed)}”.</Notice>}
        <p className="text-sm text-slate-600">
          Visitors see them in this order. Only teams whose listings are published are shown to them.
        </p>
        <EntryList collection={c.slug} entries={c.entries} />
      </section>

      <section aria-labelledby="add-team" className="space-y-3">
        <h2 id="add-team" className="text-xl font-semibold">
          Add a team
        </h2>
        {one(sp.added) && <Notice>Added “{one(sp.added)}”.</Notice>}
        <AddTeam
          collection={c.slug}
          find={find}
          hits={found?.hits ?? null}
          inCollection={new Set(c.entries.map((e) => e.team.slug))}
        />
      </section>

      <section aria-labelledby="delete" className="max-w-2xl rounded-lg border border-red-200 bg-white p-5">
        <h2 id="delete" className="text-xl font-semibold">
          Delete this collection
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          Its list and notes go; the teams themselves are not affected. The audit log keeps a record.
        </p>
        <div className="mt-3">
          <SimpleForm
            action={deleteCollectionAction}
            idPrefix="delete-collection"
            submitLabel="Delete collection"
            submitClassName={dangerButtonClass}
            fields={[
              { name: "collection", label: "", type: "hidden", defaultValue: c.slug },
              {
                name: "confirm",
                label: "Confirm",
                type: "checkbox",
                hint: `Yes, delete “${c.title}”. This cannot be undone.`,
              },
            ]}
          />
        </div>
      </section>
    </div>
  );
}

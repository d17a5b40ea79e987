import type { Metadata } from "next";
import Link from "next/link";
import { CollectionCard } from "@/components/collections/collection-card";
import { publicContext } from "@/lib/dal/context";
import { listPublishedCollections } from "@/lib/dal/curation/collections";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Collections",
  description:
    "Hand-picked lists of university research teams, put together by the register's curators for a sector, a technology or a region.",
};

export default function CollectionsPage() {
  const items = listPublishedCollections(publicContext());
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Collections</h1>
        <p className="mt-2 max-w-3xl text-slate-700">
          Hand-picked lists of teams, put together by the register&apos;s curators for a sector, a technology or a
          region, with a note on why each team is there. A good place to start when you are not sure what to search for.
        </p>
      </header>
      {items.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-5 text-slate-700">
          No collections have been published yet. <Link href="/search">Search the register</Link> instead.
        </p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2" aria-label="Published collections">
          {items.map((c) => (
            <li key={c.slug}>
              <CollectionCard collection={c} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

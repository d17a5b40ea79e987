import type { Metadata } from "next";
import Link from "next/link";
import { ListingStatus } from "@/components/listing-status";
import { requestContext } from "@/lib/dal/request-context";
import { listDuplicateCandidates } from "@/lib/dal/curation/duplicates";

export const metadata: Metadata = { title: "Likely duplicates" };

export default async function DuplicatesPage() {
  const ctx = await requestContext();
  const pairs = listDuplicateCandidates(ctx);
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Likely duplicates</h1>
        <p className="mt-2 max-w-3xl text-slate-700">
          Listings at the same institution whose names say the same thing once words like “lab”, “group” and “research”
          are set aside. Open a pair to compare the two side by side and merge them. To merge any other two listings,{" "}
          <Link href="/curate/merge">name them on the merge page</Link>.
        </p>
      </header>
      {pairs.length === 0 ? (
        <p className="text-slate-700">No likely duplicates at the moment.</p>
      ) : (
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">Pairs of listings that look like the same team</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="py-2 pr-3">
                Older listing
              </th>
              <th scope="col" className="py-2 pr-3">
                Newer listing
              </th>
              <th scope="col" className="py-2 pr-3">
                Institution
              </th>
              <th scope="col" className="py-2 pr-3">
                Why
              </th>
              <th scope="col" className="py-2">
                <span className="sr-only">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {pairs.map((p) => (
              <tr key={`${p.a.id}-${p.b.id}`} className="border-b border-slate-200 align-top">
                <td className="py-2 pr-3">
                  <Link href={`/curate/listings/${p.a.slug}`}>{p.a.name}</Link> <ListingStatus status={p.a.status} />
                </td>
                <td className="py-2 pr-3">
                  <Link href={`/curate/listings/${p.b.slug}`}>{p.b.name}</Link> <ListingStatus status={p.b.status} />
                </td>
                <td className="py-2 pr-3">{p.a.institutionName}</td>
                <td className="py-2 pr-3">
                  {p.reason} ({Math.round(p.score * 100)}%)
                </td>
                <td className="py-2">
                  <Link
                    href={`/curate/merge?duplicate=${p.b.slug}&survivor=${p.a.slug}`}
                    aria-label={`Compare and merge ${p.b.name} into ${p.a.name}`}
                  >
                    Compare and merge
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

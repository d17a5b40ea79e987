import type { Metadata } from "next";
import Link from "next/link";
import { listingStatusLabel } from "@/components/listing-status";
import { requestContext } from "@/lib/dal/request-context";
import { listMembershipRequests } from "@/lib/dal/accounts/memberships";
import { countTeamsByStatus } from "@/lib/dal/curation/review-queue";

export const metadata: Metadata = { title: "Curate" };

export default async function CurateHome() {
  const ctx = await requestContext();
  const counts = countTeamsByStatus(ctx);
  const pendingMembers = listMembershipRequests(ctx, "pending").length;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Curate</h1>
      <ul className="grid gap-4 sm:grid-cols-2">
        <li className="rounded-lg border border-slate-200 bg-white p-5">
          <p className="text-3xl font-bold">{counts.pending ?? 0}</p>
          <Link href="/curate/listings">listings waiting for review</Link>
        </li>
        <li className="rounded-lg border border-slate-200 bg-white p-5">
          <p className="text-3xl font-bold">{pendingMembers}</p>
          <Link href="/curate/members">membership requests waiting</Link>
        </li>
        <li className="rounded-lg border border-slate-200 bg-white p-5">
          <Link href="/curate/demand">Demand insight</Link>
          <p className="mt-1 text-sm text-slate-700">What people search for, and what they do not find.</p>
        </li>
        <li className="rounded-lg border border-slate-200 bg-white p-5">
          <Link href="/curate/collections">Collections</Link>
          <p className="mt-1 text-sm text-slate-700">Curated, public lists of teams with your editorial note.</p>
        </li>
      </ul>
      <section aria-labelledby="tools" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="tools" className="text-lg font-semibold">
          Keeping the register tidy
        </h2>
        <ul className="mt-2 list-disc pl-5 text-sm">
          <li>
            <Link href="/curate/duplicates">Likely duplicate listings</Link>, to compare and merge
          </li>
          <li>
            <Link href="/curate/import">Import listings</Link> from a CSV file (dry run first)
          </li>
          <li>
            <Link href="/curate/export">Export listings</Link> as CSV or JSON
          </li>
          <li>
            <Link href="/curate/synonyms">Search synonyms</Link>: words firms use that should find the same teams
          </li>
        </ul>
      </section>
      <section aria-labelledby="totals" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="totals" className="text-lg font-semibold">
          All listings
        </h2>
        <dl className="mt-2 grid grid-cols-2 gap-2 text-sm sm:grid-cols-3">
          {Object.entries(counts).map(([status, n]) => (
            <div key={status}>
              <dt className="text-slate-600">{listingStatusLabel(status)}</dt>
              <dd className="font-semibold">{n}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}

import { requireSignedIn } from "@/lib/auth/require-sign-in";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import type { ReactNode } from "react";
import { requestContext } from "@/lib/dal/request-context";
import { needsTwoFactorSetup } from "@/lib/viewer";
import { canModerateTeams } from "@/lib/policy";

/** Curators and admins only; anyone else gets a plain 404 (the pages do not exist for them). */
export default async function CurateLayout({ children }: { children: ReactNode }) {
  const ctx = await requestContext();
  requireSignedIn(ctx, "/curate");
  // A staff role works only with two-step sign-in: send the person to set it up.
  if (needsTwoFactorSetup(ctx.viewer)) redirect("/account/two-factor?required=1");
  if (!canModerateTeams(ctx.viewer)) notFound();
  return (
    <div className="space-y-6">
      <nav aria-label="Curation" className="border-b border-slate-200 pb-3">
        <ul className="flex flex-wrap gap-4 text-sm font-medium">
          <li>
            <Link href="/curate">Overview</Link>
          </li>
          <li>
            <Link href="/curate/listings">Listings to review</Link>
          </li>
          <li>
            <Link href="/curate/members">Membership requests</Link>
          </li>
          <li>
            <Link href="/curate/institutions">Institutions</Link>
          </li>
          <li>
            <Link href="/curate/duplicates">Duplicates</Link>
          </li>
          <li>
            <Link href="/curate/import">Import</Link>
          </li>
          <li>
            <Link href="/curate/export">Export</Link>
          </li>
          <li>
            <Link href="/curate/collections">Collections</Link>
          </li>
          <li>
            <Link href="/curate/demand">Demand insight</Link>
          </li>
          <li>
            <Link href="/curate/synonyms">Search synonyms</Link>
          </li>
        </ul>
      </nav>
      {children}
    </div>
  );
}

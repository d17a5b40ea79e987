import { requireSignedIn } from "@/lib/auth/require-sign-in";
import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/forms/styles";
import { ListingStatus } from "@/components/listing-status";
import { MembershipList } from "@/components/membership-list";
import { getAccount } from "@/lib/dal/accounts/profile";
import { requestContext } from "@/lib/dal/request-context";
import { listDashboardTeams } from "@/lib/dal/teams/owner-queries";
import { canCreateAnyTeam, canRequestMembership, canUseDashboard } from "@/lib/policy";
import { isStaff } from "@/lib/policy/viewer-kinds";

export const metadata: Metadata = { title: "Your listings" };

const date = (d: Date | null) =>
  d ? d.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" }) : "—";

export default async function DashboardPage() {
  const ctx = await requestContext();
  requireSignedIn(ctx, "/dashboard");
  if (!canUseDashboard(ctx.viewer)) {
    return (
      <div className="mx-auto max-w-2xl space-y-4">
        <h1 className="text-3xl font-bold tracking-tight">Your listings</h1>
        <p className="text-slate-700">
          Listings are kept by university staff. Your account is a business account; see{" "}
          <Link href="/account">your account</Link>.
        </p>
      </div>
    );
  }
  const account = getAccount(ctx);
  const teams = listDashboardTeams(ctx);
  const staff = isStaff(ctx.viewer); // their own listings; the queue is under Curate
  const canCreate = canCreateAnyTeam(ctx.viewer);
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">Your listings</h1>
          <p className="mt-1 text-slate-700">
            {staff
              ? "Listings you created. The review queue is under Curate."
              : "Every listing of your institutions, whoever wrote it."}
          </p>
        </div>
        {canCreate && (
          <Link href="/dashboard/teams/new" className={`${buttonClass} no-underline`}>
            Create a listing
          </Link>
        )}
      </header>

      {(account.memberships.length > 0 || account.role === "university") && (
        <section aria-labelledby="memberships-heading" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="memberships-heading" className="mb-2 text-lg font-semibold">
            Your institutions
          </h2>
          {account.memberships.length > 0 ? (
            <MembershipList memberships={account.memberships} />
          ) : (
            <p className="text-sm text-slate-700">You are not a member of any institution yet.</p>
          )}
          {!canCreate && (
            <p className="mt-3 text-sm text-slate-700">
              {account.memberships.some((m) => m.status === "pending")
                ? "You can create listings once your membership is confirmed. We will e-mail you."
                : "Ask to join your institution to create and edit its listings."}
            </p>
          )}
          {canRequestMembership(ctx.viewer) && (
            <p className="mt-3 text-sm">
              <Link href="/account/institutions">Join another institution, or leave one</Link>
            </p>
          )}
        </section>
      )}

      {teams.length === 0 ? (
        <p className="text-slate-700">No listings yet.</p>
      ) : (
        <table className="w-full border-collapse rounded-lg bg-white text-left text-sm">
          <caption className="sr-only">Listings</caption>
          <thead className="border-b border-slate-300 text-slate-700">
            <tr>
              <th scope="col" className="p-2">
                Team
              </th>
              <th scope="col" className="p-2">
                Status
              </th>
              <th scope="col" className="p-2">
                Institution
              </th>
              <th scope="col" className="p-2">
                Last changed
              </th>
              <th scope="col" className="p-2">
                Last confirmed
              </th>
            </tr>
          </thead>
          <tbody>
            {teams.map((t) => (
              <tr key={t.slug} className="border-b border-slate-100 align-top">
                <td className="p-2">
                  <Link href={`/dashboard/teams/${t.slug}`}>{t.name}</Link>
                  {t.status === "changes_requested" && t.reviewNote && (
                    <p className="mt-1 text-amber-900">Curator: {t.reviewNote}</p>
                  )}
                  {t.needsConfirmation && (
                    <p className="mt-1 text-amber-900">Please confirm this listing is still accurate.</p>
                  )}
                </td>
                <td className="p-2">
                  <ListingStatus status={t.status} />
                </td>
                <td className="p-2">{t.institutionName}</td>
                <td className="p-2">{date(t.updatedAt)}</td>
                <td className="p-2">{date(t.confirmedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="text-sm">
        <Link href="/dashboard/requests">Introduction requests to your teams</Link>
      </p>
    </div>
  );
}

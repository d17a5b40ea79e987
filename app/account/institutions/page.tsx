import { requireSignedIn } from "@/lib/auth/require-sign-in";
import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/forms/action-button";
import { secondaryButtonClass } from "@/components/forms/styles";
import { MembershipList } from "@/components/membership-list";
import { getAccount } from "@/lib/dal/accounts/profile";
import { requestContext } from "@/lib/dal/request-context";
import { canRequestMembership } from "@/lib/policy";
import { institutionQueryParam } from "@/lib/validation/institution";
import { leaveInstitutionAction } from "./actions";
import { JoinSection } from "./join-section";
import { own as ownEntry } from "@/lib/own";

export const metadata: Metadata = { title: "Your institutions" };

const DONE: Record<string, string> = {
  active:
    "You are now a member: your confirmed address is at this verified institution. You can create and edit its listings.",
  email:
    "We have sent a link to the address you gave. Open it while signed in to this account to confirm it; it works for 24 hours.",
  curator: "Your request is with a curator, who will e-mail you when it is decided.",
  joined: "Address confirmed: you are now a member and can create and edit the institution's listings.",
  confirmed: "Address confirmed. A curator will decide on your request and e-mail you.",
  left: "You have left the institution. Its listings stay with it.",
  withdrawn: "Your request has been withdrawn.",
};

export default async function InstitutionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await requestContext();
  requireSignedIn(ctx, "/account/institutions");
  const sp = await searchParams;
  const account = getAccount(ctx);
  const done = ownEntry(DONE, sp.done);
  const own = account.memberships.filter((m) => m.institution !== null);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header>
        <p className="text-sm text-slate-600">
          <Link href="/account">Your account</Link> › Institutions
        </p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight">Your institutions</h1>
      </header>
      {done && (
        <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm">
          {done}
        </p>
      )}
      <section
        aria-labelledby="memberships-heading"
        className="space-y-4 rounded-lg border border-slate-200 bg-white p-6"
      >
        <h2 id="memberships-heading" className="text-xl font-semibold">
          Memberships and requests
        </h2>
        {own.length === 0 ? (
          <p className="text-slate-700">You are not a member of any institution yet.</p>
        ) : (
          <ul className="space-y-4">
            {own.map((m) => (
              <li
                key={m.id}
                className="flex flex-wrap items-start justify-between gap-3 border-b border-slate-100 pb-3"
              >
                <MembershipList memberships={[m]} />
                {m.status !== "rejected" && (
                  <ActionButton
                    action={leaveInstitutionAction}
                    hidden={{ membershipId: String(m.id) }}
                    label={
                      m.status === "active"
                        ? `Leave ${m.institution!.name}`
                        : `Withdraw request to join ${m.institution!.name}`
                    }
                    className={`${secondaryButtonClass} text-sm`}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
        <p className="text-sm text-slate-700">
          Leaving does not remove anything you wrote: listings belong to their institution and stay with it.
        </p>
      </section>
      {canRequestMembership(ctx.viewer) ? (
        <JoinSection
          ctx={ctx}
          institutionParam={typeof sp.institution === "string" ? sp.institution.slice(0, 200) : null}
          q={institutionQueryParam(sp.q)}
        />
      ) : account.role === "sme" ? (
        <p className="text-slate-700">
          Business accounts do not join institutions. University staff create a university account with their
          institutional address.
        </p>
      ) : (
        <p className="text-slate-700">
          As a curator you can list teams at any institution from <Link href="/dashboard">your dashboard</Link>.
        </p>
      )}
    </div>
  );
}

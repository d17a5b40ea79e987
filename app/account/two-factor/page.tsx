import { requireSignedIn } from "@/lib/auth/require-sign-in";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { TwoFactorSetup } from "@/components/account/two-factor-forms";
import { requestContext } from "@/lib/dal/request-context";
import { hasStaffRole } from "@/lib/viewer";
import { confirmTwoFactorSetupAction, startTwoFactorSetupAction } from "./actions";

export const metadata: Metadata = { title: "Set up two-step sign-in" };

export default async function TwoFactorSetupPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await requestContext();
  requireSignedIn(ctx, "/account/two-factor");
  if (ctx.viewer.twoFactor) redirect("/account?two-factor=on");
  const sp = await searchParams;
  const staff = hasStaffRole(ctx.viewer);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Set up two-step sign-in</h1>
      {staff && (
        <p
          role={sp.required === "1" ? "alert" : undefined}
          className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm"
        >
          Your {ctx.viewer.role === "admin" ? "admin" : "curator"} role works only with two-step sign-in. Until it is
          set up, the curation and administration pages and actions are closed to this account.
        </p>
      )}
      <p className="text-slate-700">
        After your password, signing in will also ask for a 6-digit code from an app on your phone, which changes every
        30 seconds, so a stolen password alone is not enough. Start by confirming your password.
      </p>
      <section aria-labelledby="setup" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="setup" className="mb-4 text-xl font-semibold">
          Your authenticator app
        </h2>
        <TwoFactorSetup start={startTwoFactorSetupAction} confirm={confirmTwoFactorSetupAction} />
      </section>
      <p className="text-sm">
        <Link href="/account">Back to your account</Link>
      </p>
    </div>
  );
}

import { isSignedIn } from "@/lib/policy/viewer-kinds";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ActionButton } from "@/components/forms/action-button";
import { requestContext } from "@/lib/dal/request-context";
import { BAD_LINK, getClaimByToken } from "@/lib/dal/accounts/membership-email";
import { AppError } from "@/lib/errors";
import { claimTokenSchema } from "@/lib/validation/membership";
import { confirmClaimEmailAction } from "../actions";

export const metadata: Metadata = { title: "Confirm your institutional address" };

/**
 * Where the e-mailed link lands. Opening it changes nothing (mail scanners open links); the
 * person presses Confirm, signed in to the account that asked.
 */
export default async function ConfirmClaimPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const sp = await searchParams;
  const token = claimTokenSchema.safeParse(sp.token);
  const ctx = await requestContext();
  if (!isSignedIn(ctx.viewer)) {
    const here = token.success ? `/account/institutions/confirm?token=${token.data}` : "/account/institutions";
    redirect(`/sign-in?next=${encodeURIComponent(here)}`);
  }
  let claim: { institutionName: string; address: string } | null = null;
  let problem = BAD_LINK;
  if (token.success) {
    try {
      claim = getClaimByToken(ctx, token.data);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      problem = err.message;
    }
  }
  if (!claim || !token.success) {
    return (
      <div className="mx-auto max-w-xl space-y-4">
        <h1 className="text-3xl font-bold tracking-tight">That link did not work</h1>
        <p className="text-slate-700">{problem}</p>
        <p className="text-sm text-slate-700">
          If you have more than one account, sign in to the one that asked to join, then open the link again.
        </p>
        <p>
          <Link href="/account/institutions">Your institutions</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">Confirm your address at {claim.institutionName}</h1>
      <p className="text-slate-700">
        Confirm that <strong>{claim.address}</strong> is your address, to support your request to join{" "}
        {claim.institutionName}.
      </p>
      <ActionButton
        action={confirmClaimEmailAction}
        hidden={{ token: token.data }}
        label={`Confirm and join ${claim.institutionName}`}
      />
    </div>
  );
}

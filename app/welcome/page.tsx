import { hasStaffRole } from "@/lib/viewer";
import { isSignedIn } from "@/lib/policy/viewer-kinds";
import type { Metadata } from "next";
import Link from "next/link";
import { SimpleForm } from "@/components/forms/simple-form";
import { getAccount } from "@/lib/dal/accounts/profile";
import { requestContext } from "@/lib/dal/request-context";
import { resendVerificationAction } from "./actions";

export const metadata: Metadata = { title: "Welcome" };

/** Where the e-mailed verification link lands (with ?error=… when the link was bad). */
export default async function WelcomePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const sp = await searchParams;
  const ctx = await requestContext();
  if (typeof sp.error === "string" || !isSignedIn(ctx.viewer)) {
    return (
      <div className="mx-auto max-w-xl space-y-4">
        <h1 className="text-3xl font-bold tracking-tight">That link did not work</h1>
        <p className="text-slate-700">
          {sp.error === "TOKEN_EXPIRED" ? "The link has expired." : "The link is not valid, or has already been used."}{" "}
          Enter your address and we will send a new one.
        </p>
        <div className="rounded-lg border border-slate-200 bg-white p-6">
          <SimpleForm
            action={resendVerificationAction}
            idPrefix="resend"
            submitLabel="Send a new link"
            successReplacesForm
            fields={[{ name: "email", label: "E-mail address", type: "email", autoComplete: "email", maxLength: 254 }]}
          />
        </div>
        <p className="text-sm">
          Already confirmed? <Link href="/sign-in">Sign in</Link>.
        </p>
      </div>
    );
  }
  const account = getAccount(ctx);
  const pending = account.memberships.find((m) => m.status === "pending");
  const active = account.memberships.find((m) => m.status === "active");
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">Your e-mail address is confirmed</h1>
      <p className="text-slate-700">Welcome to Expertise Atlas, {account.name}. You are signed in.</p>
      {account.role === "sme" && (
        <p>
          <Link href="/search">Search for the expertise you need</Link>, or{" "}
          <Link href="/account">check your account details</Link>.
        </p>
      )}
      {account.role === "university" && active && (
        <p>
          You can now create and edit listings for {active.institution?.name}.{" "}
          <Link href="/dashboard">Go to your dashboard</Link>.
        </p>
      )}
      {account.role === "university" && !active && pending && (
        <p>
          A curator will check your request to join {pending.institution?.name} and e-mail you when it is decided.
          Meanwhile you can <Link href="/dashboard">start on your dashboard</Link>.
        </p>
      )}
      {hasStaffRole(ctx.viewer) && (
        <p>
          <Link href="/curate">Go to curation</Link>.
        </p>
      )}
    </div>
  );
}

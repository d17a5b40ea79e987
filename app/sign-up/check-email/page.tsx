import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Check your inbox" };

export default function CheckEmailPage() {
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">Check your inbox</h1>
      <p className="text-slate-700">
        We have sent a link to the address you gave. Open it within 24 hours to confirm the address and finish setting
        up your account.
      </p>
      <p className="text-slate-700">
        Nothing arrived after a few minutes? Look in your spam folder, or <Link href="/sign-in">sign in</Link> and we
        will send a new link.
      </p>
    </div>
  );
}

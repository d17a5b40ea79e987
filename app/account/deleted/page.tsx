import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Account deleted" };

export default function AccountDeletedPage() {
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">Your account has been deleted</h1>
      <p className="text-slate-700">
        Your personal details, sign-in, memberships, shortlists and saved searches are gone. Listings you wrote stay
        with your institution, without your name.
      </p>
      <p>
        <Link href="/">Back to the register</Link>
      </p>
    </div>
  );
}

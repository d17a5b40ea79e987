import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Create an account" };

const card = "block rounded-lg border border-slate-200 bg-white p-6 no-underline shadow-sm hover:border-brand-600";

export default function SignUpChooserPage() {
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Create an account</h1>
      <p className="text-slate-700">
        Searching the register needs no account. Create one to ask for introductions, or to list your university&apos;s
        teams.
      </p>
      <ul className="grid gap-4 sm:grid-cols-2">
        <li>
          <Link href="/sign-up/business" className={card}>
            <span className="text-xl font-semibold text-slate-900">I run or work for a business</span>
            <span className="mt-2 block text-slate-700">
              Shortlist teams and ask to be introduced. Tell us a little about your company.
            </span>
          </Link>
        </li>
        <li>
          <Link href="/sign-up/university" className={card}>
            <span className="text-xl font-semibold text-slate-900">I work at a university or research institute</span>
            <span className="mt-2 block text-slate-700">
              List your teams and answer firms. Sign up with your institutional e-mail address.
            </span>
          </Link>
        </li>
      </ul>
      <p className="text-sm text-slate-700">
        Already registered? <Link href="/sign-in">Sign in</Link>.
      </p>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { requestIdParam } from "@/lib/validation/introduction";

export const metadata: Metadata = { title: "We have your request" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** After a need sent without an account: nothing to follow in the app, so say what happens. */
export default async function ContactSentPage({ searchParams }: Props) {
  const raw = (await searchParams).ref;
  const ref = requestIdParam.safeParse(Array.isArray(raw) ? raw[0] : raw);
  return (
    <div className="mx-auto max-w-2xl space-y-4 py-8">
      <h1 className="text-3xl font-bold tracking-tight">We have your request</h1>
      <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-emerald-950">
        <strong>Sent{ref.success ? ` (reference #${ref.data})` : ""}.</strong> We have e-mailed an acknowledgement to
        the address you gave.
      </p>
      <p className="text-slate-700">
        A broker who covers your country or sector will read your need and e-mail you the teams of the register that
        could help, usually within 10 working days. If the e-mail does not arrive, check your spam folder.
      </p>
      <p className="flex flex-wrap gap-4">
        <Link href="/search">Back to search</Link>
        <Link href="/sign-up">Create a free account to ask teams for introductions</Link>
      </p>
    </div>
  );
}

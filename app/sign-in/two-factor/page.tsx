import type { Metadata } from "next";
import Link from "next/link";
import { SimpleForm } from "@/components/forms/simple-form";
import { safeNextPath } from "@/lib/form-state";
import { signInCodeAction } from "../actions";

export const metadata: Metadata = { title: "Two-step sign-in" };

export default async function SignInCodePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const sp = await searchParams;
  const next = safeNextPath(sp.next, "");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Two-step sign-in</h1>
      <p className="text-slate-700">
        Your password was right. Now enter the 6-digit code your authenticator app shows for Expertise Atlas, or one of
        your backup codes (each works once).
      </p>
      <div className="rounded-lg border border-slate-200 bg-white p-6">
        <SimpleForm
          action={signInCodeAction}
          idPrefix="sign-in-code"
          submitLabel="Continue"
          fields={[
            {
              name: "code",
              label: "Code",
              hint: "6 digits from the app, or a backup code like abcde-12345",
              autoComplete: "one-time-code",
              maxLength: 40,
            },
            { name: "next", label: "", type: "hidden", defaultValue: next },
          ]}
        />
      </div>
      <p className="text-sm text-slate-700">
        Lost your phone and your backup codes? An admin can help: <Link href="/about">contact us</Link>. This step
        expires 10 minutes after the password; after that, <Link href="/sign-in">sign in again</Link>.
      </p>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { SimpleForm } from "@/components/forms/simple-form";
import { MIN_PASSWORD } from "@/lib/validation/account";
import { resetPasswordAction } from "./actions";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

/** The reset link redirects here with ?token=… (or ?error=INVALID_TOKEN). */
export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const sp = await searchParams;
  const token = typeof sp.token === "string" && /^[A-Za-z0-9_-]{8,200}$/.test(sp.token) ? sp.token : null;
  if (!token || sp.error) {
    return (
      <div className="mx-auto max-w-md space-y-4">
        <h1 className="text-3xl font-bold tracking-tight">That link did not work</h1>
        <p className="text-slate-700">Reset links work for one hour and only once.</p>
        <p>
          <Link href="/forgot-password">Ask for a new link</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Choose a new password</h1>
      <div className="rounded-lg border border-slate-200 bg-white p-6">
        <SimpleForm
          action={resetPasswordAction}
          idPrefix="reset"
          submitLabel="Save new password"
          fields={[
            { name: "token", label: "", type: "hidden", defaultValue: token },
            {
              name: "password",
              label: "New password",
              type: "password",
              autoComplete: "new-password",
              hint: `At least ${MIN_PASSWORD} characters.`,
              maxLength: 128,
            },
            {
              name: "confirm",
              label: "New password again",
              type: "password",
              autoComplete: "new-password",
              maxLength: 128,
            },
          ]}
        />
      </div>
    </div>
  );
}

import { isSignedIn } from "@/lib/policy/viewer-kinds";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SimpleForm } from "@/components/forms/simple-form";
import { requestContext } from "@/lib/dal/request-context";
import { safeNextPath } from "@/lib/form-state";
import { signInAction } from "./actions";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const sp = await searchParams;
  const next = safeNextPath(sp.next, "");
  const { viewer } = await requestContext();
  if (isSignedIn(viewer)) redirect(next || "/account");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Sign in</h1>
      {sp.expired === "1" && (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm">
          That sign-in expired before the code was entered. Please sign in again.
        </p>
      )}
      {sp.reset === "1" && (
        <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm">
          Your password has been changed. Sign in with the new one.
        </p>
      )}
      <div className="rounded-lg border border-slate-200 bg-white p-6">
        <SimpleForm
          action={signInAction}
          idPrefix="sign-in"
          submitLabel="Sign in"
          fields={[
            { name: "email", label: "E-mail address", type: "email", autoComplete: "email", maxLength: 254 },
            { name: "password", label: "Password", type: "password", autoComplete: "current-password", maxLength: 128 },
            { name: "next", label: "", type: "hidden", defaultValue: next },
          ]}
        />
        <p className="mt-4 text-sm">
          <Link href="/forgot-password">Forgotten your password?</Link>
        </p>
      </div>
      <p className="text-sm text-slate-700">
        New to Expertise Atlas? <Link href="/sign-up">Create an account</Link>.
      </p>
    </div>
  );
}

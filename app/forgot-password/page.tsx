import type { Metadata } from "next";
import Link from "next/link";
import { SimpleForm } from "@/components/forms/simple-form";
import { forgotPasswordAction } from "./actions";

export const metadata: Metadata = { title: "Forgotten password" };

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Forgotten your password?</h1>
      <p className="text-slate-700">
        Enter the address you signed up with. If it has an account, we will e-mail a link to choose a new password.
      </p>
      <div className="rounded-lg border border-slate-200 bg-white p-6">
        <SimpleForm
          action={forgotPasswordAction}
          idPrefix="forgot"
          submitLabel="Send me a link"
          successReplacesForm
          fields={[{ name: "email", label: "E-mail address", type: "email", autoComplete: "email", maxLength: 254 }]}
        />
      </div>
      <p className="text-sm">
        <Link href="/sign-in">Back to sign in</Link>
      </p>
    </div>
  );
}

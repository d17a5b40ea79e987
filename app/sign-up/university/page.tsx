import type { Metadata } from "next";
import Link from "next/link";
import { SimpleForm } from "@/components/forms/simple-form";
import { MIN_PASSWORD } from "@/lib/validation/account";
import { signUpUniversityAction } from "../actions";

export const metadata: Metadata = { title: "Create a university account" };

export default function UniversitySignUpPage() {
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Create a university account</h1>
      <div className="space-y-2 text-slate-700">
        <p>
          Use your institutional e-mail address. When its domain belongs to an institution a curator has verified, you
          can edit its listings as soon as you confirm the address.
        </p>
        <p>Otherwise a curator checks your request first — usually within two working days.</p>
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-6">
        <SimpleForm
          action={signUpUniversityAction}
          idPrefix="uni"
          submitLabel="Create account"
          fields={[
            { name: "name", label: "Your name", autoComplete: "name", maxLength: 120 },
            {
              name: "email",
              label: "Institutional e-mail address",
              type: "email",
              autoComplete: "email",
              maxLength: 254,
              hint: "For example name@ed.ac.uk",
            },
            {
              name: "password",
              label: "Password",
              type: "password",
              autoComplete: "new-password",
              hint: `At least ${MIN_PASSWORD} characters.`,
              maxLength: 128,
            },
            {
              name: "institutionName",
              label: "Institution",
              optional: true,
              maxLength: 300,
              autoComplete: "organization",
              hint: "Only needed if we do not recognise your e-mail domain.",
            },
            {
              name: "jobTitle",
              label: "Job title",
              optional: true,
              maxLength: 120,
              autoComplete: "organization-title",
            },
            {
              name: "note",
              label: "Anything the curator should know",
              type: "textarea",
              optional: true,
              maxLength: 1000,
              rows: 3,
            },
          ]}
        />
      </div>
      <p className="text-sm text-slate-700">
        Not at a university? <Link href="/sign-up/business">Create a business account</Link>.
      </p>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { SimpleForm } from "@/components/forms/simple-form";
import { COMPANY_SIZES } from "@/lib/reference/company";
import { COUNTRIES } from "@/lib/reference/countries";
import { SECTORS } from "@/lib/reference/sectors";
import { MIN_PASSWORD } from "@/lib/validation/account";
import { signUpSmeAction } from "../actions";

export const metadata: Metadata = { title: "Create a business account" };

export default function SmeSignUpPage() {
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Create a business account</h1>
      <p className="text-slate-700">
        We use your company details to route your introduction requests to the right people. We never publish them.
      </p>
      <div className="rounded-lg border border-slate-200 bg-white p-6">
        <SimpleForm
          action={signUpSmeAction}
          idPrefix="sme"
          submitLabel="Create account"
          fields={[
            { name: "name", label: "Your name", autoComplete: "name", maxLength: 120 },
            { name: "email", label: "Work e-mail address", type: "email", autoComplete: "email", maxLength: 254 },
            {
              name: "password",
              label: "Password",
              type: "password",
              autoComplete: "new-password",
              hint: `At least ${MIN_PASSWORD} characters. A few unrelated words make a strong password.`,
              maxLength: 128,
            },
            { name: "companyName", label: "Company name", autoComplete: "organization", maxLength: 200 },
            {
              name: "companySize",
              label: "Company size",
              type: "select",
              placeholder: "Choose…",
              options: COMPANY_SIZES.map((s) => ({ value: s.code, label: s.name })),
            },
            {
              name: "companyCountry",
              label: "Country",
              type: "select",
              placeholder: "Choose…",
              options: COUNTRIES.map((c) => ({ value: c.code, label: c.name })),
            },
            {
              name: "companySector",
              label: "Sector",
              type: "select",
              placeholder: "Choose…",
              hint: "UK SIC 2007 section",
              options: SECTORS.map((s) => ({ value: s.code, label: `${s.code} — ${s.name}` })),
            },
          ]}
        />
      </div>
      <p className="text-sm text-slate-700">
        Work at a university? <Link href="/sign-up/university">Use the university sign-up</Link>.
      </p>
    </div>
  );
}

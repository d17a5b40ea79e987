import { requireSignedIn } from "@/lib/auth/require-sign-in";
import type { Metadata } from "next";
import Link from "next/link";
import { SimpleForm } from "@/components/forms/simple-form";
import { dangerButtonClass, secondaryButtonClass } from "@/components/forms/styles";
import { MembershipList } from "@/components/membership-list";
import { getAccount } from "@/lib/dal/accounts/profile";
import { requestContext } from "@/lib/dal/request-context";
import { COMPANY_SIZES } from "@/lib/reference/company";
import { COUNTRIES } from "@/lib/reference/countries";
import { SECTORS } from "@/lib/reference/sectors";
import { MIN_PASSWORD } from "@/lib/validation/account";
import { RenewBackupCodes, TurnOffTwoFactor } from "@/components/account/two-factor-forms";
import { canRequestMembership } from "@/lib/policy";
import { hasStaffRole } from "@/lib/viewer";
import { changeEmailAction, changePasswordAction, deleteAccountAction, updateProfileAction } from "./actions";
import { own } from "@/lib/own";
import { renewBackupCodesAction, turnOffTwoFactorAction } from "./two-factor/actions";

export const metadata: Metadata = { title: "Your account" };

const ROLE_NAMES: Record<string, string> = {
  sme: "Business",
  university: "University staff",
  curator: "Curator",
  admin: "Administrator",
};

function Section({ title, id, children }: { title: string; id: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-6">
      <h2 id={id} className="mb-4 text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function AccountPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await requestContext();
  requireSignedIn(ctx, "/account");
  const sp = await searchParams;
  const a = getAccount(ctx);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Your account</h1>
        <p className="mt-2 text-slate-700">
          {a.email} · {own(ROLE_NAMES, a.role)} · member since{" "}
          {a.createdAt.toLocaleDateString("en-GB", { year: "numeric", month: "long" })}
        </p>
      </header>
      {sp.email === "changed" && (
        <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm">
          Your e-mail address is now {a.email}.
        </p>
      )}

      {sp["two-factor"] === "on" && (
        <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm">
          Two-step sign-in is on. Next time you sign in, have your authenticator app ready.
        </p>
      )}
      {sp["two-factor"] === "off" && (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm">
          Two-step sign-in is off.
        </p>
      )}

      <Section title="Profile" id="profile">
        <SimpleForm
          action={updateProfileAction}
          idPrefix="profile"
          submitLabel="Save details"
          fields={[
            { name: "name", label: "Your name", autoComplete: "name", maxLength: 120, defaultValue: a.name },
            ...(a.role === "sme"
              ? ([
                  { name: "companyName", label: "Company name", maxLength: 200, defaultValue: a.company.name ?? "" },
                  {
                    name: "companySize",
                    label: "Company size",
                    type: "select",
                    placeholder: "Choose…",
                    defaultValue: a.company.size ?? "",
                    options: COMPANY_SIZES.map((s) => ({ value: s.code, label: s.name })),
                  },
                  {
                    name: "companyCountry",
                    label: "Country",
                    type: "select",
                    placeholder: "Choose…",
                    defaultValue: a.company.country ?? "",
                    options: COUNTRIES.map((c) => ({ value: c.code, label: c.name })),
                  },
                  {
                    name: "companySector",
                    label: "Sector",
                    type: "select",
                    placeholder: "Choose…",
                    defaultValue: a.company.sector ?? "",
                    options: SECTORS.map((s) => ({ value: s.code, label: `${s.code} — ${s.name}` })),
                  },
                ] as const)
              : []),
          ]}
        />
      </Section>

      {(a.memberships.length > 0 || a.role === "university") && (
        <Section title="Your institutions" id="memberships">
          {a.memberships.length > 0 ? (
            <MembershipList memberships={a.memberships} />
          ) : (
            <p className="text-sm text-slate-700">You are not a member of any institution yet.</p>
          )}
          {canRequestMembership(ctx.viewer) && (
            <p className="mt-3 text-sm">
              <Link href="/account/institutions">Join another institution, or leave one</Link>
            </p>
          )}
        </Section>
      )}

      <Section title="E-mail address" id="email">
        <p className="mb-4 text-sm text-slate-700">
          We send a link to the new address; nothing changes until you open it. Your current address is told about the
          change.
        </p>
        <SimpleForm
          action={changeEmailAction}
          idPrefix="email"
          submitLabel="Change e-mail address"
          submitClassName={secondaryButtonClass}
          fields={[
            { name: "newEmail", label: "New e-mail address", type: "email", autoComplete: "email", maxLength: 254 },
            {
              name: "currentPassword",
              label: "Current password",
              hint: "To check it is you",
              type: "password",
              autoComplete: "current-password",
              maxLength: 128,
            },
          ]}
        />
      </Section>

      <Section title="Two-step sign-in" id="two-factor">
        {ctx.viewer.twoFactor ? (
          <div className="space-y-6">
            <p className="text-sm text-slate-700">
              <strong>On.</strong> Signing in asks for a code from your authenticator app (or a backup code) after your
              password.
              {hasStaffRole(ctx.viewer) && " Your role needs it: turning it off closes the staff pages to you."}
            </p>
            <div>
              <h3 className="mb-2 font-semibold">New backup codes</h3>
              <p className="mb-3 text-sm text-slate-700">The old codes stop working.</p>
              <RenewBackupCodes action={renewBackupCodesAction} />
            </div>
            <div>
              <h3 className="mb-2 font-semibold">Turn off</h3>
              <TurnOffTwoFactor action={turnOffTwoFactorAction} />
            </div>
          </div>
        ) : (
          <p className="text-sm text-slate-700">
            Off. A code from an app on your phone after your password keeps the account safe even if the password leaks
            {hasStaffRole(ctx.viewer) ? "; your role needs it" : ""}.{" "}
            <Link href="/account/two-factor">Set up two-step sign-in</Link>
          </p>
        )}
      </Section>

      <Section title="Password" id="password">
        <SimpleForm
          action={changePasswordAction}
          idPrefix="password"
          submitLabel="Change password"
          submitClassName={secondaryButtonClass}
          fields={[
            {
              name: "currentPassword",
              label: "Current password",
              type: "password",
              autoComplete: "current-password",
              maxLength: 128,
            },
            {
              name: "newPassword",
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
      </Section>

      <Section title="Your data" id="data">
        <p className="text-sm text-slate-700">
          Everything we hold about you — account, memberships, activity, e-mails sent to you — as a JSON file.
        </p>
        <p className="mt-3">
          <a href="/account/data" download className={secondaryButtonClass}>
            Download my data
          </a>
        </p>
      </Section>

      <Section title="Delete your account" id="delete">
        <p className="mb-4 text-sm text-slate-700">
          This removes your personal details, sign-in, memberships, shortlists and saved searches at once and cannot be
          undone. Listings you wrote stay with your institution.
        </p>
        <SimpleForm
          action={deleteAccountAction}
          idPrefix="delete"
          submitLabel="Delete my account"
          submitClassName={dangerButtonClass}
          fields={[
            {
              name: "password",
              label: "Your password",
              type: "password",
              autoComplete: "current-password",
              maxLength: 128,
            },
            {
              name: "confirm",
              label: "Confirm",
              type: "checkbox",
              hint: "I understand my account will be deleted for good.",
            },
          ]}
        />
      </Section>
    </div>
  );
}

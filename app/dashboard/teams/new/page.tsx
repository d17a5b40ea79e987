import { requireSignedIn } from "@/lib/auth/require-sign-in";
import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { InstitutionPicker } from "@/components/forms/institution-picker";
import { draftFromInput } from "@/lib/validation/listing-draft";
import { TeamEditor } from "@/components/forms/team-editor";
import { getAccount } from "@/lib/dal/accounts/profile";
import { requestContext } from "@/lib/dal/request-context";
import { searchInstitutions } from "@/lib/dal/institutions/find";
import { findInstitutionBySlug, keywordSuggestions, listOwnInstitutions } from "@/lib/dal/teams/owner-queries";
import { canCreateTeam, canModerateTeams } from "@/lib/policy";
import { isSlug } from "@/lib/slug";
import { institutionQueryParam } from "@/lib/validation/institution";
import { createTeamAction } from "../actions";

export const metadata: Metadata = { title: "Create a listing" };

export default async function NewTeamPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await requestContext();
  requireSignedIn(ctx, "/dashboard/teams/new");
  const sp = await searchParams;
  const wanted = typeof sp.institution === "string" && isSlug(sp.institution) ? sp.institution : null;
  const own = listOwnInstitutions(ctx);
  const staff = canModerateTeams(ctx.viewer);
  if (!staff && own.length === 0) notFound();

  const chosen = wanted
    ? (own.find((i) => i.slug === wanted) ?? (staff ? findInstitutionBySlug(ctx, wanted) : null))
    : own.length === 1
      ? own[0]!
      : null;
  if (!chosen) {
    const q = institutionQueryParam(sp.q);
    return (
      <div className="mx-auto max-w-2xl space-y-6">
        <h1 className="text-3xl font-bold tracking-tight">Create a listing</h1>
        {wanted && (
          <p role="alert" className="text-red-800">
            There is no institution with the address &ldquo;{wanted}&rdquo; that you can list teams for.
          </p>
        )}
        {own.length > 0 && (
          <section aria-labelledby="own-heading" className="space-y-2">
            <h2 id="own-heading" className="text-lg font-semibold">
              {staff ? "Your institutions" : "Which institution is the team at?"}
            </h2>
            <ul className="list-disc pl-6">
              {own.map((i) => (
                <li key={i.id}>
                  <Link href={`/dashboard/teams/new?institution=${i.slug}`}>{i.name}</Link>
                </li>
              ))}
            </ul>
          </section>
        )}
        {staff && (
          <InstitutionPicker
            label="Institution the team is at"
            hint="Type part of its name, an acronym, its city or country, or its ROR id, then choose it."
            path="/dashboard/teams/new"
            chooseParam="institution"
            query={q}
            results={q ? searchInstitutions(ctx, q, 20) : null}
          />
        )}
      </div>
    );
  }
  if (!canCreateTeam(ctx.viewer, chosen.id)) notFound();
  const account = getAccount(ctx);
  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm text-slate-600">
          <Link href="/dashboard">Your listings</Link> › New
        </p>
        <h1 className="text-3xl font-bold tracking-tight">Create a listing</h1>
        <p className="mt-1 text-slate-700">
          For {chosen.name}
          {(staff || own.length > 1) && (
            <>
              {" "}
              (<Link href="/dashboard/teams/new">choose another institution</Link>)
            </>
          )}
          . It is saved as a draft; nobody else sees it until you submit it for review and a curator publishes it.
        </p>
      </header>
      <TeamEditor
        action={createTeamAction}
        initial={draftFromInput(null, { contactEmail: account.email })}
        institution={chosen}
        hidden={{ institutionId: String(chosen.id), idempotencyKey: randomUUID() }}
        keywordSuggestions={keywordSuggestions(ctx)}
        submitLabel="Save draft"
        notice="A draft needs only a name: save it whenever you like and come back. Submitting it for review needs the rest (summary, keywords, fields of science, kinds of knowledge, languages and a contact e-mail)."
      />
    </div>
  );
}

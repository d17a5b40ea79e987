import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/forms/action-button";
import { InstitutionPicker } from "@/components/forms/institution-picker";
import { inputClass, labelClass, secondaryButtonClass } from "@/components/forms/styles";
import { Pagination } from "@/components/pagination";
import { requestContext } from "@/lib/dal/request-context";
import { listInstitutionsForCuration, type InstitutionFilter } from "@/lib/dal/institutions/curation";
import { isSlug } from "@/lib/slug";
import { pageParam } from "@/lib/validation/browse";
import { institutionQueryParam } from "@/lib/validation/institution";
import { setInstitutionStatusAction } from "../actions";

export const metadata: Metadata = { title: "Institutions" };

const FILTERS: { value: InstitutionFilter; label: string }[] = [
  { value: "with-activity", label: "With listings or members" },
  { value: "unverified", label: "Not verified" },
  { value: "verified", label: "Verified" },
  { value: "trusted", label: "Trusted" },
  { value: "all", label: "All" },
];

export default async function CurateInstitutionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const sp = await searchParams;
  const q = institutionQueryParam(sp.q);
  const slug = typeof sp.institution === "string" && isSlug(sp.institution) ? sp.institution : undefined;
  const filter = FILTERS.find((f) => f.value === sp.filter)?.value ?? "with-activity";
  const page = pageParam.safeParse(sp.page).data ?? 1;
  const ctx = await requestContext();
  const result = listInstitutionsForCuration(ctx, { q: slug ? "" : q, slug, filter, page });
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Institutions</h1>
      <p className="text-slate-700">
        <strong>Verified</strong>: you have checked the institution and its e-mail domains; staff with a matching
        address join without waiting. <strong>Trusted</strong>: its members&apos; listings and edits go live without
        review.
      </p>
      <div className="rounded-lg border border-slate-200 bg-white p-4">
        <InstitutionPicker
          label="Name, city, country, ROR id or e-mail domain"
          hint="Choose a suggestion to see that institution alone, or search to list every match."
          path="/curate/institutions"
          chooseParam="institution"
          query={slug ? "" : q}
          results={null}
          submitLabel="Search"
        >
          <div className="max-w-xs">
            <label htmlFor="filter" className={labelClass}>
              Show
            </label>
            <select id="filter" name="filter" defaultValue={filter} className={inputClass}>
              {FILTERS.map((f) => (
                <option key={f.value} value={f.value}>
                  {f.label}
                </option>
              ))}
            </select>
          </div>
        </InstitutionPicker>
      </div>
      {slug && (
        <p className="text-sm">
          <Link href="/curate/institutions">Show all institutions again</Link>
        </p>
      )}
      <p className="text-sm text-slate-700">
        {result.total} institution{result.total === 1 ? "" : "s"}
      </p>
      <table className="w-full border-collapse bg-white text-left text-sm">
        <caption className="sr-only">Institutions</caption>
        <thead className="border-b border-slate-300">
          <tr>
            <th scope="col" className="p-2">
              Institution
            </th>
            <th scope="col" className="p-2">
              Domains
            </th>
            <th scope="col" className="p-2">
              Listings / members
            </th>
            <th scope="col" className="p-2">
              Verified
            </th>
            <th scope="col" className="p-2">
              Trusted
            </th>
          </tr>
        </thead>
        <tbody>
          {result.items.map((i) => (
            <tr key={i.id} className="border-b border-slate-100 align-top">
              <td className="p-2">
                <Link href={`/institutions/${i.slug}`}>{i.name}</Link>
                <span className="block text-slate-600">{[i.city, i.countryCode].filter(Boolean).join(", ")}</span>
              </td>
              <td className="p-2">{i.emailDomains.join(", ") || "—"}</td>
              <td className="p-2">
                {i.teamCount} / {i.memberCount}
              </td>
              <td className="p-2">
                <p>{i.verified ? "Yes" : "No"}</p>
                <ActionButton
                  action={setInstitutionStatusAction}
                  hidden={{ institutionId: String(i.id), field: "verified", value: String(!i.verified) }}
                  label={i.verified ? `Unverify ${i.name}` : `Verify ${i.name}`}
                  className={`${secondaryButtonClass} text-xs`}
                />
              </td>
              <td className="p-2">
                <p>{i.trusted ? "Yes" : "No"}</p>
                {(i.verified || i.trusted) && (
                  <ActionButton
                    action={setInstitutionStatusAction}
                    hidden={{ institutionId: String(i.id), field: "trusted", value: String(!i.trusted) }}
                    label={i.trusted ? `Stop trusting ${i.name}` : `Trust ${i.name}`}
                    className={`${secondaryButtonClass} text-xs`}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination page={page} pageCount={result.pageCount} basePath="/curate/institutions" params={sp} />
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { SimpleForm } from "@/components/forms/simple-form";
import { requestContext } from "@/lib/dal/request-context";
import { listSynonymGroupsForCuration } from "@/lib/dal/curation/synonyms";
import { DEFAULT_SYNONYM_GROUPS } from "@/lib/search/synonym-data";
import { SYNONYM_LIMITS } from "@/lib/validation/synonyms";
import { orNotFound } from "../or-not-found";
import { createSynonymGroupAction } from "./actions";

export const metadata: Metadata = { title: "Search synonyms" };

const quoted = (terms: readonly string[]) => terms.map((t) => `“${t}”`).join(", ");

export default async function CurateSynonymsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const sp = await searchParams;
  const ctx = await requestContext();
  const groups = orNotFound(() => listSynonymGroupsForCuration(ctx));
  const removed = typeof sp.removed === "string" ? sp.removed.slice(0, 300) : null;
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Search synonyms</h1>
        <p className="mt-2 max-w-3xl text-slate-700">
          Firms describe their needs in their own words. A synonym group lists words or phrases that mean the same thing
          to someone looking for expertise — for example “sewage”, “wastewater” and “effluent” — so a search for any of
          them also finds teams that use the others. Groups that share a word are joined with each other and with the
          built-in groups. Changes reach search within a second.
        </p>
      </header>
      {removed && (
        <p
          role="status"
          className="rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-950"
        >
          The group {removed} was removed.
        </p>
      )}
      <section aria-labelledby="curated-groups">
        <h2 id="curated-groups" className="text-xl font-semibold">
          Curators’ groups ({groups.length})
        </h2>
        {groups.length === 0 ? (
          <p className="mt-2 text-slate-700">None yet. Add one below.</p>
        ) : (
          <table className="mt-3 w-full border-collapse bg-white text-left text-sm">
            <caption className="sr-only">Curators’ synonym groups</caption>
            <thead className="border-b border-slate-300">
              <tr>
                <th scope="col" className="p-2">
                  Words and phrases
                </th>
                <th scope="col" className="p-2">
                  Note
                </th>
                <th scope="col" className="p-2">
                  Added
                </th>
                <th scope="col" className="p-2">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => (
                <tr key={g.id} className="border-b border-slate-100 align-top">
                  <td className="p-2">{quoted(g.terms)}</td>
                  <td className="p-2 text-slate-700">{g.note ?? ""}</td>
                  <td className="p-2">
                    {g.createdAt.toLocaleDateString("en-GB", { dateStyle: "medium", timeZone: "UTC" })}
                    {g.addedBy ? ` by ${g.addedBy}` : ""}
                  </td>
                  <td className="p-2">
                    <Link href={`/curate/synonyms/${g.id}`} aria-label={`Edit or remove ${quoted(g.terms)}`}>
                      Edit or remove
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="new-group" className="max-w-2xl rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="new-group" className="text-xl font-semibold">
          Add a synonym group
        </h2>
        <div className="mt-4">
          <SynonymGroupForm />
        </div>
      </section>
      <section aria-labelledby="built-in" className="max-w-3xl">
        <h2 id="built-in" className="text-xl font-semibold">
          Built-in groups ({DEFAULT_SYNONYM_GROUPS.length})
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          Always in use. Acronyms, British and American spellings and plain words for technical ones. To widen one, add
          a group that shares one of its words.
        </p>
        <details className="mt-2 rounded-md border border-slate-200 bg-white p-3 text-sm">
          <summary className="cursor-pointer font-medium">Show the built-in groups</summary>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {DEFAULT_SYNONYM_GROUPS.map((g) => (
              <li key={g.join("|")}>{quoted(g)}</li>
            ))}
          </ul>
        </details>
      </section>
    </div>
  );
}

function SynonymGroupForm() {
  return (
    <SimpleForm
      action={createSynonymGroupAction}
      idPrefix="new-synonyms"
      submitLabel="Add group"
      fields={[
        {
          name: "terms",
          label: "Words and phrases",
          type: "textarea",
          rows: 5,
          hint: `One per line (or separated by commas), ${SYNONYM_LIMITS.termsMin} to ${SYNONYM_LIMITS.termsMax} of them, each a word or a short phrase. For example: sewage, wastewater, effluent.`,
        },
        {
          name: "note",
          label: "Note for other curators",
          type: "textarea",
          rows: 2,
          optional: true,
          maxLength: SYNONYM_LIMITS.noteMax,
          hint: "Why the group helps, e.g. the searches that found nothing without it.",
        },
      ]}
    />
  );
}

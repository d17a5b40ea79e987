import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SimpleForm } from "@/components/forms/simple-form";
import { requestContext } from "@/lib/dal/request-context";
import { getSynonymGroup } from "@/lib/dal/curation/synonyms";
import { SYNONYM_LIMITS, synonymGroupIdParam } from "@/lib/validation/synonyms";
import { orNotFound } from "../../or-not-found";
import { deleteSynonymGroupAction, updateSynonymGroupAction } from "../actions";

export const metadata: Metadata = { title: "Edit synonym group" };

export default async function EditSynonymGroupPage({ params }: { params: Promise<{ id: string }> }) {
  const id = synonymGroupIdParam.safeParse((await params).id);
  if (!id.success) notFound();
  const ctx = await requestContext();
  const group = orNotFound(() => getSynonymGroup(ctx, id.data));
  const hidden = { group: String(group.id) };
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href="/curate/synonyms">All synonym groups</Link>
        </p>
        <h1 className="text-3xl font-bold tracking-tight">Edit synonym group</h1>
        <p className="text-slate-700">
          Added {group.createdAt.toLocaleDateString("en-GB", { dateStyle: "medium", timeZone: "UTC" })}
          {group.addedBy ? ` by ${group.addedBy}` : ""}.
        </p>
      </header>
      <section aria-labelledby="edit-group" className="max-w-2xl rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="edit-group" className="text-xl font-semibold">
          Words and phrases
        </h2>
        <div className="mt-4">
          <SimpleForm
            action={updateSynonymGroupAction}
            idPrefix="edit-synonyms"
            submitLabel="Save group"
            hidden={hidden}
            fields={[
              {
                name: "terms",
                label: "Words and phrases",
                type: "textarea",
                rows: 5,
                defaultValue: group.terms.join("\n"),
                hint: `One per line (or separated by commas), ${SYNONYM_LIMITS.termsMin} to ${SYNONYM_LIMITS.termsMax} of them.`,
              },
              {
                name: "note",
                label: "Note for other curators",
                type: "textarea",
                rows: 2,
                optional: true,
                maxLength: SYNONYM_LIMITS.noteMax,
                defaultValue: group.note ?? "",
              },
            ]}
          />
        </div>
      </section>
      <section aria-labelledby="remove-group" className="max-w-2xl rounded-lg border border-red-200 bg-white p-5">
        <h2 id="remove-group" className="text-xl font-semibold">
          Remove the group
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          Searches stop treating these words as the same from the next search on. The audit log keeps what the group
          held.
        </p>
        <div className="mt-4">
          <SimpleForm
            action={deleteSynonymGroupAction}
            hidden={hidden}
            submitLabel="Remove group"
            variant="danger"
            label="Remove the group"
            messageBeside
          />
        </div>
      </section>
    </div>
  );
}

import Link from "next/link";
import { ActionButton } from "@/components/forms/action-button";
import { SimpleForm } from "@/components/forms/simple-form";
import { dangerButtonClass, secondaryButtonClass } from "@/components/forms/styles";
import { hiddenReason } from "@/components/collections/hidden-reason";
import { DemoNotice } from "@/components/demo-notice";
import { label } from "@/components/labels";
import type { CuratedEntry } from "@/lib/dal/curation/collections";
import { COLLECTION_LIMITS } from "@/lib/validation/collection";
import { moveCollectionTeamAction, removeCollectionTeamAction, setCollectionTeamNoteAction } from "../actions";

const small = "px-3 py-1 text-sm";

/** The collection's teams in order, each with move, note and remove controls (plain forms). */
export function EntryList({ collection, entries }: { collection: string; entries: CuratedEntry[] }) {
  if (entries.length === 0) return <p className="text-slate-700">No teams yet. Find some below.</p>;
  return (
    <ol className="space-y-4" aria-label="Teams in this collection">
      {entries.map((e, i) => {
        const ref = { collection, team: e.team.slug };
        const name = e.team.name;
        return (
          <li
            key={e.team.slug}
            className={`rounded-lg border bg-white p-4 ${e.hidden ? "border-amber-400" : "border-slate-200"}`}
          >
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div>
                <h3 className="font-semibold">
                  <span className="text-slate-600">{i + 1}. </span>
                  <Link href={e.hidden ? `/dashboard/teams/${e.team.slug}` : `/teams/${e.team.slug}`}>{name}</Link>
                </h3>
                <p className="text-sm text-slate-600">
                  {e.team.institutionName} · {label.country(e.team.countryCode)}{" "}
                  {e.team.isDemo && <DemoNotice compact />}
                </p>
                {e.hidden ? (
                  <p className="mt-1 text-sm font-medium text-amber-900">
                    Hidden from visitors: {hiddenReason(e.hidden)}.
                  </p>
                ) : (
                  <p className="mt-1 text-sm text-emerald-800">Shown publicly</p>
                )}
              </div>
              <div className="flex flex-wrap items-start gap-2">
                {i > 0 && (
                  <ActionButton
                    action={moveCollectionTeamAction}
                    hidden={{ ...ref, direction: "up" }}
                    label={
                      <>
                        Move up<span className="sr-only"> {name}</span>
                      </>
                    }
                    className={`${secondaryButtonClass} ${small}`}
                  />
                )}
                {i < entries.length - 1 && (
                  <ActionButton
                    action={moveCollectionTeamAction}
                    hidden={{ ...ref, direction: "down" }}
                    label={
                      <>
                        Move down<span className="sr-only"> {name}</span>
                      </>
                    }
                    className={`${secondaryButtonClass} ${small}`}
                  />
                )}
                <ActionButton
                  action={removeCollectionTeamAction}
                  hidden={ref}
                  label={
                    <>
                      Remove<span className="sr-only"> {name}</span>
                    </>
                  }
                  className={`${dangerButtonClass} ${small}`}
                />
              </div>
            </div>
            <div className="mt-3">
              <SimpleForm
                action={setCollectionTeamNoteAction}
                idPrefix={`note-${e.team.slug}`}
                submitLabel="Save note"
                submitClassName={`${secondaryButtonClass} ${small}`}
                fields={[
                  { name: "collection", label: "", type: "hidden", defaultValue: collection },
                  { name: "team", label: "", type: "hidden", defaultValue: e.team.slug },
                  {
                    name: "note",
                    label: `Why “${name}” is in this collection`,
                    type: "textarea",
                    optional: true,
                    rows: 2,
                    maxLength: COLLECTION_LIMITS.entryNoteMax,
                    defaultValue: e.note ?? "",
                  },
                ]}
              />
            </div>
          </li>
        );
      })}
    </ol>
  );
}

import { randomUUID } from "node:crypto";
import { ActionButton } from "@/components/forms/action-button";
import { SimpleForm } from "@/components/forms/simple-form";
import { inputClass, labelClass, secondaryButtonClass } from "@/components/forms/styles";
import { label } from "@/components/labels";
import type { TeamSearchHit } from "@/lib/search/service";
import { COLLECTION_LIMITS } from "@/lib/validation/collection";
import { addTeamToCollectionAction } from "../actions";

/**
 * Two ways to add a team, both plain forms: find published teams with the site's own search and
 * press Add, or give a team's address (which also reaches listings not yet published).
 */
export function AddTeam({
  collection,
  find,
  hits,
  inCollection,
}: {
  collection: string;
  find: string;
  hits: TeamSearchHit[] | null;
  inCollection: ReadonlySet<string>;
}) {
  return (
    <div className="space-y-6">
      <form method="get" role="search" aria-label="Find teams to add" className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <label htmlFor="find" className={labelClass}>
            Find teams by name or topic
          </label>
          <input id="find" name="find" type="search" defaultValue={find} maxLength={200} className={inputClass} />
        </div>
        <button type="submit" className={secondaryButtonClass}>
          Find teams
        </button>
      </form>
      {hits !== null &&
        (hits.length === 0 ? (
          <p className="text-slate-700">
            No published teams match “{find}”. Try other words, or add a team by its address.
          </p>
        ) : (
          <ul
            aria-label="Teams found"
            className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
          >
            {hits.map(({ team }) => (
              <li key={team.slug} className="flex flex-wrap items-center justify-between gap-3 p-3">
                <div>
                  <p className="font-medium">{team.name}</p>
                  <p className="text-sm text-slate-600">
                    {team.institution.name} · {label.country(team.institution.countryCode)}
                  </p>
                </div>
                {inCollection.has(team.slug) ? (
                  <span className="text-sm text-slate-700">Already in this collection</span>
                ) : (
                  <ActionButton
                    action={addTeamToCollectionAction}
                    hidden={{ collection, team: team.slug, find, idempotencyKey: randomUUID() }}
                    label={
                      <>
                        Add<span className="sr-only"> “{team.name}”</span>
                      </>
                    }
                    className={`${secondaryButtonClass} px-3 py-1 text-sm`}
                  />
                )}
              </li>
            ))}
          </ul>
        ))}
      <div className="max-w-2xl">
        <h3 className="text-lg font-semibold">Or add a team by its address</h3>
        <div className="mt-2">
          <SimpleForm
            action={addTeamToCollectionAction}
            idPrefix="add-by-address"
            submitLabel="Add team"
            fields={[
              { name: "collection", label: "", type: "hidden", defaultValue: collection },
              { name: "idempotencyKey", label: "", type: "hidden", defaultValue: randomUUID() },
              {
                name: "team",
                label: "Team address",
                hint: "The end of the team's page address, e.g. manchester-graphene-coatings, or paste the whole link. Listings not yet published can be added; they stay hidden until they are.",
                maxLength: 300,
              },
              {
                name: "note",
                label: "Why it is in this collection",
                type: "textarea",
                optional: true,
                rows: 2,
                maxLength: COLLECTION_LIMITS.entryNoteMax,
              },
            ]}
          />
        </div>
      </div>
    </div>
  );
}

import { randomUUID } from "node:crypto";
import Link from "next/link";
import { InstitutionPicker } from "@/components/forms/institution-picker";
import { SimpleForm } from "@/components/forms/simple-form";
import { label } from "@/components/labels";
import type { DalContext } from "@/lib/dal/context";
import { searchInstitutions } from "@/lib/dal/institutions/find";
import { getInstitutionToJoin } from "@/lib/dal/accounts/membership-claims";
import { isSlug } from "@/lib/slug";
import { requestMembershipAction } from "./actions";

const STANDING: Record<"active" | "pending", string> = {
  active: "You are already a member here.",
  pending: "You have already asked to join; see above.",
};

/** "Join another institution": find it, then give evidence. */
export function JoinSection({
  ctx,
  institutionParam,
  q,
}: {
  ctx: DalContext;
  institutionParam: string | null;
  q: string;
}) {
  const chosen =
    institutionParam !== null && isSlug(institutionParam) ? getInstitutionToJoin(ctx, institutionParam) : null;
  return (
    <section aria-labelledby="join-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-6">
      <h2 id="join-heading" className="text-xl font-semibold">
        Join another institution
      </h2>
      {institutionParam !== null && !chosen && (
        <p role="alert" className="text-red-800">
          There is no institution at that address. Search for it below.
        </p>
      )}
      {chosen ? (
        <div className="space-y-4">
          <h3 className="text-lg font-semibold">Ask to join {chosen.name}</h3>
          <p className="text-sm text-slate-700">
            {[chosen.city, label.country(chosen.countryCode)].filter(Boolean).join(", ")} ·{" "}
            <Link href={`/account/institutions`}>choose a different institution</Link>
          </p>
          {chosen.standing === "active" || chosen.standing === "pending" ? (
            <p className="text-slate-800">{STANDING[chosen.standing]}</p>
          ) : (
            <>
              <p className="text-sm text-slate-700">
                {chosen.emailDomains.length > 0
                  ? `Give your address at ${chosen.name} (ending in ${chosen.emailDomains.join(", ")}) and we will e-mail it a link. ${
                      chosen.verified
                        ? "Once you open it, signed in to this account, you are a member."
                        : "Once you open it, a curator checks your request."
                    }`
                  : `We have no e-mail domains on record for ${chosen.name}: write a note so a curator can check that you work there.`}{" "}
                Without such an address, write a note for the curator instead (for example who can vouch for you).
                {chosen.standing === "rejected" &&
                  " Your earlier request was turned down; you can ask again with better evidence."}
              </p>
              <SimpleForm
                action={requestMembershipAction}
                idPrefix="join"
                submitLabel={`Ask to join ${chosen.name}`}
                fields={[
                  { name: "institution", label: "", type: "hidden", defaultValue: chosen.slug },
                  { name: "idempotencyKey", label: "", type: "hidden", defaultValue: randomUUID() },
                  {
                    name: "email",
                    label: `Your e-mail address at ${chosen.name}`,
                    type: "email",
                    optional: true,
                    autoComplete: "email",
                    maxLength: 254,
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
                    label: "Note for the curator",
                    type: "textarea",
                    optional: true,
                    maxLength: 1000,
                    rows: 3,
                  },
                ]}
              />
            </>
          )}
        </div>
      ) : (
        <InstitutionPicker
          label="Find the institution"
          hint="Type part of its name, an acronym, its city or country, or its ROR id, then choose it."
          path="/account/institutions"
          chooseParam="institution"
          query={q}
          results={q ? searchInstitutions(ctx, q, 20) : null}
          resultsLevel={3}
        />
      )}
    </section>
  );
}

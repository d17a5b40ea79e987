// The "At a glance" sidebar of a team's profile. One component for the public page (`links`:
// fields link to browsing, the lead's ORCID and the website are links, and the date the listing was
// last confirmed is shown) and for previews (plain text: a draft's links are not vetted yet, and
// it has no confirmation date).
import Link from "next/link";
import type { TeamProfile } from "@/lib/dal/teams/types";
import { label } from "./labels";
import { ProfileSection } from "./team-profile-sections";

type Glance = Pick<
  TeamProfile,
  | "languages"
  | "knowledgeTypes"
  | "fields"
  | "sectors"
  | "facilities"
  | "leadName"
  | "leadOrcid"
  | "website"
  | "confirmedAt"
  | "updatedAt"
>;

const term = "font-medium text-slate-600";

export function TeamAtAGlance({ team, level, links = false }: { team: Glance; level: 2 | 3; links?: boolean }) {
  return (
    <ProfileSection level={level} title="At a glance">
      <dl className="space-y-3 text-sm">
        <div>
          <dt className={term}>Languages spoken</dt>
          <dd>{team.languages.map(label.language).join(", ") || "Not stated"}</dd>
        </div>
        <div>
          <dt className={term}>Kinds of knowledge</dt>
          <dd>{team.knowledgeTypes.map(label.knowledgeType).join(", ") || "Not stated"}</dd>
        </div>
        <div>
          <dt className={term}>Fields</dt>
          <dd>
            {team.fields.length === 0
              ? "Not stated"
              : links
                ? team.fields.map((f) => (
                    <Link
                      key={f}
                      href={`/teams?field=${encodeURIComponent(f)}`}
                      // 24 px high at least: links one above the other are easy to tap (WCAG 2.5.8).
                      className="mr-2 inline-block min-h-6 py-0.5"
                    >
                      {label.field(f)}
                    </Link>
                  ))
                : team.fields.map(label.field).join("; ")}
          </dd>
        </div>
        <div>
          <dt className={term}>Sectors served</dt>
          <dd>{team.sectors.map(label.sector).join("; ") || "Not stated"}</dd>
        </div>
        {team.facilities.length > 0 && (
          <div>
            <dt className={term}>Facilities</dt>
            <dd>
              <ul className="list-disc pl-5">
                {team.facilities.map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {team.leadName && (
          <div>
            <dt className={term}>Team lead</dt>
            <dd>
              {team.leadName}
              {team.leadOrcid &&
                (links ? (
                  <>
                    {" "}
                    (
                    <a href={`https://orcid.org/${team.leadOrcid}`} rel="noopener">
                      ORCID {team.leadOrcid}
                    </a>
                    )
                  </>
                ) : (
                  <> (ORCID {team.leadOrcid})</>
                ))}
            </dd>
          </div>
        )}
        {team.website && (
          <div>
            <dt className={term}>Website</dt>
            <dd className="break-all">
              {links ? (
                <a href={team.website} rel="noopener nofollow">
                  {team.website}
                </a>
              ) : (
                team.website
              )}
            </dd>
          </div>
        )}
        {links && (
          <div>
            <dt className={term}>Listing last confirmed</dt>
            <dd>
              {(team.confirmedAt ?? team.updatedAt).toLocaleDateString("en-GB", {
                year: "numeric",
                month: "long",
                day: "numeric",
              })}
            </dd>
          </div>
        )}
      </dl>
    </ProfileSection>
  );
}

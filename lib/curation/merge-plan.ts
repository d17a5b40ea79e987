// What a listing looks like after a duplicate is merged into it. Pure: the merge page previews
// exactly what the DAL then writes.
//
// The rule, kept simple and explicit: single-valued fields (name, summary, description,
// availability, lead, website, contact) come whole from one side — the survivor unless the curator
// chooses the duplicate; lists are united (survivor's entries first) up to the editor's limits;
// an engagement mode both offer takes its cost and duration from the chosen side; the duplicate's
// case studies move unless they are exact copies, up to the limit. Whatever does not fit stays
// on the archived duplicate, and the preview says so.
import { ENGAGEMENT_MODES } from "@/lib/reference/engagement";
import { TEAM_LIMITS, type TeamInput } from "@/lib/validation/team";

export type ScalarSource = "survivor" | "duplicate";

export const SCALAR_FIELDS = [
  "name",
  "summary",
  "description",
  "availability",
  "leadName",
  "leadOrcid",
  "website",
  "contactEmail",
] as const;

export const LIST_FIELDS = ["keywords", "fields", "sectors", "knowledgeTypes", "facilities", "languages"] as const;
export type ListField = (typeof LIST_FIELDS)[number];

const LIST_LIMITS: Record<ListField, number> = {
  keywords: TEAM_LIMITS.keywords,
  fields: TEAM_LIMITS.fields,
  sectors: Number.POSITIVE_INFINITY,
  knowledgeTypes: Number.POSITIVE_INFINITY,
  facilities: TEAM_LIMITS.facilities,
  languages: TEAM_LIMITS.languages,
};

export interface MergePlan {
  /** The survivor's listing after the merge. */
  input: TeamInput;
  /** Indexes into the duplicate's case studies that move to the survivor. */
  caseStudiesToMove: number[];
  /** The duplicate's case studies that stay with it, and why. */
  caseStudiesLeft: { index: number; reason: "exact copy" | "limit reached" }[];
  /** Values the duplicate adds to each list. */
  added: Record<ListField, string[]>;
  /** Values that did not fit under the editor's limits. */
  dropped: Record<ListField, string[]>;
  /** Engagement modes only the duplicate offered. */
  modesAdded: string[];
}

const caseKey = (c: TeamInput["caseStudies"][number]) =>
  JSON.stringify([
    c.partnerKind,
    c.partnerCountry ?? null,
    c.year ?? null,
    c.challenge.trim(),
    c.whatWasDone.trim(),
    c.outcome.trim(),
  ]);

const MODE_ORDER: string[] = ENGAGEMENT_MODES.map((m) => m.code);

export function planMerge(survivor: TeamInput, duplicate: TeamInput, keep: ScalarSource = "survivor"): MergePlan {
  const scalars = keep === "survivor" ? survivor : duplicate;
  const input: TeamInput = { ...survivor };
  for (const f of SCALAR_FIELDS) (input as Record<string, unknown>)[f] = scalars[f];

  const added = {} as Record<ListField, string[]>;
  const dropped = {} as Record<ListField, string[]>;
  for (const f of LIST_FIELDS) {
    const have = new Set(survivor[f]);
    const extra = duplicate[f].filter((v) => !have.has(v));
    const room = Math.max(0, LIST_LIMITS[f] - survivor[f].length);
    added[f] = extra.slice(0, room);
    dropped[f] = extra.slice(room);
    input[f] = [...survivor[f], ...added[f]];
  }

  const modes = new Map(survivor.engagementModes.map((m) => [m.mode, m]));
  const modesAdded: string[] = [];
  for (const m of duplicate.engagementModes) {
    if (!modes.has(m.mode)) modesAdded.push(m.mode);
    if (!modes.has(m.mode) || keep === "duplicate") modes.set(m.mode, m);
  }
  input.engagementModes = [...modes.values()].sort((a, b) => MODE_ORDER.indexOf(a.mode) - MODE_ORDER.indexOf(b.mode));

  const seen = new Set(survivor.caseStudies.map(caseKey));
  const caseStudiesToMove: number[] = [];
  const caseStudiesLeft: MergePlan["caseStudiesLeft"] = [];
  duplicate.caseStudies.forEach((c, index) => {
    const key = caseKey(c);
    if (seen.has(key)) caseStudiesLeft.push({ index, reason: "exact copy" });
    else if (survivor.caseStudies.length + caseStudiesToMove.length >= TEAM_LIMITS.caseStudies)
      caseStudiesLeft.push({ index, reason: "limit reached" });
    else {
      seen.add(key);
      caseStudiesToMove.push(index);
    }
  });
  input.caseStudies = [...survivor.caseStudies, ...caseStudiesToMove.map((i) => duplicate.caseStudies[i]!)];

  return { input, caseStudiesToMove, caseStudiesLeft, added, dropped, modesAdded };
}

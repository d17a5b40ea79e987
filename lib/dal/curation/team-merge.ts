import "server-only";
import { and, asc, count, eq, inArray } from "drizzle-orm";
import {
  caseStudies,
  collectionTeams,
  introductionRequests,
  requestSuggestions,
  shortlists,
  teamEngagementModes,
  teams,
} from "@/db/schema";
import { planMerge, type MergePlan, type ScalarSource } from "@/lib/curation/merge-plan";
import { mail } from "@/lib/email/templates";
import { appUrl } from "@/lib/env";
import { badRequest, conflict, notFound } from "@/lib/errors";
import { canMergeTeams } from "@/lib/policy";
import { teamInputSchema, type TeamInput } from "@/lib/validation/team";
import { recordAudit } from "../internal/audit";
import type { DalContext } from "../context";
import type { DbOrTx, Tx } from "../db-types";
import { loadTeamBundle, snapshot, teamColumns, type TeamBundle } from "../teams/internal/team-data";
import { listingOwners } from "../teams/internal/owners";
import { queueEmail } from "../internal/outbox";
import { guardedUpdate } from "../teams/internal/write-helpers";
import { moveTeamLinks } from "./internal/team-merge-links";

// Merging a duplicate listing into the one that survives: one transaction moves everything that
// points at the duplicate, unites the content (lib/curation/merge-plan.ts), archives the duplicate
// with merged_into_id set, writes both audit trails and e-mails both teams' owners.

export interface MergeSide {
  id: number;
  slug: string;
  status: string;
  version: number;
  institution: { slug: string; name: string };
  input: TeamInput;
}

export interface MergeCounts {
  shortlists: number;
  collections: number;
  requests: number;
  suggestions: number;
  /** Listings merged earlier into the duplicate: they now point straight at the survivor. */
  earlierMerges: number;
}

export interface MergePreview {
  survivor: MergeSide;
  duplicate: MergeSide;
  keep: ScalarSource;
  plan: MergePlan;
  moves: MergeCounts;
  warnings: string[];
}

const actorOf = (ctx: DalContext) => (ctx.viewer.kind === "user" ? ctx.viewer.id : null);
const side = (b: TeamBundle): MergeSide => ({
  id: b.team.id,
  slug: b.team.slug,
  status: b.team.status,
  version: b.team.version,
  institution: { slug: b.institution.slug, name: b.institution.name },
  input: b.input,
});

/** Loads both listings and refuses what must never be merged. */
function loadPair(db: DbOrTx, duplicateSlug: string, survivorSlug: string): { dup: TeamBundle; surv: TeamBundle } {
  const dup = loadTeamBundle(db, { slug: duplicateSlug });
  if (!dup) throw notFound(`There is no listing at “${duplicateSlug}”.`);
  const surv = loadTeamBundle(db, { slug: survivorSlug });
  if (!surv) throw notFound(`There is no listing at “${survivorSlug}”.`);
  if (dup.team.id === surv.team.id)
    throw badRequest("A listing cannot be merged into itself: choose two different listings.");
  const nameOf = (id: number) =>
    db.select({ slug: teams.slug }).from(teams).where(eq(teams.id, id)).get()?.slug ?? "another listing";
  if (dup.team.mergedIntoId !== null)
    throw conflict(`“${dup.input.name}” was already merged into ${nameOf(dup.team.mergedIntoId)}.`);
  // Refusing chains (rather than following them) means a merged listing never becomes a
  // survivor, so merged_into_id can never form a cycle.
  if (surv.team.mergedIntoId !== null) {
    throw conflict(
      `“${surv.input.name}” was itself merged into ${nameOf(surv.team.mergedIntoId)}: merge into that listing instead.`,
    );
  }
  if (surv.team.status === "archived")
    throw conflict(`“${surv.input.name}” is archived. Keep a live listing, or restore this one first.`);
  return { dup, surv };
}

function countMoves(db: DbOrTx, dupId: number): MergeCounts {
  const n = (
    table: typeof shortlists | typeof collectionTeams | typeof introductionRequests | typeof requestSuggestions,
  ) => db.select({ n: count() }).from(table).where(eq(table.teamId, dupId)).get()?.n ?? 0;
  return {
    shortlists: n(shortlists),
    collections: n(collectionTeams),
    requests: n(introductionRequests),
    suggestions: n(requestSuggestions),
    earlierMerges: db.select({ n: count() }).from(teams).where(eq(teams.mergedIntoId, dupId)).get()?.n ?? 0,
  };
}

function warningsFor(dup: TeamBundle, surv: TeamBundle, plan: MergePlan): string[] {
  const w: string[] = [];
  if (dup.team.institutionId !== surv.team.institutionId)
    w.push(
      `The listings belong to different institutions (${dup.institution.name}, ${surv.institution.name}); the merged listing stays with ${surv.institution.name}.`,
    );
  if (dup.team.status === "published" && surv.team.status !== "published")
    w.push("The listing you keep is not published, so after the merge neither listing is in search until it is.");
  const dropped = Object.entries(plan.dropped).filter(([, v]) => v.length > 0);
  if (dropped.length > 0)
    w.push(
      `Over the editor's limits, these stay only on the archived duplicate: ${dropped.map(([k, v]) => `${k} ${v.join(", ")}`).join("; ")}.`,
    );
  const over = plan.caseStudiesLeft.filter((c) => c.reason === "limit reached").length;
  if (over > 0)
    w.push(
      `${over} case ${over === 1 ? "study stays" : "studies stay"} on the archived duplicate (a listing has at most 6).`,
    );
  return w;
}

/** What a merge would do, for the curator to check before confirming. 404 for non-curators. */
export function previewMerge(
  ctx: DalContext,
  duplicateSlug: string,
  survivorSlug: string,
  keep: ScalarSource = "survivor",
): MergePreview {
  if (!canMergeTeams(ctx.viewer)) throw notFound();
  const { dup, surv } = loadPair(ctx.db, duplicateSlug, survivorSlug);
  const plan = planMerge(surv.input, dup.input, keep);
  return {
    survivor: side(surv),
    duplicate: side(dup),
    keep,
    plan,
    moves: countMoves(ctx.db, dup.team.id),
    warnings: warningsFor(dup, surv, plan),
  };
}

export interface MergeRequest {
  duplicateSlug: string;
  survivorSlug: string;
  /** The versions the curator previewed: a listing edited since must be looked at again. */
  duplicateVersion: number;
  survivorVersion: number;
  keep: ScalarSource;
  reason: string;
}

export function mergeTeams(ctx: DalContext, req: MergeRequest): { survivorSlug: string; moves: MergeCounts } {
  if (!canMergeTeams(ctx.viewer)) throw notFound();
  return ctx.db.transaction((tx) => {
    const { dup, surv } = loadPair(tx, req.duplicateSlug, req.survivorSlug);
    const plan = planMerge(surv.input, dup.input, req.keep);
    const checked = teamInputSchema.safeParse(plan.input);
    if (!checked.success)
      throw badRequest(
        `The merged listing would not be valid: ${checked.error.issues[0]?.message ?? "unknown problem"}.`,
      );
    const moves = countMoves(tx, dup.team.id);
    guardedUpdate(tx, surv.team, req.survivorVersion, teamColumns(plan.input));
    guardedUpdate(tx, dup.team, req.duplicateVersion, { status: "archived", mergedIntoId: surv.team.id });
    writeMergedChildren(tx, dup.team.id, surv.team.id, plan);
    moveTeamLinks(tx, dup.team.id, surv.team.id);
    const actor = actorOf(ctx);
    recordAudit(tx, {
      actorUserId: actor,
      action: "team.merge.absorb",
      entityType: "team",
      entityId: surv.team.id,
      before: snapshot(surv.input, surv.team.status),
      after: snapshot(plan.input, surv.team.status, {
        note: `Merged “${dup.input.name}” (${dup.team.slug}) into this listing: ${req.reason}`,
        mergedFrom: dup.team.slug,
        keep: req.keep,
        moves,
      }),
    });
    recordAudit(tx, {
      actorUserId: actor,
      action: "team.merge.into",
      entityType: "team",
      entityId: dup.team.id,
      before: { status: dup.team.status, mergedInto: null },
      after: {
        status: "archived",
        mergedInto: surv.team.slug,
        note: `Merged into “${plan.input.name}” (${surv.team.slug}): ${req.reason}`,
      },
    });
    notifyOwners(tx, dup, surv, plan.input.name, req.reason);
    return { survivorSlug: surv.team.slug, moves };
  });
}

/** Engagement modes as planned; the chosen case-study rows move (keeping their ids). */
function writeMergedChildren(tx: Tx, dupId: number, survId: number, plan: MergePlan): void {
  tx.delete(teamEngagementModes).where(eq(teamEngagementModes.teamId, survId)).run();
  if (plan.input.engagementModes.length > 0)
    tx.insert(teamEngagementModes)
      .values(plan.input.engagementModes.map((m) => ({ ...m, teamId: survId })))
      .run();
  if (plan.caseStudiesToMove.length === 0) return;
  const dupCases = tx
    .select({ id: caseStudies.id })
    .from(caseStudies)
    .where(eq(caseStudies.teamId, dupId))
    .orderBy(asc(caseStudies.position))
    .all();
  const start = plan.input.caseStudies.length - plan.caseStudiesToMove.length;
  plan.caseStudiesToMove.forEach((index, i) => {
    const row = dupCases[index];
    if (row)
      tx.update(caseStudies)
        .set({ teamId: survId, position: start + i })
        .where(and(eq(caseStudies.id, row.id), inArray(caseStudies.teamId, [dupId])))
        .run();
  });
}

function notifyOwners(tx: Tx, dup: TeamBundle, surv: TeamBundle, survivorName: string, reason: string): void {
  const owners = new Map<string, { name: string }>();
  for (const b of [dup, surv])
    for (const o of listingOwners(tx, b.team.id, b.team.institutionId, b.team.createdBy))
      owners.set(o.email, { name: o.name });
  const url = `${appUrl()}/dashboard/teams/${surv.team.slug}`;
  for (const [email, o] of owners)
    queueEmail(tx, mail.listingMerged(email, o.name, dup.input.name, survivorName, reason, url));
}

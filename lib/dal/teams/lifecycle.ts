import "server-only";
import type { Team } from "@/db/schema";
import { appUrl } from "@/lib/env";
import { badRequest, conflict, forbidden, notFound } from "@/lib/errors";
import { incompleteListing } from "@/lib/validation/team-form";
import { mail } from "@/lib/email/templates";
import { queueEmail } from "../internal/outbox";
import {
  canArchiveTeam,
  canConfirmTeam,
  canModerateTeams,
  canPublishWithoutReview,
  canRestoreTeam,
  canSubmitTeam,
  canViewTeam,
} from "@/lib/policy";
import { recordAudit } from "../internal/audit";
import type { DalContext } from "../context";
import type { Tx } from "../db-types";
import { loadTeamBundle, snapshot, trustOf, type TeamBundle } from "./internal/team-data";
import { listingOwners } from "./internal/owners";
import { guardedUpdate } from "./internal/write-helpers";
import { noteSubmittedForReview } from "../curation/internal/review-notes";

/** How long a confirmation lasts before the listing counts as stale (see team-dto isStale). */
export const CONFIRMATION_VALID_MS = 15 * 30.44 * 24 * 3600 * 1000;

const actorOf = (ctx: DalContext) => (ctx.viewer.kind === "user" ? ctx.viewer.id : null);

export interface LifecycleResult {
  slug: string;
  status: Team["status"];
  version: number;
}

/** "Before it can be reviewed, the listing needs: …", every missing or invalid field named. */
function incompleteMessage(missing: Record<string, string>): string {
  const items = Object.values(missing);
  return `Before it can be submitted for review, the listing needs ${items.length === 1 ? "one more thing" : `${items.length} more things`}: ${items.join("; ")}. Edit the listing to add ${items.length === 1 ? "it" : "them"}.`;
}

function load(ctx: DalContext, tx: Tx, slug: string): TeamBundle {
  const bundle = loadTeamBundle(tx, { slug });
  if (!bundle || !canViewTeam(ctx.viewer, bundle.team)) throw notFound();
  return bundle;
}

/** The columns that make a listing live now (and confirmed now). */
export function publishedColumns(team: Team, now: Date) {
  return {
    status: "published" as const,
    publishedAt: team.publishedAt ?? now,
    reviewedAt: now,
    confirmedAt: now,
    reminderSentAt: null,
    expiresAt: new Date(now.getTime() + CONFIRMATION_VALID_MS),
  };
}

/**
 * Sends a draft (or a listing sent back with changes requested) to review. Members of a verified
 * and trusted institution, and curators, publish directly.
 */
export function submitTeam(ctx: DalContext, slug: string, version: number): LifecycleResult {
  return ctx.db.transaction((tx) => {
    const { team, institution, input } = load(ctx, tx, slug);
    if (!canSubmitTeam(ctx.viewer, team)) {
      if (team.status === "pending") throw conflict("This listing is already waiting for review.");
      throw forbidden("This listing cannot be submitted now.");
    }
    const missing = incompleteListing(input);
    if (missing) throw badRequest(incompleteMessage(missing), missing);
    const now = new Date();
    const direct = canPublishWithoutReview(ctx.viewer, team, trustOf(institution));
    const set = direct ? publishedColumns(team, now) : { status: "pending" as const, reviewNote: null };
    const next = guardedUpdate(tx, team, version, set);
    if (!direct) noteSubmittedForReview(tx, team.id, now);
    recordAudit(tx, {
      actorUserId: actorOf(ctx),
      action: direct ? "team.publish_trusted" : "team.submit",
      entityType: "team",
      entityId: team.id,
      before: { status: team.status },
      after: snapshot(input, set.status),
    });
    return { slug, status: set.status, version: next };
  });
}

/** "Still accurate": the owners vouch for a published listing; resets the reminder clock. */
export function confirmTeam(ctx: DalContext, slug: string, version: number): LifecycleResult {
  return ctx.db.transaction((tx) => {
    const { team } = load(ctx, tx, slug);
    if (!canConfirmTeam(ctx.viewer, team)) throw forbidden("Only a published listing's owners can confirm it.");
    const now = new Date();
    const next = guardedUpdate(tx, team, version, {
      confirmedAt: now,
      reminderSentAt: null,
      expiresAt: new Date(now.getTime() + CONFIRMATION_VALID_MS),
    });
    recordAudit(tx, {
      actorUserId: actorOf(ctx),
      action: "team.confirm",
      entityType: "team",
      entityId: team.id,
      before: { confirmedAt: team.confirmedAt },
      after: { confirmedAt: now },
    });
    return { slug, status: team.status, version: next };
  });
}

/** Takes a listing off the register (owners or curators); it can be restored by a curator. */
export function archiveTeam(ctx: DalContext, slug: string, version: number): LifecycleResult {
  return ctx.db.transaction((tx) => {
    const { team } = load(ctx, tx, slug);
    if (!canArchiveTeam(ctx.viewer, team)) throw forbidden("You cannot archive this listing.");
    const next = guardedUpdate(tx, team, version, { status: "archived" });
    recordAudit(tx, {
      actorUserId: actorOf(ctx),
      action: "team.archive",
      entityType: "team",
      entityId: team.id,
      before: { status: team.status },
      after: { status: "archived" },
    });
    return { slug, status: "archived", version: next };
  });
}

/** A curator brings an archived or rejected listing back as a draft its owners can work on. */
export function restoreTeam(ctx: DalContext, slug: string, version: number): LifecycleResult {
  return ctx.db.transaction((tx) => {
    const { team } = load(ctx, tx, slug);
    if (!canRestoreTeam(ctx.viewer, team)) throw forbidden("Only curators can restore a listing.");
    // A merged listing's address leads to the survivor; bringing it back would split the team again.
    if (team.mergedIntoId !== null)
      throw conflict("This listing was merged into another one; edit that listing instead.");
    const next = guardedUpdate(tx, team, version, { status: "draft" });
    recordAudit(tx, {
      actorUserId: actorOf(ctx),
      action: "team.restore",
      entityType: "team",
      entityId: team.id,
      before: { status: team.status },
      after: { status: "draft" },
    });
    return { slug, status: "draft", version: next };
  });
}

export type ReviewDecision = "publish" | "request_changes" | "reject";

/**
 * A curator's decision on a listing waiting for review, e-mailed to its owners with the reason.
 * The version is the one the curator read: if the owners changed it since, the curator must look
 * again rather than publish something they have not seen.
 */
export function reviewTeam(
  ctx: DalContext,
  slug: string,
  version: number,
  decision: ReviewDecision,
  note: string | null,
): LifecycleResult {
  if (!canModerateTeams(ctx.viewer)) throw notFound();
  return ctx.db.transaction((tx) => {
    const { team, input } = load(ctx, tx, slug);
    if (team.status !== "pending") throw conflict("This listing is no longer waiting for review.");
    const now = new Date();
    const status: "published" | "rejected" | "changes_requested" =
      decision === "publish" ? "published" : decision === "reject" ? "rejected" : "changes_requested";
    const set =
      decision === "publish"
        ? { ...publishedColumns(team, now), reviewNote: note }
        : { status, reviewNote: note, reviewedAt: now };
    const next = guardedUpdate(tx, team, version, set);
    recordAudit(tx, {
      actorUserId: actorOf(ctx),
      action: `team.review.${decision}`,
      entityType: "team",
      entityId: team.id,
      before: { status: team.status },
      after: snapshot(input, status, { note }),
    });
    const url =
      status === "changes_requested"
        ? `${appUrl()}/dashboard/teams/${slug}/edit`
        : status === "published"
          ? `${appUrl()}/teams/${slug}`
          : `${appUrl()}/dashboard/teams/${slug}`;
    for (const owner of listingOwners(tx, team.id, team.institutionId, team.createdBy)) {
      queueEmail(tx, mail.reviewDecision(owner.email, owner.name, input.name, status, note, url));
    }
    return { slug, status, version: next };
  });
}

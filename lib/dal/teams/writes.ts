import "server-only";
import { eq } from "drizzle-orm";
import { institutions, teams, type Team } from "@/db/schema";
import { badRequest, conflict, forbidden, notFound } from "@/lib/errors";
import { canCreateTeam, canEditTeam, canPublishWithoutReview, canViewTeam } from "@/lib/policy";
import type { TeamInput } from "@/lib/validation/team";
import { incompleteListing } from "@/lib/validation/team-form";
import { recordAudit } from "../internal/audit";
import type { DalContext } from "../context";
import { once } from "../internal/idempotency";
import { noteSubmittedForReview } from "../curation/internal/review-notes";
import { keepCurrency, loadTeamBundle, snapshot, teamColumns, trustOf, writeTeamChildren } from "./internal/team-data";
import { guardedUpdate, materialChange, STALE_VERSION_MESSAGE, uniqueSlug } from "./internal/write-helpers";

export { STALE_VERSION_MESSAGE } from "./internal/write-helpers";

const actorOf = (ctx: DalContext) => (ctx.viewer.kind === "user" ? ctx.viewer.id : null);
const isOwnerEdit = (ctx: DalContext) => ctx.viewer.kind === "user" && ctx.viewer.role === "university";

/** A new listing, as a draft, at an institution the viewer belongs to (curators: any). */
export function createTeam(
  ctx: DalContext,
  institutionId: number,
  input: TeamInput,
  idempotencyKey?: string,
): { slug: string } {
  if (!canCreateTeam(ctx.viewer, institutionId))
    throw forbidden("You can only create listings for your own institution.");
  const userId = actorOf(ctx);
  const key = userId === null ? undefined : idempotencyKey;
  const asked = { institutionId, input };
  return ctx.db.transaction(
    (tx) =>
      once(tx, { userId: userId ?? "", key, action: "team.create", input: asked }, () => {
        const institution = tx.select().from(institutions).where(eq(institutions.id, institutionId)).get();
        if (!institution) throw badRequest("Choose an institution.", { institution: "Unknown institution" });
        const slug = uniqueSlug(tx, input.name, institution.slug);
        const row = tx
          .insert(teams)
          .values({
            ...teamColumns(input, institution.countryCode),
            slug,
            institutionId,
            status: "draft",
            createdBy: actorOf(ctx),
          })
          .returning({ id: teams.id })
          .get();
        writeTeamChildren(tx, row.id, input);
        recordAudit(tx, {
          actorUserId: actorOf(ctx),
          action: "team.create",
          entityType: "team",
          entityId: row.id,
          after: snapshot(input, "draft"),
        });
        return { slug };
      }).result,
  );
}

export interface UpdateResult {
  slug: string;
  status: Team["status"];
  version: number;
  /** True when a material change took a published listing back to review. */
  sentBackToReview: boolean;
  changed: boolean;
}

/**
 * Saves an edit. A published listing stays published for non-material edits; a change to its name,
 * summary or keywords sends it back to review unless the institution is verified and trusted (or
 * a curator made it). An owner's edit of a published listing also confirms it is current.
 */
export function updateTeam(ctx: DalContext, slug: string, version: number, edit: TeamInput): UpdateResult {
  return ctx.db.transaction((tx) => {
    const bundle = loadTeamBundle(tx, { slug });
    if (!bundle || !canViewTeam(ctx.viewer, bundle.team)) throw notFound();
    const input = keepCurrency(edit, bundle.input);
    const { team, institution } = bundle;
    if (!canEditTeam(ctx.viewer, team)) throw forbidden("You cannot edit this listing.");
    if (team.version !== version) throw conflict(STALE_VERSION_MESSAGE);
    // A draft may be saved incomplete; a listing under review or published stays complete.
    if (team.status === "published" || team.status === "pending") {
      const missing = incompleteListing(input);
      if (missing)
        throw badRequest(
          team.status === "published"
            ? "A published listing must stay complete. The listing was not saved; check the highlighted fields."
            : "A listing waiting for review must stay complete. The listing was not saved; check the highlighted fields.",
          missing,
        );
    }
    if (JSON.stringify(bundle.input) === JSON.stringify(input)) {
      return { slug, status: team.status, version, sentBackToReview: false, changed: false };
    }
    const now = new Date();
    let status = team.status;
    let sentBackToReview = false;
    const extra: Partial<typeof teams.$inferInsert> = {};
    if (team.status === "published") {
      if (materialChange(bundle.input, input) && !canPublishWithoutReview(ctx.viewer, team, trustOf(institution))) {
        status = "pending";
        sentBackToReview = true;
        extra.reviewNote = null;
      } else if (isOwnerEdit(ctx)) {
        Object.assign(extra, { confirmedAt: now, reminderSentAt: null });
      }
    }
    const next = guardedUpdate(tx, team, version, { ...teamColumns(input), status, ...extra });
    writeTeamChildren(tx, team.id, input);
    if (sentBackToReview) noteSubmittedForReview(tx, team.id, now);
    recordAudit(tx, {
      actorUserId: actorOf(ctx),
      action: sentBackToReview ? "team.update_sent_to_review" : "team.update",
      entityType: "team",
      entityId: team.id,
      before: snapshot(bundle.input, team.status),
      after: snapshot(input, status),
    });
    return { slug, status, version: next, sentBackToReview, changed: true };
  });
}

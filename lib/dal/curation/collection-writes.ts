import "server-only";
import { and, asc, count, eq, like, max } from "drizzle-orm";
import { collections, collectionTeams, teams } from "@/db/schema";
import { badRequest, notFound } from "@/lib/errors";
import { canCurateCollections } from "@/lib/policy";
import { slugify } from "@/lib/slug";
import { COLLECTION_LIMITS, type CollectionInput, type MoveDirection } from "@/lib/validation/collection";
import { recordAudit } from "../internal/audit";
import type { DalContext } from "../context";
import { once } from "../internal/idempotency";
import type { Tx } from "../db-types";

// Curators' writes to collections. Each runs in one transaction with its audit record. A
// collection's address is made from its first title and never changes, so links keep working
// after a retitle. Denials are "not found": to anyone else these pages do not exist.

type CollectionRow = typeof collections.$inferSelect;

function actorOf(ctx: DalContext): string | null {
  if (!canCurateCollections(ctx.viewer)) throw notFound();
  return ctx.viewer.kind === "user" ? ctx.viewer.id : null;
}

function collectionBySlug(tx: Tx, slug: string): CollectionRow {
  const c = tx.select().from(collections).where(eq(collections.slug, slug)).get();
  if (!c) throw notFound("There is no collection at that address. It may have been deleted.");
  return c;
}

function teamBySlug(tx: Tx, slug: string) {
  return tx
    .select({ id: teams.id, name: teams.name, status: teams.status, mergedIntoId: teams.mergedIntoId })
    .from(teams)
    .where(eq(teams.slug, slug))
    .get();
}

/** A slug from the title, with -2, -3… when another collection already has it. */
function freeSlug(tx: Tx, title: string): string {
  const base = slugify(title, 80) || "collection";
  const taken = new Set(
    tx
      .select({ slug: collections.slug })
      .from(collections)
      .where(like(collections.slug, `${base}%`))
      .all()
      .map((r) => r.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

const snapshot = (c: Pick<CollectionRow, "title" | "editorialNote" | "published">) => ({
  title: c.title,
  editorialNote: c.editorialNote,
  published: c.published,
});

const touch = (tx: Tx, id: number) =>
  tx.update(collections).set({ updatedAt: new Date() }).where(eq(collections.id, id)).run();

export function createCollection(ctx: DalContext, input: CollectionInput, idempotencyKey?: string): { slug: string } {
  const actor = actorOf(ctx);
  const key = actor === null ? undefined : idempotencyKey;
  return ctx.db.transaction(
    (tx) =>
      once(tx, { userId: actor ?? "", key, action: "collection.create", input }, () => {
        const slug = freeSlug(tx, input.title);
        const row = tx
          .insert(collections)
          .values({
            slug,
            title: input.title,
            editorialNote: input.editorialNote,
            published: input.published,
            createdBy: actor,
          })
          .returning()
          .get();
        recordAudit(tx, {
          actorUserId: actor,
          action: "collection.create",
          entityType: "collection",
          entityId: row.id,
          after: { slug, ...snapshot(row) },
        });
        return { slug };
      }).result,
  );
}

/**
 * Title and editorial note; the address stays as it was. Whether it is published is its own
 * action (setCollectionPublished), so saving the text never publishes or hides it by accident.
 */
export function updateCollection(ctx: DalContext, slug: string, input: Omit<CollectionInput, "published">): void {
  const actor = actorOf(ctx);
  ctx.db.transaction((tx) => {
    const c = collectionBySlug(tx, slug);
    tx.update(collections)
      .set({ title: input.title, editorialNote: input.editorialNote, updatedAt: new Date() })
      .where(eq(collections.id, c.id))
      .run();
    recordAudit(tx, {
      actorUserId: actor,
      action: "collection.update",
      entityType: "collection",
      entityId: c.id,
      before: snapshot(c),
      after: snapshot({ ...input, published: c.published }),
    });
  });
}

/** Publish (shown to everyone on /collections) or unpublish. Returns false when nothing changed. */
export function setCollectionPublished(ctx: DalContext, slug: string, published: boolean): boolean {
  const actor = actorOf(ctx);
  return ctx.db.transaction((tx) => {
    const c = collectionBySlug(tx, slug);
    if (c.published === published) return false;
    tx.update(collections).set({ published, updatedAt: new Date() }).where(eq(collections.id, c.id)).run();
    recordAudit(tx, {
      actorUserId: actor,
      action: published ? "collection.publish" : "collection.unpublish",
      entityType: "collection",
      entityId: c.id,
      before: snapshot(c),
      after: snapshot({ ...c, published }),
    });
    return true;
  });
}

export function deleteCollection(ctx: DalContext, slug: string): { title: string } {
  const actor = actorOf(ctx);
  return ctx.db.transaction((tx) => {
    const c = collectionBySlug(tx, slug);
    const teamIds = tx
      .select({ teamId: collectionTeams.teamId })
      .from(collectionTeams)
      .where(eq(collectionTeams.collectionId, c.id))
      .all();
    // The entries go with it (ON DELETE CASCADE); the audit record keeps what was there.
    tx.delete(collections).where(eq(collections.id, c.id)).run();
    recordAudit(tx, {
      actorUserId: actor,
      action: "collection.delete",
      entityType: "collection",
      entityId: c.id,
      before: { slug: c.slug, ...snapshot(c), teamIds: teamIds.map((t) => t.teamId) },
    });
    return { title: c.title };
  });
}

/**
 * Adds a team at the end. Any listing may be added (a pending one, say, ahead of its review); it
 * is shown publicly only while published, and the curator sees why not.
 */
export function addTeamToCollection(
  ctx: DalContext,
  slug: string,
  teamSlug: string,
  note: string,
  idempotencyKey?: string,
): { teamName: string; shownPublicly: boolean } {
  const actor = actorOf(ctx);
  const key = actor === null ? undefined : idempotencyKey;
  const input = { slug, teamSlug, note };
  return ctx.db.transaction(
    (tx) =>
      once(tx, { userId: actor ?? "", key, action: "collection.add-team", input }, () => {
        const c = collectionBySlug(tx, slug);
        const team = teamBySlug(tx, teamSlug);
        const field = (message: string) => badRequest(message, { team: message });
        if (!team)
          throw field(`No team has the address “${teamSlug}”. Check the spelling, or find the team by name above.`);
        if (team.mergedIntoId !== null)
          throw field(`“${team.name}” was merged into another listing; add that listing instead.`);
        const inIt = tx
          .select({ n: count() })
          .from(collectionTeams)
          .where(and(eq(collectionTeams.collectionId, c.id), eq(collectionTeams.teamId, team.id)))
          .get();
        if (inIt && inIt.n > 0) throw field(`“${team.name}” is already in this collection.`);
        const size = tx
          .select({ n: count(), last: max(collectionTeams.position) })
          .from(collectionTeams)
          .where(eq(collectionTeams.collectionId, c.id))
          .get();
        if ((size?.n ?? 0) >= COLLECTION_LIMITS.teamsMax)
          throw field(
            `A collection holds at most ${COLLECTION_LIMITS.teamsMax} teams. Remove one first, or start another collection.`,
          );
        const position = (size?.last ?? -1) + 1;
        tx.insert(collectionTeams)
          .values({ collectionId: c.id, teamId: team.id, position, note: note || null })
          .run();
        touch(tx, c.id);
        recordAudit(tx, {
          actorUserId: actor,
          action: "collection.add_team",
          entityType: "collection",
          entityId: c.id,
          after: { teamId: team.id, position, note: note || null },
        });
        return { teamName: team.name, shownPublicly: team.status === "published" };
      }).result,
  );
}

function entryOf(tx: Tx, collectionId: number, teamSlug: string) {
  const team = teamBySlug(tx, teamSlug);
  const entry = team
    ? tx
        .select()
        .from(collectionTeams)
        .where(and(eq(collectionTeams.collectionId, collectionId), eq(collectionTeams.teamId, team.id)))
        .get()
    : undefined;
  if (!team || !entry) throw notFound("That team is no longer in this collection. Reload the page.");
  return { team, entry };
}

export function removeTeamFromCollection(ctx: DalContext, slug: string, teamSlug: string): { teamName: string } {
  const actor = actorOf(ctx);
  return ctx.db.transaction((tx) => {
    const c = collectionBySlug(tx, slug);
    const { team, entry } = entryOf(tx, c.id, teamSlug);
    tx.delete(collectionTeams)
      .where(and(eq(collectionTeams.collectionId, c.id), eq(collectionTeams.teamId, team.id)))
      .run();
    touch(tx, c.id);
    recordAudit(tx, {
      actorUserId: actor,
      action: "collection.remove_team",
      entityType: "collection",
      entityId: c.id,
      before: { teamId: team.id, position: entry.position, note: entry.note },
    });
    return { teamName: team.name };
  });
}

export function setCollectionTeamNote(ctx: DalContext, slug: string, teamSlug: string, note: string): void {
  const actor = actorOf(ctx);
  ctx.db.transaction((tx) => {
    const c = collectionBySlug(tx, slug);
    const { team, entry } = entryOf(tx, c.id, teamSlug);
    tx.update(collectionTeams)
      .set({ note: note || null })
      .where(and(eq(collectionTeams.collectionId, c.id), eq(collectionTeams.teamId, team.id)))
      .run();
    touch(tx, c.id);
    recordAudit(tx, {
      actorUserId: actor,
      action: "collection.team_note",
      entityType: "collection",
      entityId: c.id,
      before: { teamId: team.id, note: entry.note },
      after: { teamId: team.id, note: note || null },
    });
  });
}

/**
 * Swaps a team with its neighbour. Positions are rewritten 0…n-1 each time, so gaps or ties
 * left by earlier removals cannot make a move do nothing. Moving the first team up (or the last
 * down) changes nothing.
 */
export function moveTeamInCollection(ctx: DalContext, slug: string, teamSlug: string, direction: MoveDirection): void {
  const actor = actorOf(ctx);
  ctx.db.transaction((tx) => {
    const c = collectionBySlug(tx, slug);
    const { team } = entryOf(tx, c.id, teamSlug);
    const order = tx
      .select({ teamId: collectionTeams.teamId })
      .from(collectionTeams)
      .where(eq(collectionTeams.collectionId, c.id))
      .orderBy(asc(collectionTeams.position), asc(collectionTeams.teamId))
      .all()
      .map((r) => r.teamId);
    const from = order.indexOf(team.id);
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= order.length) return;
    [order[from], order[to]] = [order[to]!, order[from]!];
    order.forEach((teamId, position) => {
      tx.update(collectionTeams)
        .set({ position })
        .where(and(eq(collectionTeams.collectionId, c.id), eq(collectionTeams.teamId, teamId)))
        .run();
    });
    touch(tx, c.id);
    recordAudit(tx, {
      actorUserId: actor,
      action: "collection.move_team",
      entityType: "collection",
      entityId: c.id,
      before: { teamId: team.id, index: from },
      after: { teamId: team.id, index: to },
    });
  });
}

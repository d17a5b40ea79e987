import "server-only";
import { eq, inArray } from "drizzle-orm";
import { collections, collectionTeams, teams } from "@/db/schema";
import { demoCollections } from "@/db/seed/demo/collections";
import type { Tx } from "../../db-types";

const DAY = 24 * 3600 * 1000;

/**
 * The demonstration collections, inside the seed's transaction. A collection is created only when
 * its slug is new, so re-seeding (or a curator's later edits to it) is left alone. Fixed dates keep
 * the result the same on every machine. Returns how many were created.
 */
export function seedDemoCollections(tx: Tx, epoch: number): number {
  let created = 0;
  demoCollections.forEach((c, index) => {
    if (tx.select({ id: collections.id }).from(collections).where(eq(collections.slug, c.slug)).get()) return;
    const at = new Date(epoch + index * DAY);
    const row = tx
      .insert(collections)
      .values({
        slug: c.slug,
        title: c.title,
        editorialNote: c.editorialNote,
        published: true,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: collections.id })
      .get();
    const ids = new Map(
      tx
        .select({ id: teams.id, slug: teams.slug })
        .from(teams)
        .where(
          inArray(
            teams.slug,
            c.teams.map((t) => t.slug),
          ),
        )
        .all()
        .map((t) => [t.slug, t.id]),
    );
    c.teams.forEach((t, position) => {
      const teamId = ids.get(t.slug);
      if (teamId === undefined) throw new Error(`Demo collection ${c.slug} names unknown team ${t.slug}`);
      tx.insert(collectionTeams).values({ collectionId: row.id, teamId, position, note: t.note }).run();
    });
    created++;
  });
  return created;
}

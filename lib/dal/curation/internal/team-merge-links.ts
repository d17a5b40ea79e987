import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { collectionTeams, introductionRequests, requestSuggestions, shortlists, teams } from "@/db/schema";
import { LIMITS } from "@/lib/introductions/vocabulary";
import type { Tx } from "../../db-types";

/**
 * Re-points everything that refers to the duplicate at the survivor, inside the merge's
 * transaction. Where a person or a collection already has the survivor, the duplicate's row is
 * folded into it rather than copied, so nobody ends up with the same team twice.
 */
export function moveTeamLinks(tx: Tx, dupId: number, survId: number): void {
  // Shortlists: a firm that kept both keeps one entry, with both private notes.
  for (const s of tx.select().from(shortlists).where(eq(shortlists.teamId, dupId)).all()) {
    const kept = tx
      .select()
      .from(shortlists)
      .where(and(eq(shortlists.userId, s.userId), eq(shortlists.teamId, survId)))
      .get();
    if (!kept) {
      tx.update(shortlists)
        .set({ teamId: survId })
        .where(and(eq(shortlists.userId, s.userId), eq(shortlists.teamId, dupId)))
        .run();
      continue;
    }
    const note = [kept.note, s.note]
      .map((n) => n.trim())
      .filter((n, i, all) => n !== "" && all.indexOf(n) === i)
      .join("\n\n");
    tx.update(shortlists)
      .set({ note: note.slice(0, LIMITS.shortlistNoteMax), updatedAt: new Date() })
      .where(and(eq(shortlists.userId, s.userId), eq(shortlists.teamId, survId)))
      .run();
    tx.delete(shortlists)
      .where(and(eq(shortlists.userId, s.userId), eq(shortlists.teamId, dupId)))
      .run();
  }

  // Collections: the survivor takes the duplicate's place unless the collection has it already.
  const withSurvivor = tx
    .select({ id: collectionTeams.collectionId })
    .from(collectionTeams)
    .where(eq(collectionTeams.teamId, survId))
    .all()
    .map((r) => r.id);
  if (withSurvivor.length > 0)
    tx.delete(collectionTeams)
      .where(and(eq(collectionTeams.teamId, dupId), inArray(collectionTeams.collectionId, withSurvivor)))
      .run();
  tx.update(collectionTeams).set({ teamId: survId }).where(eq(collectionTeams.teamId, dupId)).run();

  // Introduction requests keep their history and now belong to the survivor.
  tx.update(introductionRequests)
    .set({ teamId: survId, updatedAt: new Date() })
    .where(eq(introductionRequests.teamId, dupId))
    .run();

  // Suggestions made to firms: one per request and team.
  const suggestedSurvivor = tx
    .select({ id: requestSuggestions.requestId })
    .from(requestSuggestions)
    .where(eq(requestSuggestions.teamId, survId))
    .all()
    .map((r) => r.id);
  if (suggestedSurvivor.length > 0)
    tx.delete(requestSuggestions)
      .where(and(eq(requestSuggestions.teamId, dupId), inArray(requestSuggestions.requestId, suggestedSurvivor)))
      .run();
  tx.update(requestSuggestions).set({ teamId: survId }).where(eq(requestSuggestions.teamId, dupId)).run();

  // Listings merged into the duplicate earlier now lead straight to the survivor (one hop, no chains).
  tx.update(teams).set({ mergedIntoId: survId }).where(eq(teams.mergedIntoId, dupId)).run();
}

// Direct writes to the register for search tests, standing in for the app's write paths (the
// search_changes triggers fire exactly as they would for them).
import { eq } from "drizzle-orm";
import type { AppDb } from "@/db/client";
import { institutions, teamEngagementModes, teams, type Team } from "@/db/schema";

let counter = 0;

/** A published team at the first institution, findable by its unique `word`. */
export function insertTeam(db: AppDb, word: string, over: Partial<typeof teams.$inferInsert> = {}): number {
  const institution = db.select({ id: institutions.id }).from(institutions).limit(1).get();
  if (!institution) throw new Error("seed the database first");
  counter++;
  const row = db
    .insert(teams)
    .values({
      slug: `test-${word}-${counter}`,
      institutionId: institution.id,
      name: `${word} Research Group`,
      summary: `We study ${word} for small firms.`,
      keywords: [word],
      contactEmail: `${word}@example.org`,
      status: "published",
      publishedAt: new Date(),
      ...over,
    })
    .returning({ id: teams.id })
    .get();
  return row.id;
}

export function updateTeam(db: AppDb, id: number, set: Partial<Team>): void {
  db.update(teams).set(set).where(eq(teams.id, id)).run();
}

export function addEngagementMode(db: AppDb, teamId: number): void {
  db.insert(teamEngagementModes).values({ teamId, mode: "ktp", costBand: "over-100k", duration: "years" }).run();
}

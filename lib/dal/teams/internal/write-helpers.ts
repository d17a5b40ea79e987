import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { teams, type Team } from "@/db/schema";
import { conflict } from "@/lib/errors";
import { slugify } from "@/lib/slug";
import { MATERIAL_FIELDS, type TeamInput } from "@/lib/validation/team";
import type { Tx } from "../../db-types";
import { slugTaken } from "./team-data";

export const STALE_VERSION_MESSAGE =
  "Someone else saved this listing after you opened it. Your changes are still in the form: open the listing in a new tab to see theirs, copy across what you need, then save again.";

export function uniqueSlug(tx: Tx, name: string, institutionSlug: string): string {
  const base = slugify(name, 60) || "team";
  const candidates = [base, `${base}-${slugify(institutionSlug, 40)}`];
  for (const c of candidates) if (!slugTaken(tx, c)) return c;
  for (let n = 2; ; n++) if (!slugTaken(tx, `${base}-${n}`)) return `${base}-${n}`;
}

/**
 * Writes `set` only if the listing still has `version`; bumps the version. Two people saving the
 * same listing at once: the second gets a conflict, never a silent overwrite.
 */
export function guardedUpdate(tx: Tx, team: Team, version: number, set: Partial<typeof teams.$inferInsert>): number {
  if (team.version !== version) throw conflict(STALE_VERSION_MESSAGE);
  const res = tx
    .update(teams)
    .set({ ...set, version: sql`${teams.version} + 1`, updatedAt: new Date() })
    .where(and(eq(teams.id, team.id), eq(teams.version, version)))
    .run();
  if (res.changes !== 1) throw conflict(STALE_VERSION_MESSAGE);
  return version + 1;
}

export function materialChange(before: TeamInput, after: TeamInput): boolean {
  return MATERIAL_FIELDS.some((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));
}

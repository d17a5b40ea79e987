import "server-only";
import { and, asc, count, eq } from "drizzle-orm";
import { savedSearches } from "@/db/schema";
import { AppError, conflict, forbidden, notFound } from "@/lib/errors";
import { savedSearchQuery } from "@/lib/introductions/search-link";
import { LIMITS } from "@/lib/introductions/vocabulary";
import { canKeepSavedSearches } from "@/lib/policy";
import type { SavedSearchInput } from "@/lib/validation/introduction";
import type { DalContext } from "../context";
import { once } from "../internal/idempotency";

export interface SavedSearchView {
  id: number;
  name: string;
  query: string;
  filters: Record<string, string[]>;
  alertFrequency: "none" | "daily" | "weekly";
  lastAlertedAt: Date | null;
  createdAt: Date;
  /** "?q=…&country=…" for the search page. */
  queryString: string;
}

function requireOwner(ctx: DalContext): string {
  const v = ctx.viewer;
  if (v.kind !== "user") throw new AppError("unauthenticated", "Sign in to save searches.");
  if (!canKeepSavedSearches(v)) throw forbidden("This account cannot save searches.");
  return v.id;
}

export function listSavedSearches(ctx: DalContext): SavedSearchView[] {
  const userId = requireOwner(ctx);
  return ctx.db
    .select()
    .from(savedSearches)
    .where(eq(savedSearches.userId, userId))
    .orderBy(asc(savedSearches.name), asc(savedSearches.id))
    .all()
    .map((s) => ({
      id: s.id,
      name: s.name,
      query: s.query,
      filters: s.filters,
      alertFrequency: s.alertFrequency,
      lastAlertedAt: s.lastAlertedAt,
      createdAt: s.createdAt,
      queryString: savedSearchQuery(s.query, s.filters),
    }));
}

/** Saves a search; alerts count new teams from this moment on. */
export function createSavedSearch(
  ctx: DalContext,
  input: SavedSearchInput,
  now = new Date(),
  idempotencyKey?: string,
): { id: number } {
  const userId = requireOwner(ctx);
  return ctx.db.transaction(
    (tx) =>
      once(tx, { userId, key: idempotencyKey, action: "saved-search.create", input }, () => {
        const n = tx.select({ n: count() }).from(savedSearches).where(eq(savedSearches.userId, userId)).get()?.n ?? 0;
        if (n >= LIMITS.savedSearchesPerUser)
          throw conflict(
            `You can keep up to ${LIMITS.savedSearchesPerUser} saved searches. Delete one to save another.`,
          );
        return tx
          .insert(savedSearches)
          .values({
            userId,
            name: input.name,
            query: input.query,
            filters: input.filters,
            alertFrequency: input.alertFrequency,
            lastAlertedAt: now,
            createdAt: now,
          })
          .returning({ id: savedSearches.id })
          .get();
      }).result,
    { behavior: "immediate" },
  );
}

/** Changes how often alerts come. Turning alerts on counts new teams from now, not from when it was saved. */
export function updateSavedSearchFrequency(
  ctx: DalContext,
  id: number,
  alertFrequency: SavedSearchView["alertFrequency"],
  now = new Date(),
): void {
  const userId = requireOwner(ctx);
  const mine = and(eq(savedSearches.id, id), eq(savedSearches.userId, userId));
  const current = ctx.db.select({ f: savedSearches.alertFrequency }).from(savedSearches).where(mine).get();
  if (!current) throw notFound("There is no such saved search.");
  const restart = current.f === "none" && alertFrequency !== "none";
  ctx.db
    .update(savedSearches)
    .set(restart ? { alertFrequency, lastAlertedAt: now } : { alertFrequency })
    .where(mine)
    .run();
}

export function deleteSavedSearch(ctx: DalContext, id: number): void {
  const userId = requireOwner(ctx);
  const r = ctx.db
    .delete(savedSearches)
    .where(and(eq(savedSearches.id, id), eq(savedSearches.userId, userId)))
    .run();
  if (r.changes === 0) throw notFound("There is no such saved search.");
}

import "server-only";
import { asc, eq } from "drizzle-orm";
import { searchSynonyms, users } from "@/db/schema";
import { badRequest, notFound } from "@/lib/errors";
import { canCurateSynonyms } from "@/lib/policy";
import { synonymTermsProblem, type SynonymGroupInput } from "@/lib/validation/synonyms";
import { recordAudit } from "../internal/audit";
import type { DalContext } from "../context";

// Curators' search synonym groups. Each write runs in one transaction with its audit record; a
// trigger on search_synonyms appends to the search_changes outbox, so every process's index
// reloads its synonyms within a second (lib/search/index-manager.ts). Denials are "not found":
// to anyone else these records do not exist.

export interface SynonymGroupItem {
  id: number;
  terms: string[];
  note: string | null;
  /** Who added the group, by name only; null when unknown (the system, or a deleted account). */
  addedBy: string | null;
  createdAt: Date;
}

function actorOf(ctx: DalContext): string | null {
  if (!canCurateSynonyms(ctx.viewer)) throw notFound();
  return ctx.viewer.kind === "user" ? ctx.viewer.id : null;
}

/** The DAL checks the terms again: callers other than the form (scripts, tests) get the same rules. */
function checked(input: SynonymGroupInput): SynonymGroupInput {
  const problem = synonymTermsProblem(input.terms);
  if (problem) throw badRequest(problem, { terms: problem });
  return input;
}

const snapshot = (g: { terms: string[]; note: string | null }) => ({ terms: g.terms, note: g.note });

function select(ctx: DalContext) {
  return ctx.db
    .select({ group: searchSynonyms, addedBy: users.name })
    .from(searchSynonyms)
    .leftJoin(users, eq(users.id, searchSynonyms.createdBy));
}

const toItem = (r: { group: typeof searchSynonyms.$inferSelect; addedBy: string | null }): SynonymGroupItem => ({
  id: r.group.id,
  terms: r.group.terms,
  note: r.group.note,
  addedBy: r.addedBy,
  createdAt: r.group.createdAt,
});

/** Every curated group, oldest first (the order the index merges them in). */
export function listSynonymGroupsForCuration(ctx: DalContext): SynonymGroupItem[] {
  actorOf(ctx);
  return select(ctx).orderBy(asc(searchSynonyms.id)).all().map(toItem);
}

export function getSynonymGroup(ctx: DalContext, id: number): SynonymGroupItem {
  actorOf(ctx);
  const row = select(ctx).where(eq(searchSynonyms.id, id)).get();
  if (!row) throw notFound("There is no such synonym group. It may have been removed.");
  return toItem(row);
}

export function createSynonymGroup(ctx: DalContext, input: SynonymGroupInput): SynonymGroupItem {
  const actor = actorOf(ctx);
  const { terms, note } = checked(input);
  const id = ctx.db.transaction((tx) => {
    const row = tx.insert(searchSynonyms).values({ terms, note, createdBy: actor }).returning().get();
    recordAudit(tx, {
      actorUserId: actor,
      action: "synonyms.create",
      entityType: "synonym_group",
      entityId: row.id,
      after: snapshot(row),
    });
    return row.id;
  });
  return getSynonymGroup(ctx, id);
}

export function updateSynonymGroup(ctx: DalContext, id: number, input: SynonymGroupInput): SynonymGroupItem {
  const actor = actorOf(ctx);
  const { terms, note } = checked(input);
  ctx.db.transaction((tx) => {
    const before = tx.select().from(searchSynonyms).where(eq(searchSynonyms.id, id)).get();
    if (!before) throw notFound("There is no such synonym group. It may have been removed.");
    tx.update(searchSynonyms).set({ terms, note }).where(eq(searchSynonyms.id, id)).run();
    recordAudit(tx, {
      actorUserId: actor,
      action: "synonyms.update",
      entityType: "synonym_group",
      entityId: id,
      before: snapshot(before),
      after: { terms, note },
    });
  });
  return getSynonymGroup(ctx, id);
}

/** Removes a group; returns what it held (for the page to say what was removed). */
export function deleteSynonymGroup(ctx: DalContext, id: number): { terms: string[] } {
  const actor = actorOf(ctx);
  return ctx.db.transaction((tx) => {
    const before = tx.select().from(searchSynonyms).where(eq(searchSynonyms.id, id)).get();
    if (!before) throw notFound("There is no such synonym group. It may have been removed.");
    tx.delete(searchSynonyms).where(eq(searchSynonyms.id, id)).run();
    recordAudit(tx, {
      actorUserId: actor,
      action: "synonyms.delete",
      entityType: "synonym_group",
      entityId: id,
      before: snapshot(before),
    });
    return { terms: before.terms };
  });
}

import "server-only";
import { max } from "drizzle-orm";
import { registerChanges, searchChanges } from "@/db/schema";
import type { DalContext } from "./context";

/**
 * The version of everything public pages show: the last ids of the two outboxes that triggers
 * append to on every write to teams (and their engagement modes and case studies), institutions,
 * collections and collection entries. Two indexed lookups; the same in every process that shares
 * the database, so a cache keyed by it is invalidated everywhere by any write.
 */
export function getRegisterVersion(ctx: DalContext): string {
  const s =
    ctx.db
      .select({ id: max(searchChanges.id) })
      .from(searchChanges)
      .get()?.id ?? 0;
  const r =
    ctx.db
      .select({ id: max(registerChanges.id) })
      .from(registerChanges)
      .get()?.id ?? 0;
  return `${s}.${r}`;
}

import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { auditLog, memberships, users } from "@/db/schema";
import type { DbOrTx } from "../../db-types";

export interface Owner {
  id: string;
  name: string;
  email: string;
}

/**
 * Who hears about a listing's review: the active members of its institution who created or edited
 * it; when none of them is left, every active member of the institution (at most 10).
 */
export function listingOwners(db: DbOrTx, teamId: number, institutionId: number, createdBy: string | null): Owner[] {
  const members = db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.institutionId, institutionId), eq(memberships.status, "active")))
    .all();
  if (members.length === 0) return [];
  const editors = new Set(
    db
      .selectDistinct({ id: auditLog.actorUserId })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entityType, "team"),
          eq(auditLog.entityId, String(teamId)),
          inArray(
            auditLog.actorUserId,
            members.map((m) => m.id),
          ),
        ),
      )
      .all()
      .map((r) => r.id),
  );
  if (createdBy) editors.add(createdBy);
  const involved = members.filter((m) => editors.has(m.id));
  return involved.length > 0 ? involved : members.slice(0, 10);
}

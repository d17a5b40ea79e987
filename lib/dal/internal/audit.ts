import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { auditLog, users } from "@/db/schema";
import type { DbOrTx } from "../db-types";

export interface AuditInput {
  actorUserId: string | null;
  action: string;
  entityType:
    | "team"
    | "membership"
    | "institution"
    | "user"
    | "intermediary"
    | "collection"
    | "introduction_request"
    | "synonym_group";
  entityId: string | number;
  before?: unknown;
  after?: unknown;
}

/** Appends to the audit log inside the caller's transaction, so a write and its record commit together. */
export function recordAudit(tx: DbOrTx, entry: AuditInput): void {
  tx.insert(auditLog)
    .values({
      actorUserId: entry.actorUserId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      before: entry.before ?? null,
      after: entry.after ?? null,
    })
    .run();
}

export interface AuditEntry {
  id: number;
  action: string;
  actorName: string;
  createdAt: Date;
  /** Names of the fields that differ between before and after. */
  changedFields: string[];
  note: string | null;
}

function changedFields(before: unknown, after: unknown): string[] {
  if (!before || !after || typeof before !== "object" || typeof after !== "object") return [];
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  return Object.keys(a).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

/** The history of one entity, newest first. Callers check permission; actors are shown by name only. */
export function readAuditTrail(
  db: DbOrTx,
  entityType: AuditInput["entityType"],
  entityId: string | number,
  limit = 100,
): AuditEntry[] {
  return db
    .select({ log: auditLog, actorName: users.name })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, String(entityId))))
    .orderBy(desc(auditLog.id))
    .limit(limit)
    .all()
    .map(({ log, actorName }) => {
      const after = log.after as Record<string, unknown> | null;
      return {
        id: log.id,
        action: log.action,
        actorName: log.actorUserId === null ? "System" : (actorName ?? "Deleted user"),
        createdAt: log.createdAt,
        changedFields: changedFields(log.before, log.after),
        note: typeof after?.note === "string" ? after.note : null,
      };
    });
}

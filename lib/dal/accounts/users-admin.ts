import "server-only";
import { and, asc, count, eq, isNull, ne, or, sql } from "drizzle-orm";
import { memberships, sessions, users } from "@/db/schema";
import type { Role } from "@/db/schema/users";
import { conflict, forbidden, notFound } from "@/lib/errors";
import { canManageRoles, canManageUser } from "@/lib/policy";
import { recordAudit } from "../internal/audit";
import { recordSecurityEvent } from "./internal/security-events";
import type { DalContext } from "../context";
import type { Tx } from "../db-types";

export interface AdminUserRow {
  id: string;
  name: string;
  email: string;
  emailVerified: boolean;
  role: Role;
  suspended: boolean;
  activeMemberships: number;
  createdAt: Date;
}

export const USERS_PAGE_SIZE = 50;

export function listUsers(
  ctx: DalContext,
  opts: { q?: string; page?: number },
): { items: AdminUserRow[]; total: number; pageCount: number } {
  if (!canManageRoles(ctx.viewer)) throw notFound();
  const q = opts.q?.trim().toLowerCase();
  const like = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const where = like
    ? or(sql`lower(${users.name}) like ${like} escape '\\'`, sql`lower(${users.email}) like ${like} escape '\\'`)
    : undefined;
  const total = ctx.db.select({ n: count() }).from(users).where(where).get()?.n ?? 0;
  const page = Math.max(1, opts.page ?? 1);
  const active = sql<number>`(select count(*) from ${memberships} where ${memberships.userId} = ${users.id} and ${memberships.status} = 'active')`;
  const rows = ctx.db
    .select({ u: users, active })
    .from(users)
    .where(where)
    .orderBy(asc(users.email))
    .limit(USERS_PAGE_SIZE)
    .offset((page - 1) * USERS_PAGE_SIZE)
    .all();
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / USERS_PAGE_SIZE)),
    items: rows.map(({ u, active }) => ({
      id: u.id,
      name: u.name,
      email: u.email,
      emailVerified: u.emailVerified,
      role: u.role,
      suspended: u.suspendedAt !== null,
      activeMemberships: active,
      createdAt: u.createdAt,
    })),
  };
}

function otherActiveAdmins(tx: Tx, exceptId: string): number {
  return (
    tx
      .select({ n: count() })
      .from(users)
      .where(and(eq(users.role, "admin"), ne(users.id, exceptId), isNull(users.suspendedAt)))
      .get()?.n ?? 0
  );
}

function loadTarget(ctx: DalContext, tx: Tx, userId: string) {
  if (!canManageRoles(ctx.viewer)) throw notFound();
  const target = tx.select().from(users).where(eq(users.id, userId)).get();
  if (!target) throw notFound();
  if (!canManageUser(ctx.viewer, userId)) throw forbidden("You cannot change your own role or suspend yourself.");
  return target;
}

/** Admins appoint curators (and other admins). The last active admin can never be removed. */
export function setUserRole(ctx: DalContext, userId: string, role: Role): void {
  ctx.db.transaction((tx) => {
    const target = loadTarget(ctx, tx, userId);
    if (target.role === role) return;
    if (target.role === "admin" && otherActiveAdmins(tx, userId) === 0)
      throw conflict("This is the last admin; appoint another admin first.");
    tx.update(users).set({ role, updatedAt: new Date() }).where(eq(users.id, userId)).run();
    recordAudit(tx, {
      actorUserId: ctx.viewer.kind === "user" ? ctx.viewer.id : null,
      action: "user.role",
      entityType: "user",
      entityId: userId,
      before: { role: target.role },
      after: { role },
    });
    recordSecurityEvent(tx, {
      event: "role.changed",
      userId,
      route: "/admin/users",
      detail: { from: target.role, to: role, by: ctx.viewer.kind === "user" ? ctx.viewer.id : "system" },
    });
  });
}

/** Suspension ends every session at once and stops new sign-ins. */
export function setUserSuspended(ctx: DalContext, userId: string, suspended: boolean): void {
  ctx.db.transaction((tx) => {
    const target = loadTarget(ctx, tx, userId);
    if ((target.suspendedAt !== null) === suspended) return;
    if (suspended && target.role === "admin" && otherActiveAdmins(tx, userId) === 0)
      throw conflict("This is the last admin; appoint another admin first.");
    tx.update(users)
      .set({ suspendedAt: suspended ? new Date() : null, updatedAt: new Date() })
      .where(eq(users.id, userId))
      .run();
    if (suspended) tx.delete(sessions).where(eq(sessions.userId, userId)).run();
    recordAudit(tx, {
      actorUserId: ctx.viewer.kind === "user" ? ctx.viewer.id : null,
      action: suspended ? "user.suspend" : "user.unsuspend",
      entityType: "user",
      entityId: userId,
    });
  });
}

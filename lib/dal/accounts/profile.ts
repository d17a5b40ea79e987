import "server-only";
import { eq, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Role } from "@/db/schema/users";
import { forbidden, notFound } from "@/lib/errors";
import { canManageAccount, navCapabilities, type NavCapabilities } from "@/lib/policy";
import type { ProfileInput } from "@/lib/validation/account";
import type { DalContext } from "../context";
import { listMembershipsOf, type MembershipView } from "./internal/viewer";

export interface AccountView {
  id: string;
  name: string;
  email: string;
  emailVerified: boolean;
  role: Role;
  company: { name: string | null; size: string | null; country: string | null; sector: string | null };
  memberships: MembershipView[];
  createdAt: Date;
}

function requireSelf(ctx: DalContext): string {
  if (ctx.viewer.kind !== "user" || !canManageAccount(ctx.viewer, ctx.viewer.id)) throw forbidden();
  return ctx.viewer.id;
}

/** The signed-in person's own account. */
export function getAccount(ctx: DalContext): AccountView {
  const id = requireSelf(ctx);
  const u = ctx.db.select().from(users).where(eq(users.id, id)).get();
  if (!u) throw notFound();
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    emailVerified: u.emailVerified,
    role: u.role,
    company: { name: u.companyName, size: u.companySize, country: u.companyCountry, sector: u.companySector },
    memberships: listMembershipsOf(ctx.db, id),
    createdAt: u.createdAt,
  };
}

export function updateProfile(ctx: DalContext, input: ProfileInput): void {
  const id = requireSelf(ctx);
  const isSme = ctx.viewer.kind === "user" && ctx.viewer.role === "sme";
  ctx.db
    .update(users)
    .set({
      name: input.name,
      // Company details describe an SME; other roles keep theirs empty.
      ...(isSme
        ? {
            companyName: input.companyName,
            companySize: input.companySize ?? null,
            companyCountry: input.companyCountry || null,
            companySector: input.companySector || null,
          }
        : {}),
      updatedAt: sql`(unixepoch('subsec') * 1000)`,
    })
    .where(eq(users.id, id))
    .run();
}

export interface SignedInSummary {
  name: string;
  role: Role;
  /** What the navigation may offer, decided by the policy (suspension included). */
  can: NavCapabilities;
}

/** Just enough to draw the site header for a signed-in person. */
export function getSignedInSummary(ctx: DalContext): SignedInSummary | null {
  if (ctx.viewer.kind !== "user") return null;
  const u = ctx.db.select({ name: users.name, role: users.role }).from(users).where(eq(users.id, ctx.viewer.id)).get();
  return u ? { ...u, can: navCapabilities(ctx.viewer) } : null;
}

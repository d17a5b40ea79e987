import "server-only";
import { and, asc, count, eq, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import { institutions, memberships, teams } from "@/db/schema";
import { badRequest, notFound } from "@/lib/errors";
import { parseInstitutionQuery } from "@/lib/institution-query";
import { canVerifyInstitution } from "@/lib/policy";
import { recordAudit } from "../internal/audit";
import type { DalContext } from "../context";
import { institutionMatch } from "./find";

export interface CuratedInstitution {
  id: number;
  slug: string;
  name: string;
  countryCode: string;
  city: string | null;
  emailDomains: string[];
  verified: boolean;
  trusted: boolean;
  teamCount: number;
  memberCount: number;
}

export type InstitutionFilter = "all" | "with-activity" | "unverified" | "verified" | "trusted";
export const CURATION_PAGE_SIZE = 50;

/**
 * Institutions for curators to verify and trust, searchable as the pickers search (name, alias,
 * acronym, city, country, ROR id) and by e-mail domain; or the one institution `slug` names.
 */
export function listInstitutionsForCuration(
  ctx: DalContext,
  opts: { q?: string; slug?: string; filter?: InstitutionFilter; page?: number },
): { items: CuratedInstitution[]; total: number; pageCount: number } {
  if (!canVerifyInstitution(ctx.viewer)) throw notFound();
  const teamCount = sql<number>`(select count(*) from ${teams} where ${teams.institutionId} = ${institutions.id})`;
  const memberCount = sql<number>`(select count(*) from ${memberships} where ${memberships.institutionId} = ${institutions.id} and ${memberships.status} != 'rejected')`;
  const parts: SQL[] = [];
  const q = parseInstitutionQuery(opts.q ?? "");
  if (q) parts.push(institutionMatch(q, { domains: true }));
  if (opts.slug) parts.push(eq(institutions.slug, opts.slug));
  const filter = opts.slug ? "all" : (opts.filter ?? "with-activity");
  if (filter === "unverified") parts.push(isNull(institutions.verifiedAt));
  if (filter === "verified") parts.push(isNotNull(institutions.verifiedAt));
  if (filter === "trusted") parts.push(eq(institutions.trusted, true));
  if (filter === "with-activity") parts.push(sql`(${teamCount} > 0 or ${memberCount} > 0)`);
  const where = parts.length ? and(...parts) : undefined;
  const total = ctx.db.select({ n: count() }).from(institutions).where(where).get()?.n ?? 0;
  const page = Math.max(1, opts.page ?? 1);
  const rows = ctx.db
    .select({ i: institutions, teamCount, memberCount })
    .from(institutions)
    .where(where)
    .orderBy(asc(institutions.name))
    .limit(CURATION_PAGE_SIZE)
    .offset((page - 1) * CURATION_PAGE_SIZE)
    .all();
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / CURATION_PAGE_SIZE)),
    items: rows.map(({ i, teamCount, memberCount }) => ({
      id: i.id,
      slug: i.slug,
      name: i.name,
      countryCode: i.countryCode,
      city: i.city,
      emailDomains: i.emailDomains,
      verified: i.verifiedAt !== null,
      trusted: i.trusted,
      teamCount,
      memberCount,
    })),
  };
}

/**
 * Verification says a curator has checked the institution and its e-mail domains: members with a
 * matching address join at once. Trust additionally lets members publish without review; it
 * needs verification, and removing verification removes trust.
 */
export function setInstitutionStatus(
  ctx: DalContext,
  institutionId: number,
  change: { verified?: boolean; trusted?: boolean },
): void {
  if (!canVerifyInstitution(ctx.viewer)) throw notFound();
  const actor = ctx.viewer.kind === "user" ? ctx.viewer.id : null;
  ctx.db.transaction((tx) => {
    const i = tx.select().from(institutions).where(eq(institutions.id, institutionId)).get();
    if (!i) throw notFound();
    const verified = change.verified ?? i.verifiedAt !== null;
    const trusted = verified ? (change.trusted ?? i.trusted) : false;
    if (change.trusted && !verified) throw badRequest("Verify the institution before trusting it.");
    const verifiedAt = verified ? (i.verifiedAt ?? new Date()) : null;
    tx.update(institutions)
      .set({ verifiedAt, trusted, updatedAt: new Date() })
      .where(eq(institutions.id, institutionId))
      .run();
    recordAudit(tx, {
      actorUserId: actor,
      action: "institution.status",
      entityType: "institution",
      entityId: institutionId,
      before: { verified: i.verifiedAt !== null, trusted: i.trusted },
      after: { verified, trusted },
    });
  });
}

import "server-only";
// What the register publishes as open data: the public institution list, the sitemap's pages and
// the register's last change (for Last-Modified). Public facts only, for any viewer.
import { and, asc, count, desc, eq, inArray, isNull, max, sql, type SQL } from "drizzle-orm";
import { collections, institutions, searchChanges, teams } from "@/db/schema";
import { parseInstitutionQuery } from "@/lib/institution-query";
import type { DalContext } from "../context";
import { listPublishedCollections } from "../curation/collections";
import { institutionMatch, institutionRank } from "../institutions/find";
import type { Page } from "../teams/public";

/** A team the public may see: published and not merged into another listing. */
const livePublished = and(eq(teams.status, "published"), isNull(teams.mergedIntoId))!;

export interface PublicInstitution {
  id: number;
  slug: string;
  name: string;
  acronyms: string[];
  countryCode: string;
  city: string | null;
  kind: (typeof institutions.$inferSelect)["kind"];
  rorId: string | null;
  website: string | null;
  verified: boolean;
  publishedTeamCount: number;
  updatedAt: Date;
}

export interface InstitutionListFilter {
  q?: string;
  country?: string[];
  kind?: string[];
  hasTeams?: boolean;
}

const teamCountSql = sql<number>`(select count(*) from ${teams} where ${teams.institutionId} = ${institutions.id} and ${teams.status} = 'published' and ${teams.mergedIntoId} is null)`;

/** Institutions of the register, filtered, best match first for a query, else alphabetical. */
export function listPublicInstitutions(
  ctx: DalContext,
  filter: InstitutionListFilter,
  page: number,
  pageSize: number,
): Page<PublicInstitution> {
  const parts: SQL[] = [];
  const q = filter.q ? parseInstitutionQuery(filter.q) : null;
  if (q && (q.rorId || q.terms.length > 0)) parts.push(institutionMatch(q));
  if (filter.country?.length) parts.push(inArray(institutions.countryCode, filter.country));
  if (filter.kind?.length) parts.push(inArray(institutions.kind, filter.kind as PublicInstitution["kind"][]));
  if (filter.hasTeams !== undefined) parts.push(filter.hasTeams ? sql`${teamCountSql} > 0` : sql`${teamCountSql} = 0`);
  const where = parts.length > 0 ? and(...parts) : undefined;
  const total = ctx.db.select({ n: count() }).from(institutions).where(where).get()?.n ?? 0;
  const order = q && q.terms.length > 0 ? [institutionRank(q), asc(institutions.name)] : [asc(institutions.name)];
  const rows = ctx.db
    .select({ i: institutions, n: teamCountSql })
    .from(institutions)
    .where(where)
    .orderBy(...order, asc(institutions.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();
  return {
    items: rows.map(({ i, n }) => ({
      id: i.id,
      slug: i.slug,
      name: i.name,
      acronyms: i.acronyms,
      countryCode: i.countryCode,
      city: i.city,
      kind: i.kind,
      rorId: i.rorId,
      website: i.website,
      verified: i.verifiedAt !== null,
      publishedTeamCount: Number(n),
      updatedAt: i.updatedAt,
    })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
  };
}

/**
 * The latest change to the public register: the newest entry of the search_changes outbox (SQL
 * triggers append one for every write to a team, its engagement modes and case studies, or an
 * institution; one indexed lookup) or of collections. The Last-Modified of the API's lists: a
 * list also changes when a team leaves it, which only a register-wide date reflects.
 */
export function lastRegisterChange(ctx: DalContext): Date {
  const at = (v: Date | null | undefined) => v?.getTime() ?? 0;
  const change = ctx.db
    .select({ at: searchChanges.createdAt })
    .from(searchChanges)
    .orderBy(desc(searchChanges.id))
    .limit(1)
    .get()?.at;
  const collection = ctx.db
    .select({ at: max(collections.updatedAt) })
    .from(collections)
    .get()?.at;
  // A register with no recorded change yet (seeded before the outbox existed): the rows' own dates.
  const rows = change
    ? 0
    : Math.max(
        at(
          ctx.db
            .select({ at: max(teams.updatedAt) })
            .from(teams)
            .get()?.at,
        ),
        at(
          ctx.db
            .select({ at: max(institutions.updatedAt) })
            .from(institutions)
            .get()?.at,
        ),
      );
  return new Date(Math.max(at(change), at(collection), rows));
}

export interface SitemapEntry {
  /** A path on the site, beginning with "/". */
  path: string;
  lastModified: Date | null;
}

/** Pages with no data of their own, listed first. */
const STATIC_PAGES = ["/", "/teams", "/countries", "/collections", "/about", "/api", "/accessibility"];

/**
 * Every public page worth indexing, with its last change: the static pages, each country and
 * institution with at least one live published team, each published collection that shows a
 * team, and each live published team. Drafts, archived, merged and private pages never appear.
 */
export function listSitemapEntries(ctx: DalContext): SitemapEntry[] {
  const teamRows = ctx.db
    .select({ slug: teams.slug, updatedAt: teams.updatedAt })
    .from(teams)
    .where(livePublished)
    .orderBy(asc(teams.id))
    .all();
  const institutionRows = ctx.db
    .select({ slug: institutions.slug, updatedAt: institutions.updatedAt, teamsAt: max(teams.updatedAt) })
    .from(institutions)
    .innerJoin(teams, and(eq(teams.institutionId, institutions.id), livePublished))
    .groupBy(institutions.id)
    .orderBy(asc(institutions.id))
    .all();
  const countryRows = ctx.db
    .select({ code: institutions.countryCode, at: max(teams.updatedAt) })
    .from(teams)
    .innerJoin(institutions, eq(teams.institutionId, institutions.id))
    .where(livePublished)
    .groupBy(institutions.countryCode)
    .orderBy(asc(institutions.countryCode))
    .all();
  const newest = (...dates: (Date | null | undefined)[]) =>
    dates.reduce<Date | null>((a, d) => (d && (!a || d > a) ? d : a), null);
  return [
    ...STATIC_PAGES.map((path) => ({ path, lastModified: null })),
    ...countryRows.map((c) => ({ path: `/countries/${c.code.toLowerCase()}`, lastModified: c.at })),
    ...listPublishedCollections(ctx, Number.MAX_SAFE_INTEGER).map((c) => ({
      path: `/collections/${c.slug}`,
      lastModified: c.updatedAt,
    })),
    ...institutionRows.map((i) => ({
      path: `/institutions/${i.slug}`,
      lastModified: newest(i.updatedAt, i.teamsAt),
    })),
    ...teamRows.map((t) => ({ path: `/teams/${t.slug}`, lastModified: t.updatedAt })),
  ];
}

const globalForSitemap = globalThis as unknown as {
  __atlasSitemap?: { db: DalContext["db"]; changedAt: number; entries: SitemapEntry[] };
};

/**
 * listSitemapEntries, kept until the register changes (checked with one indexed lookup): at
 * 100,000 teams a rebuild reads the whole teams table, and a crawler fetches every file of the
 * split sitemap in turn.
 */
export function currentSitemapEntries(ctx: DalContext): SitemapEntry[] {
  const changedAt = lastRegisterChange(ctx).getTime();
  const cached = globalForSitemap.__atlasSitemap;
  if (cached && cached.db === ctx.db && cached.changedAt === changedAt) return cached.entries;
  const entries = listSitemapEntries(ctx);
  globalForSitemap.__atlasSitemap = { db: ctx.db, changedAt, entries };
  return entries;
}

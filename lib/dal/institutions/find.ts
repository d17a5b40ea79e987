import "server-only";
import { and, asc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { institutions } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { parseInstitutionQuery, type InstitutionQuery } from "@/lib/institution-query";
import { canSearchInstitutions } from "@/lib/policy";
import type { DalContext } from "../context";

/** One institution as a picker offers it: public facts only. */
export interface InstitutionOption {
  id: number;
  slug: string;
  name: string;
  city: string | null;
  countryCode: string;
  rorId: string | null;
  verified: boolean;
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const contains = (s: string) => `%${likeEscape(s)}%`;

/**
 * Rows matching every term of the query, each in the name, an alias, an acronym, the city or the
 * country (or, with `domains`, an e-mail domain); a ROR id matches only that record. Shared by
 * the pickers and the curators' institution list, so both find the same things.
 */
export function institutionMatch(q: InstitutionQuery, opts: { domains?: boolean } = {}): SQL {
  if (q.rorId) return eq(institutions.rorId, q.rorId);
  const perTerm = q.terms.map((t) => {
    const like = contains(t.text);
    const alternatives: SQL[] = [
      sql`${institutions.name} like ${like} escape '\\'`,
      sql`exists (select 1 from json_each(${institutions.aliases}) a where a.value like ${like} escape '\\')`,
      sql`exists (select 1 from json_each(${institutions.acronyms}) a where a.value like ${`${likeEscape(t.text)}%`} escape '\\')`,
      sql`${institutions.city} like ${like} escape '\\'`,
    ];
    if (t.countryCodes.length > 0) alternatives.push(inArray(institutions.countryCode, t.countryCodes));
    if (opts.domains)
      alternatives.push(
        sql`exists (select 1 from json_each(${institutions.emailDomains}) d where d.value like ${like} escape '\\')`,
      );
    return or(...alternatives)!;
  });
  return and(...perTerm)!;
}

/**
 * Best first: the exact name, an exact alias or acronym, then a name with a word beginning with
 * the text (callers then put verified institutions and shorter names first), then the rest.
 */
export function institutionRank(q: InstitutionQuery): SQL<number> {
  const p = q.phrase;
  return sql<number>`case
    when lower(${institutions.name}) = ${p} then 0
    when exists (select 1 from json_each(${institutions.aliases}) a where lower(a.value) = ${p})
      or exists (select 1 from json_each(${institutions.acronyms}) a where lower(a.value) = ${p}) then 1
    when ${institutions.name} like ${`${likeEscape(p)}%`} escape '\\' or ${institutions.name} like ${`% ${likeEscape(p)}%`} escape '\\' then 2
    else 3 end`;
}

/**
 * Institutions for a picker, by name, alias, acronym, city, country or ROR id; verified ones
 * first among equals. Anyone signed in may look: the facts are public, the endpoint is not.
 */
export function searchInstitutions(ctx: DalContext, query: string, limit = 10): InstitutionOption[] {
  if (!canSearchInstitutions(ctx.viewer)) throw new AppError("unauthenticated", "Sign in to search institutions.");
  const q = parseInstitutionQuery(query);
  if (!q) return [];
  return ctx.db
    .select({
      id: institutions.id,
      slug: institutions.slug,
      name: institutions.name,
      city: institutions.city,
      countryCode: institutions.countryCode,
      rorId: institutions.rorId,
      verifiedAt: institutions.verifiedAt,
    })
    .from(institutions)
    .where(institutionMatch(q))
    .orderBy(
      institutionRank(q),
      sql`${institutions.verifiedAt} is null`,
      sql`length(${institutions.name})`,
      asc(institutions.name),
    )
    .limit(Math.min(Math.max(1, limit), 50))
    .all()
    .map(({ verifiedAt, ...i }) => ({ ...i, verified: verifiedAt !== null }));
}

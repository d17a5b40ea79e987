import "server-only";
import { asc, or, sql } from "drizzle-orm";
import type { AppDb } from "@/db/client";
import { institutions } from "@/db/schema";
import { domainCandidates, matchInstitutions, type DomainMatch } from "@/lib/domains";

/** Public facts about an institution someone says they work at. */
export interface InstitutionCandidate {
  id: number;
  slug: string;
  name: string;
  verified: boolean;
  emailDomains: string[];
}

const columns = {
  id: institutions.id,
  slug: institutions.slug,
  name: institutions.name,
  verifiedAt: institutions.verifiedAt,
  emailDomains: institutions.emailDomains,
};

const toCandidate = (r: {
  id: number;
  slug: string;
  name: string;
  verifiedAt: Date | null;
  emailDomains: string[];
}): InstitutionCandidate => ({
  id: r.id,
  slug: r.slug,
  name: r.name,
  verified: r.verifiedAt !== null,
  emailDomains: r.emailDomains,
});

/** Institutions whose e-mail domains cover this domain (exactly or as a parent), most specific first. */
export function findInstitutionsByDomain(db: AppDb, domain: string): DomainMatch<InstitutionCandidate>[] {
  const candidates = domainCandidates(domain);
  if (candidates.length === 0) return [];
  const rows = db
    .select(columns)
    .from(institutions)
    .where(
      sql`exists (select 1 from json_each(${institutions.emailDomains}) d where lower(d.value) in (${sql.join(
        candidates.map((c) => sql`${c}`),
        sql`, `,
      )}))`,
    )
    .orderBy(asc(institutions.id))
    .limit(50)
    .all();
  return matchInstitutions(domain, rows.map(toCandidate));
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** An institution named exactly (name, alias or acronym, any case), and near misses to suggest. */
export function findInstitutionsByName(
  db: AppDb,
  name: string,
  limit = 5,
): { exact: InstitutionCandidate[]; similar: InstitutionCandidate[] } {
  const q = name.trim().toLowerCase();
  if (q.length < 2) return { exact: [], similar: [] };
  const exact = db
    .select(columns)
    .from(institutions)
    .where(
      or(
        sql`lower(${institutions.name}) = ${q}`,
        sql`exists (select 1 from json_each(${institutions.aliases}) a where lower(a.value) = ${q})`,
        sql`exists (select 1 from json_each(${institutions.acronyms}) a where lower(a.value) = ${q})`,
      ),
    )
    .limit(limit)
    .all()
    .map(toCandidate);
  const similar = db
    .select(columns)
    .from(institutions)
    .where(sql`lower(${institutions.name}) like ${`%${escapeLike(q)}%`} escape '\\'`)
    .orderBy(sql`length(${institutions.name})`, asc(institutions.name))
    .limit(limit)
    .all()
    .map(toCandidate);
  return { exact, similar: similar.filter((s) => !exact.some((e) => e.id === s.id)) };
}

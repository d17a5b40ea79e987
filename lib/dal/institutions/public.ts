import "server-only";
import { and, asc, count, eq, sql } from "drizzle-orm";
import { institutions, teams } from "@/db/schema";
import type { DalContext } from "../context";
import { publiclyLive } from "../teams/live";
import { registerCached } from "../register-cache";

export interface InstitutionProfile {
  id: number;
  slug: string;
  name: string;
  aliases: string[];
  acronyms: string[];
  rorId: string | null;
  countryCode: string;
  city: string | null;
  lat: number | null;
  lng: number | null;
  website: string | null;
  kind: string;
  verified: boolean;
  publishedTeamCount: number;
  updatedAt: Date;
}

function readInstitution(ctx: DalContext, slug: string): InstitutionProfile | null {
  const i = ctx.db.select().from(institutions).where(eq(institutions.slug, slug)).get();
  if (!i) return null;
  const n =
    ctx.db
      .select({ n: count() })
      .from(teams)
      .where(and(eq(teams.institutionId, i.id), publiclyLive()))
      .get()?.n ?? 0;
  return {
    id: i.id,
    slug: i.slug,
    name: i.name,
    aliases: i.aliases,
    acronyms: i.acronyms,
    rorId: i.rorId,
    countryCode: i.countryCode,
    city: i.city,
    lat: i.lat,
    lng: i.lng,
    website: i.website,
    kind: i.kind,
    verified: i.verifiedAt !== null,
    publishedTeamCount: n,
    updatedAt: i.updatedAt,
  };
}

export interface InstitutionWithTeams {
  slug: string;
  name: string;
  city: string | null;
  teamCount: number;
}

/** Institutions in a country that have at least one published team, busiest first. */
function readListInstitutionsWithTeams(ctx: DalContext, countryCode: string): InstitutionWithTeams[] {
  return ctx.db
    .select({ slug: institutions.slug, name: institutions.name, city: institutions.city, teamCount: count(teams.id) })
    .from(institutions)
    .innerJoin(teams, and(eq(teams.institutionId, institutions.id), publiclyLive()))
    .where(eq(institutions.countryCode, countryCode))
    .groupBy(institutions.id)
    .orderBy(sql`count(${teams.id}) desc`, asc(institutions.name))
    .all();
}
export const getInstitution = registerCached("institution", readInstitution);
export const listInstitutionsWithTeams = registerCached("institutionsWithTeams", readListInstitutionsWithTeams);

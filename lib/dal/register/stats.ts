import "server-only";
import { and, asc, count, countDistinct, desc, eq, isNotNull, sql } from "drizzle-orm";
import { institutions, teams } from "@/db/schema";
import { continentOf, type ContinentCode } from "@/lib/reference/countries";
import type { DalContext } from "../context";
import { publiclyLive } from "../teams/live";
import { registerCached } from "../register-cache";

export interface RegisterStats {
  teams: number;
  institutions: number;
  countries: number;
  byContinent: { continent: ContinentCode; teams: number }[];
  byCountry: { countryCode: string; teams: number; institutions: number }[];
}

/** Counts over published teams only: what a visitor can actually find. */
function readRegisterStats(ctx: DalContext): RegisterStats {
  const byCountry = ctx.db
    .select({
      countryCode: institutions.countryCode,
      teams: count(teams.id),
      institutions: countDistinct(institutions.id),
    })
    .from(teams)
    .innerJoin(institutions, eq(teams.institutionId, institutions.id))
    .where(publiclyLive())
    .groupBy(institutions.countryCode)
    .orderBy(sql`count(${teams.id}) desc`, institutions.countryCode)
    .all();
  const continents = new Map<ContinentCode, number>();
  for (const c of byCountry) {
    const cont = continentOf(c.countryCode);
    if (cont) continents.set(cont, (continents.get(cont) ?? 0) + c.teams);
  }
  return {
    teams: byCountry.reduce((s, c) => s + c.teams, 0),
    institutions: byCountry.reduce((s, c) => s + c.institutions, 0),
    countries: byCountry.length,
    byContinent: [...continents].map(([continent, n]) => ({ continent, teams: n })).sort((a, b) => b.teams - a.teams),
    byCountry,
  };
}

/** An institution on a map (the register's, a country's or a collection's), with its published teams. */
export interface MapPoint {
  slug: string;
  name: string;
  countryCode: string;
  lat: number;
  lng: number;
  teams: number;
}

/**
 * A map shows at most this many institutions, those with the most teams: at 100,000 teams there are
 * thousands, whose dots would make every page with a map megabytes long and overlap anyway.
 */
export const MAP_POINTS_LIMIT = 200;

/** Institutions with published teams and coordinates, for the map of where expertise is. */
function readListMapPoints(ctx: DalContext, countryCode?: string): MapPoint[] {
  const rows = ctx.db
    .select({
      slug: institutions.slug,
      name: institutions.name,
      countryCode: institutions.countryCode,
      lat: institutions.lat,
      lng: institutions.lng,
      teams: count(teams.id),
    })
    .from(institutions)
    .innerJoin(teams, and(eq(teams.institutionId, institutions.id), publiclyLive()))
    .where(
      and(
        isNotNull(institutions.lat),
        isNotNull(institutions.lng),
        countryCode ? eq(institutions.countryCode, countryCode) : undefined,
      ),
    )
    .groupBy(institutions.id)
    .orderBy(desc(count(teams.id)), asc(institutions.id))
    .limit(MAP_POINTS_LIMIT)
    .all();
  return rows.flatMap((r) => (r.lat === null || r.lng === null ? [] : [{ ...r, lat: r.lat, lng: r.lng }]));
}
export const getRegisterStats = registerCached("registerStats", readRegisterStats);
export const listMapPoints = registerCached("mapPoints", readListMapPoints);

import "server-only";
import { and, asc, count, desc, eq, sql, type SQL } from "drizzle-orm";
import { caseStudies, institutions, teamEngagementModes, teams } from "@/db/schema";
import { canSeeTeamContact, canViewTeam } from "@/lib/policy";
import type { DalContext } from "../context";
import { withCardDetails } from "./cards";
import { toTeamListItem, toTeamProfile, type TeamListItem, type TeamProfile } from "./dto";
import { publiclyLive } from "./live";
import { registerCached } from "../register-cache";

export const PAGE_SIZE = 20;

/** A team's public profile, or null when it does not exist or the viewer may not see it. */
function readTeam(ctx: DalContext, slug: string): TeamProfile | null {
  const row = ctx.db
    .select({ team: teams, institution: institutions })
    .from(teams)
    .innerJoin(institutions, eq(teams.institutionId, institutions.id))
    .where(eq(teams.slug, slug))
    .get();
  if (!row || !canViewTeam(ctx.viewer, row.team)) return null;
  const modes = ctx.db.select().from(teamEngagementModes).where(eq(teamEngagementModes.teamId, row.team.id)).all();
  const cases = ctx.db.select().from(caseStudies).where(eq(caseStudies.teamId, row.team.id)).all();
  return toTeamProfile(row.team, row.institution, modes, cases, canSeeTeamContact(ctx.viewer, row.team));
}

export interface TeamFilter {
  country?: string;
  /** An OECD major field ("2") matches its subfields ("2.5") too. */
  field?: string;
  institutionId?: number;
}

function publishedWhere(filter: TeamFilter): SQL | undefined {
  const parts: SQL[] = [publiclyLive()];
  if (filter.country) parts.push(eq(institutions.countryCode, filter.country));
  if (filter.institutionId !== undefined) parts.push(eq(teams.institutionId, filter.institutionId));
  if (filter.field) {
    parts.push(
      sql`exists (select 1 from json_each(${teams.fields}) f where f.value = ${filter.field} or f.value like ${`${filter.field}.%`})`,
    );
  }
  return and(...parts);
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageCount: number;
}

/** Published teams, alphabetical, one page at a time. */
function readListTeams(ctx: DalContext, filter: TeamFilter, page = 1, pageSize = PAGE_SIZE): Page<TeamListItem> {
  const where = publishedWhere(filter);
  const total =
    ctx.db
      .select({ n: count() })
      .from(teams)
      .innerJoin(institutions, eq(teams.institutionId, institutions.id))
      .where(where)
      .get()?.n ?? 0;
  const rows = ctx.db
    .select({ team: teams, institution: institutions })
    .from(teams)
    .innerJoin(institutions, eq(teams.institutionId, institutions.id))
    .where(where)
    .orderBy(asc(teams.name), asc(teams.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();
  return {
    items: withCardDetails(
      ctx,
      rows.map((r) => toTeamListItem(r.team, r.institution)),
    ),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
  };
}

/** The most recently published or updated public teams. */
function readListRecentTeams(ctx: DalContext, limit = 6): TeamListItem[] {
  const rows = ctx.db
    .select({ team: teams, institution: institutions })
    .from(teams)
    .innerJoin(institutions, eq(teams.institutionId, institutions.id))
    .where(publiclyLive())
    .orderBy(desc(teams.updatedAt), asc(teams.id))
    .limit(limit)
    .all()
    .map((r) => toTeamListItem(r.team, r.institution));
  return withCardDetails(ctx, rows);
}
export const getTeam = registerCached("team", readTeam);
export const listTeams = registerCached("teams", readListTeams);
export const listRecentTeams = registerCached("recentTeams", readListRecentTeams);

import "server-only";
import { asc, desc, eq, inArray, sql } from "drizzle-orm";
import { institutions, teams, type Team } from "@/db/schema";
import { forbidden, notFound } from "@/lib/errors";
import { canEditTeam, canReadTeamHistory, canUseDashboard, canViewTeam } from "@/lib/policy";
import type { TeamInput } from "@/lib/validation/team";
import { readAuditTrail, type AuditEntry } from "../internal/audit";
import type { DalContext } from "../context";
import { loadTeamBundle } from "./internal/team-data";
import { isStale } from "./dto";

export interface InstitutionChoice {
  id: number;
  slug: string;
  name: string;
  verified: boolean;
  trusted: boolean;
  countryCode: string;
  city: string | null;
}

const toChoice = (i: typeof institutions.$inferSelect): InstitutionChoice => ({
  id: i.id,
  slug: i.slug,
  name: i.name,
  verified: i.verifiedAt !== null,
  trusted: i.trusted,
  countryCode: i.countryCode,
  city: i.city,
});

export interface EditableTeam {
  id: number;
  slug: string;
  version: number;
  status: Team["status"];
  reviewNote: string | null;
  reviewedAt: Date | null;
  publishedAt: Date | null;
  confirmedAt: Date | null;
  updatedAt: Date;
  isDemo: boolean;
  notConfirmedRecently: boolean;
  canEdit: boolean;
  institution: InstitutionChoice;
  input: TeamInput;
}

/** A listing as its owners and curators work on it; 404 for anyone who may not see it. */
export function getTeamForOwner(ctx: DalContext, slug: string): EditableTeam {
  const bundle = loadTeamBundle(ctx.db, { slug });
  if (!bundle || !canViewTeam(ctx.viewer, bundle.team) || !canReadTeamHistory(ctx.viewer, bundle.team))
    throw notFound();
  const { team: t, institution: i, input } = bundle;
  return {
    id: t.id,
    slug: t.slug,
    version: t.version,
    status: t.status,
    reviewNote: t.reviewNote,
    reviewedAt: t.reviewedAt,
    publishedAt: t.publishedAt,
    confirmedAt: t.confirmedAt,
    updatedAt: t.updatedAt,
    isDemo: t.isDemo,
    notConfirmedRecently: t.status === "published" && isStale(t),
    canEdit: canEditTeam(ctx.viewer, t),
    institution: toChoice(i),
    input,
  };
}

export function getTeamHistory(ctx: DalContext, slug: string): AuditEntry[] {
  const t = ctx.db.select().from(teams).where(eq(teams.slug, slug)).get();
  if (!t || !canReadTeamHistory(ctx.viewer, t)) throw notFound();
  return readAuditTrail(ctx.db, "team", t.id);
}

export interface DashboardTeam {
  slug: string;
  name: string;
  status: Team["status"];
  institutionName: string;
  updatedAt: Date;
  confirmedAt: Date | null;
  reviewNote: string | null;
  needsConfirmation: boolean;
}

const REMIND_AFTER_MS = 365 * 24 * 3600 * 1000;

/** University members: every listing of their institutions. Curators: the listings they created. */
export function listDashboardTeams(ctx: DalContext): DashboardTeam[] {
  const v = ctx.viewer;
  if (!canUseDashboard(v) || v.kind !== "user") throw forbidden();
  const scope =
    v.role === "university"
      ? v.institutionIds.length > 0
        ? inArray(teams.institutionId, [...v.institutionIds])
        : sql`0`
      : eq(teams.createdBy, v.id);
  const now = Date.now();
  return ctx.db
    .select({ team: teams, institutionName: institutions.name })
    .from(teams)
    .innerJoin(institutions, eq(institutions.id, teams.institutionId))
    .where(scope)
    .orderBy(desc(teams.updatedAt), asc(teams.id))
    .limit(500)
    .all()
    .map(({ team: t, institutionName }) => ({
      slug: t.slug,
      name: t.name,
      status: t.status,
      institutionName,
      updatedAt: t.updatedAt,
      confirmedAt: t.confirmedAt,
      reviewNote: t.reviewNote,
      needsConfirmation:
        t.status === "published" && now - (t.confirmedAt ?? t.publishedAt ?? t.createdAt).getTime() > REMIND_AFTER_MS,
    }));
}

/** Institutions the viewer is a member of (curators choose any other in the institution picker). */
export function listOwnInstitutions(ctx: DalContext): InstitutionChoice[] {
  const v = ctx.viewer;
  if (v.kind !== "user" || v.institutionIds.length === 0) return [];
  return ctx.db
    .select()
    .from(institutions)
    .where(inArray(institutions.id, [...v.institutionIds]))
    .orderBy(asc(institutions.name))
    .all()
    .map(toChoice);
}

export function findInstitutionBySlug(ctx: DalContext, slug: string): InstitutionChoice | null {
  const i = ctx.db.select().from(institutions).where(eq(institutions.slug, slug)).get();
  return i ? toChoice(i) : null;
}

/** Keywords already used in published listings, most used first: suggestions for the editor. */
export function keywordSuggestions(ctx: DalContext, limit = 400): string[] {
  return ctx.db
    .all<{ value: string }>(
      sql`select k.value as value from ${teams}, json_each(${teams.keywords}) k where ${teams.status} = 'published' group by k.value order by count(*) desc, k.value limit ${limit}`,
    )
    .map((r) => r.value);
}

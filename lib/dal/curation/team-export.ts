import "server-only";
import { defaultCurrencyFor } from "@/lib/reference/currency";
import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import {
  caseStudies,
  institutions,
  teamEngagementModes,
  teams,
  type CaseStudy,
  type TeamEngagementMode,
} from "@/db/schema";
import type { ListingRecord } from "@/lib/curation/listing-csv";
import { notFound } from "@/lib/errors";
import type { TeamStatus } from "@/lib/reference/engagement";
import type { TeamInput } from "@/lib/validation/team";
import { canExportListings } from "@/lib/policy";
import type { DalContext } from "../context";
import { teamInput } from "../teams/internal/team-data";
import { publiclyLive } from "../teams/live";

export interface ExportFilter {
  status?: TeamStatus;
  /** Institution slug. */
  institution?: string;
  country?: string;
}

const CHUNK = 500;

function byTeam<T extends { teamId: number }>(rows: T[]): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const r of rows) m.set(r.teamId, [...(m.get(r.teamId) ?? []), r]);
  return m;
}

/**
 * Listings in the exchange format, alphabetical. "staff": every status, with contact e-mails
 * (curators only; 404 for anyone else). "public": published listings only, never a contact.
 */
export function exportListings(ctx: DalContext, filter: ExportFilter, scope: "staff" | "public"): ListingRecord[] {
  if (scope === "staff" && !canExportListings(ctx.viewer)) throw notFound();
  const where: SQL[] = [];
  if (scope === "public") where.push(publiclyLive());
  else if (filter.status) where.push(eq(teams.status, filter.status));
  if (filter.institution) where.push(eq(institutions.slug, filter.institution));
  if (filter.country) where.push(eq(institutions.countryCode, filter.country));
  const rows = ctx.db
    .select({ team: teams, institution: institutions })
    .from(teams)
    .innerJoin(institutions, eq(institutions.id, teams.institutionId))
    .where(and(...where))
    .orderBy(asc(teams.name), asc(teams.id))
    .all();
  const ids = rows.map((r) => r.team.id);
  const modes = new Map<number, TeamEngagementMode[]>();
  const cases = new Map<number, CaseStudy[]>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    for (const [k, v] of byTeam(
      ctx.db.select().from(teamEngagementModes).where(inArray(teamEngagementModes.teamId, chunk)).all(),
    ))
      modes.set(k, v);
    const c = ctx.db
      .select()
      .from(caseStudies)
      .where(inArray(caseStudies.teamId, chunk))
      .orderBy(asc(caseStudies.position), asc(caseStudies.id))
      .all();
    for (const [k, v] of byTeam(c)) cases.set(k, v);
  }
  return rows.map(({ team: t, institution: i }) => {
    const input = teamInput(t, modes.get(t.id) ?? [], cases.get(t.id) ?? []);
    // Rows written before listings named a currency state their costs in their country's.
    input.currency ??= defaultCurrencyFor(i.countryCode);
    return {
      slug: t.slug,
      status: t.status,
      version: t.version,
      updatedAt: t.updatedAt.toISOString(),
      institution: { slug: i.slug, rorId: i.rorId, name: i.name, countryCode: i.countryCode },
      ...(scope === "staff" ? input : withoutContact(input)),
    };
  });
}

function withoutContact(input: TeamInput): Omit<TeamInput, "contactEmail"> {
  const { contactEmail: _private, ...rest } = input;
  return rest;
}

import "server-only";
import { asc, eq } from "drizzle-orm";
import type { AppDb } from "@/db/client";
import {
  caseStudies,
  institutions,
  teamEngagementModes,
  teams,
  type CaseStudy,
  type Institution,
  type Team,
  type TeamEngagementMode,
} from "@/db/schema";
import { defaultCurrencyFor } from "@/lib/reference/currency";
import { ENGAGEMENT_MODES } from "@/lib/reference/engagement";
import type { TeamInput } from "@/lib/validation/team";
import type { DbOrTx, Tx } from "../../db-types";

const MODE_ORDER: string[] = ENGAGEMENT_MODES.map((m) => m.code);

export interface TeamBundle {
  team: Team;
  institution: Institution;
  input: TeamInput;
}

/** A listing with its institution, engagement modes and case studies, in the editor's shape. */
export function loadTeamBundle(db: DbOrTx, where: { slug: string } | { id: number }): TeamBundle | null {
  const row = db
    .select({ team: teams, institution: institutions })
    .from(teams)
    .innerJoin(institutions, eq(institutions.id, teams.institutionId))
    .where("slug" in where ? eq(teams.slug, where.slug) : eq(teams.id, where.id))
    .get();
  if (!row) return null;
  const modes = db.select().from(teamEngagementModes).where(eq(teamEngagementModes.teamId, row.team.id)).all();
  const cases = db
    .select()
    .from(caseStudies)
    .where(eq(caseStudies.teamId, row.team.id))
    .orderBy(asc(caseStudies.position))
    .all();
  return { ...row, input: teamInput(row.team, modes, cases) };
}

/** A listing's stored rows in the editor's (and the exchange format's) shape. */
export function teamInput(t: Team, modes: readonly TeamEngagementMode[], cases: readonly CaseStudy[]): TeamInput {
  return {
    name: t.name,
    summary: t.summary,
    description: t.description,
    keywords: t.keywords,
    fields: t.fields,
    sectors: t.sectors,
    knowledgeTypes: t.knowledgeTypes,
    engagementModes: modes
      .map(({ mode, costBand, duration }) => ({ mode, costBand, duration }))
      .sort((a, b) => MODE_ORDER.indexOf(a.mode) - MODE_ORDER.indexOf(b.mode)),
    facilities: t.facilities,
    languages: t.languages,
    availability: t.availability,
    leadName: t.leadName,
    leadOrcid: t.leadOrcid,
    website: t.website,
    contactEmail: t.contactEmail,
    caseStudies: cases.map(({ partnerKind, partnerCountry, year, challenge, whatWasDone, outcome }) => ({
      partnerKind,
      partnerCountry,
      year,
      challenge,
      whatWasDone,
      outcome,
    })),
    ...(t.currency ? { currency: t.currency } : {}),
  };
}

/** The team-table columns an input sets. */
/** An edit that names no currency keeps the listing's (so an unchanged edit is no change). */
export function keepCurrency(input: TeamInput, current: TeamInput): TeamInput {
  return input.currency === undefined && current.currency ? { ...input, currency: current.currency } : input;
}

/**
 * The teams row's columns of a listing. A listing that names no currency gets its institution's
 * country's (`countryCode`); without one, an update leaves the stored currency as it is.
 */
export function teamColumns(input: TeamInput, countryCode?: string) {
  const { engagementModes: _m, caseStudies: _c, currency, ...columns } = input;
  const resolved = currency ?? (countryCode ? defaultCurrencyFor(countryCode) : undefined);
  return resolved ? { ...columns, currency: resolved } : columns;
}

/** Replaces a listing's engagement modes and case studies with the input's. */
export function writeTeamChildren(tx: Tx, teamId: number, input: TeamInput): void {
  tx.delete(teamEngagementModes).where(eq(teamEngagementModes.teamId, teamId)).run();
  tx.delete(caseStudies).where(eq(caseStudies.teamId, teamId)).run();
  if (input.engagementModes.length > 0) {
    tx.insert(teamEngagementModes)
      .values(input.engagementModes.map((m) => ({ ...m, teamId })))
      .run();
  }
  if (input.caseStudies.length > 0) {
    tx.insert(caseStudies)
      .values(input.caseStudies.map((c, position) => ({ ...c, teamId, position })))
      .run();
  }
}

/** What the audit log keeps of a listing: its editable content and its state. */
export function snapshot(input: TeamInput, status: string, extra: Record<string, unknown> = {}) {
  return { ...input, status, ...extra };
}

export function trustOf(i: Institution) {
  return { verified: i.verifiedAt !== null, trusted: i.trusted };
}

export function slugTaken(db: AppDb | Tx, slug: string): boolean {
  return db.select({ id: teams.id }).from(teams).where(eq(teams.slug, slug)).get() !== undefined;
}

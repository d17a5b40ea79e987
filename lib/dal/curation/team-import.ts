import "server-only";
import { eq } from "drizzle-orm";
import { institutions, teams, type ImportRowResult, type ImportTargetStatus, type Institution } from "@/db/schema";
import { issuesToProblems, rowToTeamRaw, type CellProblem, type CsvRow } from "@/lib/curation/listing-csv-import";
import { AppError, notFound } from "@/lib/errors";
import { canEditTeam, canImport } from "@/lib/policy";
import { ENGAGEMENT_MODES } from "@/lib/reference/engagement";
import { isSlug } from "@/lib/slug";
import { parseListingFields } from "@/lib/validation/listing-fields";
import type { TeamInput } from "@/lib/validation/team";
import { recordAudit } from "../internal/audit";
import type { DalContext } from "../context";
import { noteSubmittedForReview } from "./internal/review-notes";
import type { Tx } from "../db-types";
import {
  keepCurrency,
  loadTeamBundle,
  snapshot,
  teamColumns,
  writeTeamChildren,
  type TeamBundle,
} from "../teams/internal/team-data";
import { publishedColumns } from "../teams/lifecycle";
import { guardedUpdate, uniqueSlug } from "../teams/internal/write-helpers";

// One CSV row at a time, each in its own transaction: a row is written whole or not at all, and a
// bad row never costs the others their work. A dry run goes through exactly the same checks and
// stops short of writing, so its report is what the commit will do (unless someone edits a
// listing in between, which the commit then reports).

export interface ImportOptions {
  dryRun: boolean;
  /** What new listings become; existing listings keep their status. */
  targetStatus: ImportTargetStatus;
}

/** Slugs already seen in this file → the row that had them. */
export type SeenSlugs = Map<string, number>;

class RowError extends Error {
  constructor(readonly problems: CellProblem[]) {
    super("row error");
  }
}
const rowError = (column: CellProblem["column"], message: string) => new RowError([{ column, message }]);

const MODE_ORDER: string[] = ENGAGEMENT_MODES.map((m) => m.code);
const actorOf = (ctx: DalContext) => (ctx.viewer.kind === "user" ? ctx.viewer.id : null);

/** The row's institution; every problem with its cells is added to `problems` (none thrown). */
function findInstitution(tx: Tx, cells: CsvRow["cells"], problems: CellProblem[]): Institution | null {
  const slug = cells.institution?.trim() ?? "";
  const ror = cells.institution_ror?.trim() ?? "";
  const bySlug = slug ? tx.select().from(institutions).where(eq(institutions.slug, slug)).get() : undefined;
  if (slug && !bySlug) problems.push({ column: "institution", message: `No institution has the slug “${slug}”.` });
  const byRor = ror ? tx.select().from(institutions).where(eq(institutions.rorId, ror)).get() : undefined;
  if (ror && !byRor)
    problems.push({
      column: "institution_ror",
      message: `No institution has the ROR id “${ror}” (use the full form, https://ror.org/0…).`,
    });
  if (bySlug && byRor && bySlug.id !== byRor.id)
    problems.push({
      column: "institution_ror",
      message: `The ROR id is ${byRor.name}'s, but the slug is ${bySlug.name}'s.`,
    });
  return bySlug ?? byRor ?? null;
}

/** The row as a listing, or null with every problem of its cells added to `problems`. */
function parseInput(cells: CsvRow["cells"], base: TeamInput | null, problems: CellProblem[]): TeamInput | null {
  const { raw, problems: cellProblems } = rowToTeamRaw(cells, base);
  problems.push(...cellProblems);
  const parsed = parseListingFields(raw, "complete");
  if (!parsed.success) {
    // A cell that could not be read at all (case studies' JSON) is reported once, not again
    // as the schema's complaint about the value left in its place.
    const unreadable = new Set(cellProblems.map((p) => p.column));
    problems.push(...issuesToProblems(parsed.error, raw).filter((p) => !unreadable.has(p.column)));
    return null;
  }
  if (cellProblems.length > 0) return null;
  // Stored modes have no order; compare them in the order listings are read back in.
  parsed.data.engagementModes.sort((a, b) => MODE_ORDER.indexOf(a.mode) - MODE_ORDER.indexOf(b.mode));
  return parsed.data;
}

function updateRow(
  ctx: DalContext,
  tx: Tx,
  row: CsvRow,
  existing: TeamBundle,
  institution: Institution | null,
  opts: ImportOptions,
  problems: CellProblem[],
): ImportRowResult["outcome"] {
  const { team } = existing;
  if (!canEditTeam(ctx.viewer, team)) throw rowError("slug", "You cannot edit this listing.");
  if (team.mergedIntoId !== null)
    problems.push({ column: "slug", message: "This listing was merged into another one; edit that listing instead." });
  if (institution && institution.id !== team.institutionId) {
    problems.push({
      column: "institution",
      message: `This listing belongs to ${existing.institution.name}; an import does not move listings between institutions.`,
    });
  }
  const parsed = parseInput(row.cells, existing.input, problems);
  if (!parsed || problems.length > 0) throw new RowError(problems);
  const input = keepCurrency(parsed, existing.input);
  if (JSON.stringify(input) === JSON.stringify(existing.input)) return "unchanged";
  const version = row.cells.version?.trim();
  if (version && version !== String(team.version)) {
    throw rowError(
      "version",
      `The listing was changed after this file was exported (version ${version}, now ${team.version}). Export again and redo this row's edits.`,
    );
  }
  if (!opts.dryRun) {
    guardedUpdate(tx, team, team.version, teamColumns(input));
    writeTeamChildren(tx, team.id, input);
    recordAudit(tx, {
      actorUserId: actorOf(ctx),
      action: "team.import.update",
      entityType: "team",
      entityId: team.id,
      before: snapshot(existing.input, team.status),
      after: snapshot(input, team.status),
    });
  }
  return "updated";
}

function createRow(
  ctx: DalContext,
  tx: Tx,
  row: CsvRow,
  slug: string,
  institution: Institution | null,
  opts: ImportOptions,
  problems: CellProblem[],
): string {
  const named = Boolean(row.cells.institution?.trim() || row.cells.institution_ror?.trim());
  if (!institution && !named)
    problems.push({
      column: "institution",
      message: "A new listing needs its institution: give its slug (institution) or ROR id (institution_ror).",
    });
  const input = parseInput(row.cells, null, problems);
  if (!input || !institution || problems.length > 0) throw new RowError(problems);
  const finalSlug = slug || uniqueSlug(tx, input.name, institution.slug);
  if (!opts.dryRun) {
    const now = new Date();
    const created = tx
      .insert(teams)
      .values({
        ...teamColumns(input, institution.countryCode),
        slug: finalSlug,
        institutionId: institution.id,
        status: opts.targetStatus,
        createdBy: actorOf(ctx),
      })
      .returning()
      .get();
    if (opts.targetStatus === "published")
      tx.update(teams).set(publishedColumns(created, now)).where(eq(teams.id, created.id)).run();
    if (opts.targetStatus === "pending") noteSubmittedForReview(tx, created.id, now);
    writeTeamChildren(tx, created.id, input);
    recordAudit(tx, {
      actorUserId: actorOf(ctx),
      action: "team.import.create",
      entityType: "team",
      entityId: created.id,
      after: snapshot(input, opts.targetStatus),
    });
  }
  return finalSlug;
}

/** Checks (and unless a dry run, writes) one row. Never throws for a problem with the row. */
export function importListingRow(ctx: DalContext, row: CsvRow, opts: ImportOptions, seen: SeenSlugs): ImportRowResult {
  if (!canImport(ctx.viewer)) throw notFound();
  const slug = (row.cells.slug ?? "").trim();
  const result: ImportRowResult = {
    row: row.row,
    slug: slug || null,
    name: (row.cells.name ?? "").trim().slice(0, 150),
    outcome: "error",
    problems: [],
  };
  try {
    // Cells out of line with the header cannot be read column by column: that is the only problem.
    if (row.problem) throw rowError("row", row.problem);
    // Every other problem of the row is collected, so one report lists them all.
    const problems: CellProblem[] = [];
    const slugOk = !slug || isSlug(slug);
    if (!slugOk)
      problems.push({
        column: "slug",
        message:
          "A slug is lower-case letters, digits and single hyphens, e.g. robotics-lab; leave it blank for a new listing.",
      });
    const first = slug ? seen.get(slug) : undefined;
    if (first !== undefined)
      problems.push({ column: "slug", message: `This listing is also on row ${first}; list each listing once.` });
    if (slug && first === undefined) seen.set(slug, row.row);
    ctx.db.transaction((tx) => {
      const institution = findInstitution(tx, row.cells, problems);
      const existing = slug && slugOk ? loadTeamBundle(tx, { slug }) : null;
      if (existing) {
        result.outcome = updateRow(ctx, tx, row, existing, institution, opts, problems);
      } else {
        result.slug = createRow(ctx, tx, row, slugOk ? slug : "", institution, opts, problems);
        result.outcome = "created";
      }
    });
  } catch (err) {
    result.outcome = "error";
    if (err instanceof RowError) result.problems = err.problems;
    else if (err instanceof AppError) result.problems = [{ column: "row", message: err.message }];
    else {
      console.error(`import row ${row.row} failed`, err);
      result.problems = [
        {
          column: "row",
          message: "This row could not be saved because of an error on our side; nothing of it was written.",
        },
      ];
    }
  }
  return result;
}

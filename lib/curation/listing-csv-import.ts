// Reading an uploaded listings CSV: the whole file is checked first (encoding, size, header,
// row count), then each row becomes listing fields (lib/validation/listing-fields.ts), the input
// shape the editor's form also maps to before the one team schema, with any problem named by row
// and column.
import { parse } from "csv-parse/sync";
import type { z } from "zod";
import {
  CASE_FIELDS,
  emptyListingFields,
  listingFieldsOf,
  type CaseStudyFields,
  type ListingFields,
} from "@/lib/validation/listing-fields";
import type { TeamInput } from "@/lib/validation/team";
import { splitList, splitModes, unprotectCell } from "./csv-cells";
import { COLUMN_FIELDS, CSV_COLUMNS, type CsvColumn } from "./listing-csv";
import { own } from "@/lib/own";

export const IMPORT_LIMITS = {
  bytes: 5 * 1024 * 1024,
  rows: 5000,
  /** Longest single row, in characters: the schema's own limits sum to well under this. */
  rowChars: 100_000,
} as const;

/** Every row names its listing; a new one also needs its institution (by slug or ROR id). */
export const REQUIRED_COLUMNS: readonly CsvColumn[] = ["slug", "name"];

export interface CsvRow {
  /** As a spreadsheet numbers it: the header is row 1. */
  row: number;
  cells: Partial<Record<CsvColumn, string>>;
  /** A problem with the row as a whole (wrong number of cells). */
  problem?: string;
}

export type ParsedCsv =
  { ok: true; text: string; columns: CsvColumn[]; rows: CsvRow[] } | { ok: false; message: string };

const fail = (message: string): ParsedCsv => ({ ok: false, message });

function decode(bytes: Uint8Array): string | null {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return null;
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

const MB = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;

/** Checks and splits a whole file. Never throws: every failure is a message a curator can act on. */
export function parseListingCsv(bytes: Uint8Array): ParsedCsv {
  if (bytes.length === 0) return fail("The file is empty.");
  if (bytes.length > IMPORT_LIMITS.bytes)
    return fail(
      `The file is ${MB(bytes.length)}; the limit is ${MB(IMPORT_LIMITS.bytes)}. Split it into smaller files.`,
    );
  const text = decode(bytes);
  if (text === null)
    return fail(
      "The file is not UTF-8 text. In your spreadsheet, save it as “CSV UTF-8 (comma delimited)” and try again.",
    );
  let records: string[][];
  try {
    records = parse(text, {
      relax_column_count: true,
      skip_empty_lines: false,
      max_record_size: IMPORT_LIMITS.rowChars,
      to: IMPORT_LIMITS.rows + 2,
    });
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return fail(`The file is not valid CSV: ${reason}. Check for a stray quotation mark.`);
  }
  const [header, ...body] = records;
  if (!header || header.every((h) => h.trim() === "")) return fail("The file has no header row.");
  const names = header.map((h) => h.trim().toLowerCase());
  const unknown = names.filter((n) => !(CSV_COLUMNS as readonly string[]).includes(n));
  if (unknown.length > 0) {
    return fail(
      `Unknown column${unknown.length > 1 ? "s" : ""}: ${unknown.map((u) => `“${u}”`).join(", ")}. The columns are those of the export: ${CSV_COLUMNS.join(", ")}.`,
    );
  }
  const repeated = names.filter((n, i) => names.indexOf(n) !== i);
  if (repeated.length > 0) return fail(`Column “${repeated[0]}” appears twice in the header.`);
  const columns = names as CsvColumn[];
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (!columns.includes("institution") && !columns.includes("institution_ror")) missing.push("institution");
  if (missing.length > 0)
    return fail(`Missing required column${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}.`);
  const rows: CsvRow[] = [];
  body.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === "")) return;
    const row: CsvRow = { row: i + 2, cells: {} };
    if (cells.length !== columns.length)
      row.problem = `This row has ${cells.length} cells; the header has ${columns.length}.`;
    columns.forEach((c, j) => {
      row.cells[c] = unprotectCell(cells[j] ?? "");
    });
    rows.push(row);
  });
  if (rows.length === 0) return fail("The file has a header but no listings.");
  if (rows.length > IMPORT_LIMITS.rows)
    return fail(
      `The file has more than ${IMPORT_LIMITS.rows.toLocaleString("en-GB")} listings; split it into smaller files.`,
    );
  return { ok: true, text, columns, rows };
}

export interface CellProblem {
  column: CsvColumn | "row";
  message: string;
}

const LIST_COLUMNS = new Set<CsvColumn>([
  "keywords",
  "fields",
  "sectors",
  "knowledge_types",
  "facilities",
  "languages",
]);

type ListField = "keywords" | "fields" | "sectors" | "knowledgeTypes" | "facilities" | "languages";
type TextField = Exclude<keyof ListingFields, ListField | "engagementModes" | "caseStudies">;

/**
 * A row's cells over `base` (the listing as it is, or nothing for a new one): a column the file
 * does not have keeps the current value; a blank cell in a column it has means "empty".
 */
export function rowToTeamRaw(
  cells: CsvRow["cells"],
  base: TeamInput | null,
): { raw: ListingFields; problems: CellProblem[] } {
  const raw = base ? listingFieldsOf(base) : emptyListingFields();
  const problems: CellProblem[] = [];
  for (const [column, field] of Object.entries(COLUMN_FIELDS) as [keyof typeof COLUMN_FIELDS, keyof TeamInput][]) {
    const cell = cells[column];
    if (cell === undefined) continue;
    if (LIST_COLUMNS.has(column)) raw[field as ListField] = splitList(cell);
    else if (field === "engagementModes") raw.engagementModes = splitModes(cell);
    else if (field === "caseStudies") {
      const parsed = parseCaseStudies(cell);
      if (typeof parsed === "string") problems.push({ column, message: parsed });
      else raw.caseStudies = parsed;
    } else raw[field as TextField] = cell;
  }
  return { raw, problems };
}

const FORMAT = "copy the format of the export";

/** The JSON of the export: an array of objects whose parts are text (the year may be a number). */
function parseCaseStudies(cell: string): CaseStudyFields[] | string {
  if (cell.trim() === "") return [];
  let value: unknown;
  try {
    value = JSON.parse(cell);
  } catch {
    return `Case studies are not valid JSON; ${FORMAT}.`;
  }
  if (!Array.isArray(value)) return "Case studies must be a JSON array, as in the export.";
  const out: CaseStudyFields[] = [];
  for (const [i, item] of value.entries()) {
    if (typeof item !== "object" || item === null || Array.isArray(item))
      return `Case study ${i + 1} is not an object; ${FORMAT}.`;
    const c: CaseStudyFields = {};
    for (const f of CASE_FIELDS) {
      const v: unknown = (item as Record<string, unknown>)[f];
      // Absent and null both mean "not given"; the schema says what is missing.
      if (v === undefined || v === null) continue;
      if (typeof v === "string") c[f] = v;
      else if (f === "year" && typeof v === "number") c[f] = String(v);
      else return `Case study ${i + 1}: “${f}” must be text; ${FORMAT}.`;
    }
    out.push(c);
  }
  return out;
}

const FIELD_COLUMNS = Object.fromEntries(Object.entries(COLUMN_FIELDS).map(([c, f]) => [f, c])) as Record<
  string,
  CsvColumn
>;

/** Schema issues as row problems, each against its CSV column. */
export function issuesToProblems(error: z.ZodError, raw: ListingFields): CellProblem[] {
  return error.issues.map((issue) => {
    const [head, index] = issue.path;
    const column = own(FIELD_COLUMNS, String(head)) ?? "row";
    let message = issue.message;
    if (head === "caseStudies" && typeof index === "number") message = `Case study ${index + 1}: ${message}`;
    if (head === "engagementModes" && typeof index === "number") {
      const mode = raw.engagementModes[index]?.mode;
      message = `${mode || `Item ${index + 1}`}: ${message}`;
    }
    return { column, message };
  });
}

// Spreadsheet formula injection: Excel, LibreOffice and Google Sheets run a cell that begins with
// =, +, - or @ (also after a leading tab or carriage return) as a formula. Listings are exported
// to CSV and opened by curators and partners, so what a listing field may begin with is decided
// per field (see README, "Spreadsheet formulas"):
// - names and words (team name, lead's name, keywords, contact e-mail): none of = + - @;
// - descriptive text (summary, description, facilities, case studies): not = or @, which no
//   sentence begins with; + and - stay allowed ("-80 °C freezer", "- " bullets) because the
//   export neutralises them with a leading apostrophe (lib/curation/csv-cells.ts).
// Leading tabs and line breaks are trimmed by cleanText before this check.

export type FormulaRule = "names" | "text";

const START: Record<FormulaRule, RegExp> = { names: /^[=+\-@\t\r\n]/, text: /^[=@\t\r\n]/ };

export function startsLikeFormula(value: string, rule: FormulaRule): boolean {
  return START[rule].test(value);
}

export function formulaMessage(label: string, rule: FormulaRule): string {
  const chars = rule === "names" ? "=, +, - or @" : "= or @";
  return `${label} must not begin with ${chars}: spreadsheets would run it as a formula.`;
}

/** A zod refinement: `.refine(...noFormula("Team name", "names"))`. */
export function noFormula(label: string, rule: FormulaRule) {
  return [(v: string | null) => v === null || !startsLikeFormula(v, rule), formulaMessage(label, rule)] as const;
}

// How one listing's values are written into, and read back from, single CSV cells. Lists are
// `;`-separated (a `;` or `\` inside a value is escaped with `\`); engagement modes read
// `mode:cost band:duration`. Both directions live here so that export → import is lossless.

/** `a;b` ⇄ ["a", "b"]; `\;` and `\\` stand for a literal `;` and `\`. */
export function joinList(values: readonly string[]): string {
  return values.map((v) => v.replace(/\\/g, "\\\\").replace(/;/g, "\\;")).join(";");
}

export function splitList(cell: string): string[] {
  const out: string[] = [];
  let current = "";
  for (let i = 0; i < cell.length; i++) {
    const ch = cell[i]!;
    if (ch === "\\" && (cell[i + 1] === ";" || cell[i + 1] === "\\")) {
      current += cell[++i];
    } else if (ch === ";") {
      out.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  out.push(current);
  return out.map((v) => v.trim()).filter((v) => v !== "");
}

export interface EngagementCell {
  mode: string;
  costBand: string;
  duration: string;
}

export function joinModes(modes: readonly EngagementCell[]): string {
  return joinList(modes.map((m) => `${m.mode}:${m.costBand}:${m.duration}`));
}

/** Missing parts stay empty, so the team schema names what is missing ("Choose an indicative cost"). */
export function splitModes(cell: string): EngagementCell[] {
  return splitList(cell).map((item) => {
    const [mode = "", costBand = "", duration = ""] = item.split(":").map((p) => p.trim());
    return { mode, costBand, duration };
  });
}

// Spreadsheets run a cell that starts with one of these as a formula: a listing's summary must
// never become code on a curator's machine. The export puts an apostrophe in front (spreadsheets
// hide it); the import takes exactly that apostrophe off again.
const FORMULA_START = /^[=+\-@\t\r]/;

export function protectCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function unprotectCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

// A test collection in the Cranfield format (cran.all.1400, cran.qry, cranqrel in one folder), read
// generically so that any collection in the same format can be evaluated (--dir). Format:
// documents are ".I id" records with ".T" title, ".A" authors, ".B" source and ".W" text;
// questions are ".I label" + ".W" text; the judgements file has "question document code" lines.
// The question labels skip numbers but the judgements number the questions 1..n in file order,
// so the n-th question is judged as question n. Code -1 is not a judgement of relevance.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface EvalDocument {
  id: number;
  title: string;
  text: string;
}

export interface EvalQuestion {
  /** 1-based position in the questions file: the number the judgements use. */
  n: number;
  text: string;
}

export interface EvalCollection {
  name: string;
  docs: EvalDocument[];
  questions: EvalQuestion[];
  /** Question number → document id → graded gain (5 − code, so 4 = complete answer … 1 = minimum interest). */
  judgements: Map<number, Map<number, number>>;
}

type Records = { id: string; fields: Map<string, string> }[];

/** Splits ".I"-delimited records into their dot-fields (".T", ".W", …), whitespace collapsed. */
export function parseRecords(text: string): Records {
  const out: Records = [];
  let current: Records[number] | null = null;
  let field: string | null = null;
  for (const line of text.split(/\r?\n/)) {
    const marker = /^\.([A-Z])\b\s*(.*)$/.exec(line);
    if (marker?.[1] === "I") {
      current = { id: marker[2]!.trim(), fields: new Map() };
      out.push(current);
      field = null;
    } else if (marker && current) {
      field = marker[1]!;
      if (marker[2]) current.fields.set(field, `${current.fields.get(field) ?? ""} ${marker[2]}`);
    } else if (current && field) current.fields.set(field, `${current.fields.get(field) ?? ""} ${line}`);
  }
  for (const r of out) for (const [k, v] of r.fields) r.fields.set(k, v.replace(/\s+/g, " ").trim());
  return out;
}

/** "q d code" lines → question → document → gain; codes outside 1..4 (such as -1) are left out. */
export function parseJudgements(text: string): Map<number, Map<number, number>> {
  const out = new Map<number, Map<number, number>>();
  for (const line of text.split(/\r?\n/)) {
    const [q, d, code] = line.trim().split(/\s+/).map(Number);
    if (!Number.isInteger(q) || !Number.isInteger(d) || !Number.isInteger(code)) continue;
    if (code! < 1 || code! > 4) continue;
    let m = out.get(q!);
    if (!m) out.set(q!, (m = new Map()));
    m.set(d!, Math.max(m.get(d!) ?? 0, 5 - code!));
  }
  return out;
}

/** The files of a collection folder: documents (*.all.*), questions (*.qry) and judgements (*qrel). */
function filesOf(dir: string): { docs: string; questions: string; judgements: string } | null {
  if (!existsSync(dir)) return null;
  const names = readdirSync(dir);
  const docs = names.find((n) => /\.all(\.|$)/.test(n));
  const questions = names.find((n) => /\.qry$/.test(n));
  const judgements = names.find((n) => /qrels?$/.test(n));
  if (!docs || !questions || !judgements) return null;
  return { docs: path.join(dir, docs), questions: path.join(dir, questions), judgements: path.join(dir, judgements) };
}

/** Loads a collection, or returns null when the folder or one of its three files is missing. */
export function loadCollection(dir: string): EvalCollection | null {
  const files = filesOf(dir);
  if (!files) return null;
  const docs = parseRecords(readFileSync(files.docs, "utf8")).map((r) => ({
    id: Number(r.id),
    title: r.fields.get("T") ?? "",
    text: r.fields.get("W") ?? "",
  }));
  const questions = parseRecords(readFileSync(files.questions, "utf8")).map((r, i) => ({
    n: i + 1,
    text: r.fields.get("W") ?? "",
  }));
  return {
    name: path.basename(dir),
    docs: docs.filter((d) => Number.isInteger(d.id)),
    questions,
    judgements: parseJudgements(readFileSync(files.judgements, "utf8")),
  };
}

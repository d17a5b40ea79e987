// Research topics for the synthetic corpus: real OpenAlex topics (names, 10 keywords, a summary)
// read at run time from the shared data folder when it exists, else a small built-in fallback.
import { existsSync, readFileSync } from "node:fs";
import { sharedDataPath } from "../shared-data";
import { FALLBACK_TOPICS } from "./fallback-topics";
import type { Topic, Vocabulary } from "./types";

export const DEFAULT_TOPICS_CSV = sharedDataPath("openalex/openalex-topics.csv");

/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export function parseTopicsCsv(text: string): Topic[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  const col = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`openalex topics CSV: missing column "${name}"`);
    return i;
  };
  const [iName, iSub, iField, iKw, iSum] = [
    col("topic_name"),
    col("subfield_name"),
    col("field_name"),
    col("keywords"),
    col("summary"),
  ];
  const topics: Topic[] = [];
  for (const r of rows) {
    const name = r[iName]?.trim();
    const keywords = (r[iKw] ?? "")
      .split(";")
      .map((k) => k.trim())
      .filter(Boolean);
    if (!name || keywords.length === 0) continue;
    topics.push({
      name,
      subfield: r[iSub]?.trim() ?? "",
      field: r[iField]?.trim() ?? "",
      keywords,
      summary: r[iSum]?.trim() ?? "",
    });
  }
  return topics;
}

/** OpenAlex topics when the CSV is readable (pass null to force the fallback). */
export function loadVocabulary(csvPath: string | null = DEFAULT_TOPICS_CSV): Vocabulary {
  if (csvPath && existsSync(csvPath)) {
    const topics = parseTopicsCsv(readFileSync(csvPath, "utf8"));
    if (topics.length > 0) return { source: "openalex", topics };
  }
  return { source: "fallback", topics: FALLBACK_TOPICS };
}

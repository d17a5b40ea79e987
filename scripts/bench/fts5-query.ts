// Query text → FTS5 MATCH expressions, following the engine's parser as far as FTS5 can: the same
// stop and framing words dropped, the last word typed as a prefix, "at least k of n words".
import { SEARCH_OPTIONS } from "@/lib/search/options";
import { QUERY_FILLERS, STOP_WORDS } from "@/lib/search/stop-words";
import { normalizeText } from "@/lib/search/text";

export type Combine = "and" | "or" | "auto";

export interface FtsTerms {
  words: string[];
  /** The last word is matched as a prefix too. */
  prefix: boolean;
}

/** The query's words as the engine's parser keeps them (no synonyms, no quoting). */
export function queryTerms(q: string): FtsTerms {
  const text = q.replace(/\s+/g, " ");
  const endsOpen = text.length > 0 && !/\s$/.test(text);
  const all = normalizeText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2 && w.length <= 40 && !STOP_WORDS.has(w));
  const specific = all.filter((w) => !QUERY_FILLERS.has(w));
  const words = [...new Set(specific.length > 0 ? specific : all)].slice(0, SEARCH_OPTIONS.limits.maxTerms);
  const last = words[words.length - 1];
  const prefix =
    endsOpen &&
    last !== undefined &&
    last === all[all.length - 1] &&
    last.length >= SEARCH_OPTIONS.matching.minPrefixLength;
  return { words, prefix };
}

function combinations(n: number, k: number, limit: number): number[][] | null {
  const out: number[][] = [];
  const pick = (start: number, acc: number[]): boolean => {
    if (acc.length === k) {
      out.push(acc.slice());
      return out.length <= limit;
    }
    for (let i = start; i <= n - (k - acc.length); i++) {
      acc.push(i);
      if (!pick(i + 1, acc)) return false;
      acc.pop();
    }
    return true;
  };
  return pick(0, []) ? out : null;
}

/** MATCH expression requiring at least `level` of the words (OR of AND groups), or null. */
export function matchExpression(t: FtsTerms, level: number, columns: readonly string[] | null): string | null {
  if (t.words.length === 0) return null;
  const quoted = t.words.map((w, i) => (i === t.words.length - 1 && t.prefix ? `"${w}"*` : `"${w}"`));
  const k = Math.max(1, Math.min(level, quoted.length));
  let expr: string;
  if (k === 1) expr = quoted.join(" OR ");
  else if (k === quoted.length) expr = quoted.join(" AND ");
  else {
    const groups = combinations(quoted.length, k, 64);
    expr = groups ? groups.map((g) => `(${g.map((i) => quoted[i]).join(" AND ")})`).join(" OR ") : quoted.join(" OR ");
  }
  return columns ? `{${columns.join(" ")}} : (${expr})` : expr;
}

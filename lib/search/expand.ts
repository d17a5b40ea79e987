// Which index terms stand for a query term: the term itself, completions of the last word typed
// (prefix), and near spellings (typo tolerance, only for words the index barely knows).
import type { InvertedIndex } from "./inverted-index";
import { SEARCH_OPTIONS } from "./options";
import type { QueryConcept } from "./query";
import { RANKING } from "./ranking";

export interface WeightedTerm {
  term: string;
  id: number;
  weight: number;
  kind: "exact" | "prefix" | "fuzzy";
}

const postingsOf = (index: InvertedIndex, id: number | undefined) => (id === undefined ? 0 : index.used[id]! >> 1);

/**
 * Index terms (with weights) that stand for one analysed query term. Typo candidates come from
 * `fuzzyFrom` when given (tier 2 reuses tier 1's: one fuzzy walk per word, not one per tier).
 */
export function expandTerm(index: InvertedIndex, term: string, concept: QueryConcept | null, fuzzyFrom?: readonly WeightedTerm[]): WeightedTerm[] {
  const m = SEARCH_OPTIONS.matching;
  const out = new Map<string, WeightedTerm>();
  const exact = index.ids.get(term);
  if (exact !== undefined && postingsOf(index, exact) > 0) out.set(term, { term, id: exact, weight: 1, kind: "exact" });
  if (!concept) return [...out.values()];
  if (concept.prefix) {
    const p = concept.prefix;
    const found: { term: string; id: number; df: number }[] = [];
    let seen = 0;
    for (const [key, id] of index.dict.atPrefix(p)) {
      if (++seen > m.maxPrefixExpansions * 8) break;
      const df = postingsOf(index, id);
      if (key !== term && df > 0) found.push({ term: key, id, df });
    }
    found.sort((a, b) => b.df - a.df);
    // Short prefixes complete to many words: keep fewer, the most used.
    for (const f of found.slice(0, Math.min(m.maxPrefixExpansions, 8 * (p.length - 1)))) {
      const weight = (RANKING.prefixWeight * p.length) / (p.length + 0.3 * (f.term.length - p.length));
      if (!out.has(f.term)) out.set(f.term, { term: f.term, id: f.id, weight, kind: "prefix" });
    }
  }
  if (fuzzyFrom) {
    for (const f of fuzzyFrom) {
      const id = f.kind === "fuzzy" ? index.ids.get(f.term) : undefined;
      if (id !== undefined && !out.has(f.term) && postingsOf(index, id) > 0) out.set(f.term, { ...f, id });
    }
  } else if (concept.fuzzy > 0 && postingsOf(index, exact) < m.fuzzyIfRarerThan) {
    const fuzzy = [...index.dict.fuzzyGet(term, concept.fuzzy)]
      .filter(([key, [id, distance]]) => distance > 0 && key !== term && postingsOf(index, id) > 0)
      .sort((a, b) => a[1][1] - b[1][1] || postingsOf(index, b[1][0]) - postingsOf(index, a[1][0]))
      .slice(0, m.maxFuzzyExpansions);
    for (const [key, [id, distance]] of fuzzy) {
      const weight = (RANKING.fuzzyWeight * term.length) / (term.length + distance);
      const prev = out.get(key);
      if (!prev || prev.weight < weight) out.set(key, { term: key, id, weight, kind: "fuzzy" });
    }
  }
  return [...out.values()];
}

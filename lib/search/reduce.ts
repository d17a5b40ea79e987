// A long query (a pasted problem, an abstract, a funding call) reduced to its most telling words:
// by their weight in the register (occurrences in the query × inverse document frequency), not by
// their position, so a need stated in the second paragraph is searched as surely as the first
// line. Words no team uses cannot find anything and go first. The register's weight is multiplied by
// how rarely everyday English says the word (./everyday-words.ts), so the need's words are kept over
// the letter's everyday ones that some listing also happens to use. The order of the words kept is
// the order they were typed in.
import { phraseRarity } from "./everyday-words";
import type { ParsedQuery, QueryConcept } from "./query";

/** What reduction needs of the index: how many teams there are and how often a term is indexed. */
export interface TermStats {
  docCount: number;
  frequency(term: string): number;
}

/** How telling a concept is: 0 when no team has any of its alternatives, else qtf × idf of its rarest alternative. */
export function conceptWeight(c: QueryConcept, stats: TermStats): number {
  const N = Math.max(1, stats.docCount);
  let best = 0;
  for (const alt of c.alternatives) {
    // A phrase is as telling as its rarest word present; a phrase with an absent word matches nothing.
    let idf = Infinity;
    for (const t of alt.terms) {
      const df = stats.frequency(t);
      idf = df === 0 ? 0 : Math.min(idf, Math.log(1 + (N - df + 0.5) / (df + 0.5)));
    }
    if (Number.isFinite(idf)) best = Math.max(best, idf * alt.weight);
  }
  return best * (1 + Math.log(c.occurrences ?? 1));
}

export interface Reduced {
  parsed: ParsedQuery;
  /** Concepts left out, as typed, most telling first. */
  dropped: string[];
}

/** Keeps at most `max` concepts (the most telling), quoted ones always; the rest are reported as dropped. */
export function reduceQuery(parsed: ParsedQuery, stats: TermStats, max: number): Reduced {
  if (parsed.concepts.length <= max) return { parsed, dropped: [] };
  const weighed = parsed.concepts.map((c, i) => ({
    c,
    i,
    w: c.required ? Infinity : conceptWeight(c, stats) * phraseRarity(c.text),
  }));
  const ranked = [...weighed].sort((a, b) => b.w - a.w || a.i - b.i);
  const keep = new Set(ranked.slice(0, max).map((x) => x.i));
  return {
    parsed: { ...parsed, concepts: parsed.concepts.filter((_, i) => keep.has(i)) },
    dropped: ranked.slice(max).map((x) => x.c.text),
  };
}

// Whether a search met its need: a result that matched only weakly does not count. Pure, so the
// rule can be adapted as the engine's per-hit information changes.

/** Fields that say where a team is, not what it knows: matching only these is weak. */
export const WEAK_FIELDS: ReadonlySet<string> = new Set(["institution", "place"]);

export interface HitMatch {
  /** The document fields the query matched (lib/search/types.ts SearchHit). */
  matchedFields: readonly string[];
  matchedTerms: readonly string[];
  /** Set by an engine that knows the hit matched only through typo tolerance. */
  typoOnly?: boolean;
  fuzzyOnly?: boolean;
}

/**
 * A weak hit: found only through typo tolerance, or only on an institution's name or place
 * ("Cambridge" finds every team of the university, whatever it does). A search with no words
 * (filters only) has no weak hits: the filters are what was asked for.
 */
export function isWeakHit(hit: HitMatch, hasWords: boolean): boolean {
  if (!hasWords) return false;
  if (hit.typoOnly === true || hit.fuzzyOnly === true) return true;
  if (hit.matchedFields.length === 0) return false;
  return hit.matchedFields.every((f) => WEAK_FIELDS.has(f));
}

/**
 * How many results matched strongly. Only the hits of the page shown are known; they are the
 * best-ranked, so when the page is full the count of its strong hits is a lower bound that is
 * exact whenever it matters (a few strong results, or none).
 */
export function strongResultCount(
  hits: readonly HitMatch[],
  total: number,
  hasWords: boolean,
  /** A page with fewer hits than this (and than the total) cannot tell: its results count as strong. */
  judgeAtLeast = 3,
): number {
  if (!hasWords) return total;
  if (hits.length < Math.min(total, judgeAtLeast)) return total;
  const strong = hits.filter((h) => !isWeakHit(h, hasWords)).length;
  return Math.min(total, strong);
}

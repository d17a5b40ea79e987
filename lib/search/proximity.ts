// Term proximity: teams whose text has the query's words close together rank above teams that
// have the same words scattered. The model is Büttcher, Clarke & Lushman, "Term proximity scoring
// for ad-hoc retrieval on very large text collections" (SIGIR 2006), with its published form:
//
//   for each occurrence of a query term t whose previous query-term occurrence is another term t'
//   at distance d:  acc(t) += w(t') / d²   and   acc(t') += w(t) / d²      (w = log(N / N_t))
//   proximity(D) = Σ_t min(1, w(t)) · acc(t) · (k1 + 1) / (acc(t) + K),
//   K = k1 · ((1 − b) + b · |D| / avgdl)
//
// added to the document's BM25 score. Here a query term is a concept (a word as typed, with its
// synonyms, stemmed forms and accepted typos: whichever of them the text uses counts), a
// document's text is its own-words fields (forward-lists.ts) and occurrences never pair across a
// field's end. Pure functions; run-search.ts applies them to the top candidates.

/** Marks a position without a query term; FIELD_GAP marks the end of a field. */
export const NO_CONCEPT = -1;
export const FIELD_GAP = -2;

/**
 * Büttcher's accumulators: `seq[0..n)` are, in text order, the concept index of each position
 * (or NO_CONCEPT / FIELD_GAP), `w` the concepts' idf. Adds into `acc` (one slot per concept).
 */
export function accumulateProximity(seq: ArrayLike<number>, n: number, w: ArrayLike<number>, acc: Float64Array): void {
  let lastPos = -1;
  let lastConcept = NO_CONCEPT;
  let pos = 0;
  for (let i = 0; i < n; i++) {
    const c = seq[i]!;
    if (c === FIELD_GAP) {
      lastConcept = NO_CONCEPT;
      continue;
    }
    if (c !== NO_CONCEPT) {
      if (lastConcept !== NO_CONCEPT && lastConcept !== c) {
        const d = pos - lastPos;
        const inv = 1 / (d * d);
        acc[c]! += w[lastConcept]! * inv;
        acc[lastConcept]! += w[c]! * inv;
      }
      lastConcept = c;
      lastPos = pos;
    }
    pos++;
  }
}

/** The proximity score from the accumulators of `concepts` concepts, for a document of `length` terms. */
export function proximityScore(
  acc: ArrayLike<number>,
  w: ArrayLike<number>,
  concepts: number,
  length: number,
  avgLength: number,
  k1: number,
  b: number,
): number {
  const K = k1 * (1 - b + (b * length) / (avgLength > 0 ? avgLength : 1));
  let score = 0;
  for (let c = 0; c < concepts; c++) {
    const a = acc[c]!;
    if (a > 0) score += (Math.min(1, w[c]!) * a * (k1 + 1)) / (a + K);
  }
  return score;
}

/** Büttcher's term weight: log(N / N_t), 0 for a concept no document has. */
export function proximityWeight(docCount: number, conceptDocs: number): number {
  return conceptDocs > 0 ? Math.max(0, Math.log(docCount / conceptDocs)) : 0;
}

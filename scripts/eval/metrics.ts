// Ranking-quality measures over one question's ranked document ids and its graded judgements
// (document id → gain grade g ≥ 1; unjudged documents are not relevant).

/** nDCG@k with gain 2^g − 1 and log2(rank + 1) discount; the ideal ranking is the judged documents by grade. */
export function ndcgAt(ranked: readonly number[], judged: ReadonlyMap<number, number>, k: number): number {
  let dcg = 0;
  ranked.slice(0, k).forEach((id, i) => {
    const g = judged.get(id) ?? 0;
    if (g > 0) dcg += (2 ** g - 1) / Math.log2(i + 2);
  });
  const ideal = [...judged.values()].sort((a, b) => b - a).slice(0, k);
  const idcg = ideal.reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
  return idcg > 0 ? dcg / idcg : 0;
}

/** Share of the relevant documents found in the first k. */
export function recallAt(ranked: readonly number[], judged: ReadonlyMap<number, number>, k: number): number {
  if (judged.size === 0) return 0;
  return ranked.slice(0, k).filter((id) => (judged.get(id) ?? 0) > 0).length / judged.size;
}

/** Average precision over the ranking given (binary relevance), divided by all relevant documents. */
export function averagePrecision(ranked: readonly number[], judged: ReadonlyMap<number, number>): number {
  if (judged.size === 0) return 0;
  let found = 0;
  let sum = 0;
  ranked.forEach((id, i) => {
    if ((judged.get(id) ?? 0) > 0) sum += ++found / (i + 1);
  });
  return sum / judged.size;
}

export interface Scores {
  ndcg10: number;
  recall100: number;
  map: number;
}

/** Mean of the three measures over the questions that have at least one judged relevant document. */
export function meanScores(
  runs: readonly { ranked: readonly number[]; judged: ReadonlyMap<number, number> }[],
): Scores {
  const judged = runs.filter((r) => r.judged.size > 0);
  const mean = (f: (r: (typeof judged)[number]) => number) =>
    judged.length === 0 ? 0 : judged.reduce((s, r) => s + f(r), 0) / judged.length;
  return {
    ndcg10: mean((r) => ndcgAt(r.ranked, r.judged, 10)),
    recall100: mean((r) => recallAt(r.ranked, r.judged, 100)),
    map: mean((r) => averagePrecision(r.ranked, r.judged)),
  };
}

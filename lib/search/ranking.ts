// Every weight that decides the order of results, in one place. lib/search/ranking.test.ts pins
// the order of hand-judged queries on the demo data: change a number here, run it.

export const RANKING = {
  /**
   * BM25F field weights: how many plain-text occurrences one occurrence in the field is worth.
   * The name and keywords are what a team says it is; the summary is its pitch (the reference,
   * 1); facilities are specific; the description and case studies are long and diffuse; the
   * institution, place and topic labels are context that matches many teams.
   */
  fieldBoosts: {
    name: 3,
    keywords: 3,
    institution: 0.5,
    summary: 1,
    place: 0.5,
    facilities: 1,
    topics: 0.5,
    description: 0.8,
    caseStudies: 0.8,
  },
  /** Standard BM25 defaults (Robertson & Zaragoza), the same length normalisation for every field. */
  bm25: { k: 1.2, b: 0.75 },
  /** A word found only through the prefix of the last word typed, or a typo, counts for less. */
  prefixWeight: 0.4,
  fuzzyWeight: 0.45,
  /** A synonym ("machine learning" for "AI") counts for a little less than the word typed. */
  synonymWeight: 0.8,
  /**
   * Score × (concepts matched / concepts asked)^exponent for short queries (up to
   * coordinationMaxConcepts words): a two-word need is met by teams with both words. Long
   * questions and pasted texts rank by BM25F alone, as no team is expected to use every word.
   */
  coordinationExponent: 1,
  coordinationMaxConcepts: 4,
  /**
   * Term proximity (proximity.ts: Büttcher, Clarke & Lushman 2006, as published; its K uses the
   * BM25 parameters above) for queries of two concepts or more: added to the text score of the
   * first `depth` results by relevance, a re-ranking of the top candidates.
   */
  proximity: { depth: 100 },
  /**
   * After text relevance: score × (1 + sum of the bonuses below), the sum at most 10%, so they
   * order close matches and never lift a match more than 10% weaker; a team not taking new work
   * is multiplied by notTakingWork, so it comes first only when its match is clearly the best.
   */
  signals: {
    availableNow: 0.03,
    availableLimited: 0.01,
    notTakingWork: 0.85,
    /** Per case study with an SME, up to smeCaseStudyCap of them. */
    smeCaseStudy: 0.01,
    smeCaseStudyCap: 3,
    verifiedInstitution: 0.02,
    /** Full bonus when confirmed within freshDays, falling to nothing at staleDays. */
    recentlyConfirmed: 0.02,
    freshDays: 180,
    staleDays: 456,
  },
} as const;

export type SearchField = keyof typeof RANKING.fieldBoosts;

const DAY = 24 * 3600 * 1000;

/** The multiplier applied to a team's text score (0.85–1.10); also orders an empty query. */
export function signalBoost(
  availability: number, // 0 = now, 1 = limited, 2 = not now
  smeCaseStudies: number,
  verifiedInstitution: boolean,
  confirmedAt: number,
  now: number,
): number {
  const s = RANKING.signals;
  let boost = 1;
  if (availability === 0) boost += s.availableNow;
  else if (availability === 1) boost += s.availableLimited;
  boost += s.smeCaseStudy * Math.min(smeCaseStudies, s.smeCaseStudyCap);
  if (verifiedInstitution) boost += s.verifiedInstitution;
  const ageDays = (now - confirmedAt) / DAY;
  if (ageDays <= s.freshDays) boost += s.recentlyConfirmed;
  else if (ageDays < s.staleDays)
    boost += (s.recentlyConfirmed * (s.staleDays - ageDays)) / (s.staleDays - s.freshDays);
  return availability === 2 ? boost * s.notTakingWork : boost;
}

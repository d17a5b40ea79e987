// Every weight that decides the order of results, in one place. lib/search/ranking.test.ts pins
// the order of hand-judged queries on the demo data: change a number here, run it.

export const RANKING = {
  /** Text relevance: BM25+ per field, multiplied by the field's boost. */
  fieldBoosts: {
    name: 3,
    keywords: 3,
    institution: 1.5,
    summary: 1.5,
    place: 1.2,
    facilities: 1,
    topics: 0.8,
    description: 0.7,
    caseStudies: 0.5,
  },
  bm25: { k: 1.2, b: 0.7, d: 0.5 },
  /** A word found only through the prefix of the last word typed, or a typo, counts for less. */
  prefixWeight: 0.4,
  fuzzyWeight: 0.45,
  /** A synonym ("machine learning" for "AI") counts for a little less than the word typed. */
  synonymWeight: 0.8,
  /** Score × (concepts matched / concepts asked)^exponent: matching all the words comes first. */
  coordinationExponent: 2,
  /**
   * After text relevance: score × (1 + sum of the signals below). Their sum stays well under the
   * gap between a name match and a summary match, so they reorder near-ties, not relevance.
   */
  signals: {
    availableNow: 0.12,
    availableLimited: 0.04,
    /** Per case study with an SME, up to smeCaseStudyCap of them. */
    smeCaseStudy: 0.05,
    smeCaseStudyCap: 3,
    verifiedInstitution: 0.06,
    /** Full bonus when confirmed within freshDays, falling to nothing at staleDays. */
    recentlyConfirmed: 0.08,
    freshDays: 180,
    staleDays: 456,
  },
} as const;

export type SearchField = keyof typeof RANKING.fieldBoosts;

const DAY = 24 * 3600 * 1000;

/** The multiplier (≥ 1) applied to a team's text score; also orders an empty query. */
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
  return boost;
}

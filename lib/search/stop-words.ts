// Words that carry no meaning for finding a team. Kept as data so they can be reviewed in one place.

/** Dropped when indexing and when searching: function words of English. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being below
  between both but by can could did do does doing down during each either else etc ever every few for from
  further had has have having he her here hers herself him himself his how however i if in into is it its itself
  just let me might mine more most must my myself neither no nor not now of off often on once only or other
  our ours ourselves out over own per rather same shall she should since so some such than that the their
  theirs them themselves then there these they this those through thus to too under until up upon us very
  via was we were what when where whether which while who whom whose why will with within without would yet
  you your yours yourself yourselves`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Dropped from queries only (never from the index), and only when other words remain: the
 * framing SMEs put around a need ("we need someone who can help us with …").
 */
export const QUERY_FILLERS: ReadonlySet<string> = new Set(
  `need needs needed needing help helps helping helped looking look want wants wanted wanting find finding
  someone somebody anyone anybody please company companies firm firms business businesses sme smes get
  getting got make makes making like know expert experts team teams university universities way ways thing things
  something`
    .split(/\s+/)
    .filter(Boolean),
);

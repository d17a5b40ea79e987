// Words that carry no meaning for finding a team. Kept as data so they can be reviewed in one place.
import { deu, fra, ita, nld, por, spa } from "stopword";

/** Function words of English (hand-kept: the list the register was tuned with). */
const ENGLISH: readonly string[] =
  `a about above after again against all also am an and any are as at be because been before being below
  between both but by can could did do does doing down during each either else etc ever every few for from
  further had has have having he her here hers herself him himself his how however i if in into is it its itself
  just let me might mine more most must my myself neither no nor not now of off often on once only or other
  our ours ourselves out over own per rather same shall she should since so some such than that the their
  theirs them themselves then there these they this those through thus to too under until up upon us very
  via was we were what when where whether which while who whom whose why will with within without would yet
  you your yours yourself yourselves`
    .split(/\s+/)
    .filter(Boolean);

/**
 * Words of the other languages' lists that are also English content words or symbols a firm
 * searches for ("AI", "die casting", "RFID tag", "door", the elements Ag, Al, Na, Si, Ti): kept.
 */
const ALSO_ENGLISH = new Set(
  "ai als ag al bin die door dove gut ha hem io mag man men na op os si tag tel ti van war era gross elf".split(" "),
);

/** Accents folded and lower case, as the index sees words ("été" → "ete", "für" → "fur"). */
const fold = (w: string) => w.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/ß/g, "ss");

/**
 * Dropped when indexing and when searching: function words of English and of the main languages
 * of the register's countries (Spanish, Portuguese, French, German, Italian, Dutch; lists of the
 * `stopword` package), so "tratamiento de aguas" never matches "Universidade de São Paulo" on "de".
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...ENGLISH,
  ...[spa, por, fra, deu, ita, nld]
    .flat()
    .map(fold)
    .filter((w) => w.length > 0 && /^[\p{L}]+$/u.test(w) && !ALSO_ENGLISH.has(w)),
]);

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

// A query written in one of the register's other languages is also analysed in that language, so
// it meets listings written in it: each word gets, beside its English analysis (which still finds
// names, places and words shared with English), the stem its language's Snowball stemmer gives,
// as an alternative of the same weight; that language's own function words are not searched. A
// German or Dutch compound also looks for its parts together ("abwasserreinigung" finds "Reinigung
// von Abwasser"), for a little less than the whole word, as a synonym does.
import type { ParsedQuery, QueryAlternative, QueryConcept } from "../query";
import { RANKING } from "../ranking";
import { STOP_WORDS } from "../stop-words";
import { partTermsIn, stopWordsOf, termIn, type TextLanguage } from "./languages";

export interface LanguageQuery {
  parsed: ParsedQuery;
  /** The analysed terms only the query's language gives (not its English analysis). */
  languageTerms: ReadonlySet<string>;
}

function withAlternative(c: QueryConcept, lang: TextLanguage, out: Set<string>) {
  const words = c.text.split(" ");
  const terms = words.map((w) => termIn(lang, w)).filter((t): t is string => t !== null);
  if (terms.length === 0) return c;
  const alternatives: QueryAlternative[] = [...c.alternatives];
  const add = (alt: QueryAlternative) => {
    const same = (t: readonly string[]) => t.length === alt.terms.length && t.every((x, i) => x === alt.terms[i]);
    if (alternatives.some((a) => same(a.terms))) return;
    for (const t of alt.terms) if (!c.alternatives.some((a) => a.terms.includes(t))) out.add(t);
    alternatives.push(alt);
  };
  add({ terms, weight: 1 });
  const parts = words.length === 1 ? partTermsIn(lang, words[0]!, terms[0]!) : [];
  if (parts.length > 1) add({ terms: parts, weight: RANKING.synonymWeight });
  return alternatives.length === c.alternatives.length ? c : { ...c, alternatives };
}

/** `parsed` analysed also in `lang` (unchanged for English or no language). */
export function inQueryLanguage(parsed: ParsedQuery, lang: TextLanguage | null): LanguageQuery {
  if (!lang || parsed.concepts.length === 0) return { parsed, languageTerms: new Set() };
  const stops = stopWordsOf(lang);
  // The language's function words the shared list keeps for English ("die" in German, "van" in Dutch).
  const own = (c: QueryConcept) => !c.required && !c.text.includes(" ") && stops.has(c.text) && !STOP_WORDS.has(c.text);
  const keep = parsed.concepts.some((c) => !own(c)) ? parsed.concepts.filter((c) => !own(c)) : parsed.concepts;
  const ignored = [...parsed.ignored, ...parsed.concepts.filter((c) => !keep.includes(c)).map((c) => c.text)];
  const languageTerms = new Set<string>();
  const concepts = keep.map((c) => withAlternative(c, lang, languageTerms));
  return { parsed: { ...parsed, concepts, ignored }, languageTerms };
}

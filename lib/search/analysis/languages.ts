// The register's main languages other than English, each with its Snowball stemmer (the
// maintained `@orama/stemmers` ports) and its full stop-word list (`stopword`). English keeps the
// analysis the index was tuned with (text.ts: Porter stemmer, the shared stop words).
import { stemmer as dutch } from "@orama/stemmers/dutch";
import { stemmer as french } from "@orama/stemmers/french";
import { stemmer as german } from "@orama/stemmers/german";
import { stemmer as italian } from "@orama/stemmers/italian";
import { stemmer as portuguese } from "@orama/stemmers/portuguese";
import { stemmer as spanish } from "@orama/stemmers/spanish";
import { deu, fra, ita, nld, por, spa } from "stopword";
import { compoundParts, isCompoundLanguage } from "./compounds";
import { GLOSSARY_LANGUAGES, type GlossaryLanguage } from "../glossary";
import { STOP_WORDS } from "../stop-words";
import { MAX_TOKEN_LENGTH, normalizeText } from "../text";

/** A language whose listings and queries get their own analysis. */
export type TextLanguage = GlossaryLanguage;
export const TEXT_LANGUAGES: readonly TextLanguage[] = GLOSSARY_LANGUAGES;

const STEMMERS: Record<TextLanguage, (word: string) => string> = {
  es: spanish,
  pt: portuguese,
  fr: french,
  de: german,
  it: italian,
  nl: dutch,
};

const LISTS: Record<TextLanguage, readonly string[]> = { es: spa, pt: por, fr: fra, de: deu, it: ita, nl: nld };

const stops = new Map<TextLanguage, ReadonlySet<string>>();

/**
 * The stop words of a text in `lang`: the shared set plus that language's whole list, so "die"
 * and "van", kept for English ("die casting"), are function words in German or Dutch text.
 */
export function stopWordsOf(lang: TextLanguage): ReadonlySet<string> {
  let s = stops.get(lang);
  if (!s) {
    s = new Set([...STOP_WORDS, ...LISTS[lang].map(normalizeText).filter((w) => w.length > 0)]);
    stops.set(lang, s);
  }
  return s;
}

const caches = new Map<TextLanguage, Map<string, string>>();

/**
 * The stem of a normalized word (lower case, accents folded) in `lang`. The stemmer sees the
 * folded word on both sides, so a query typed without accents ("depuracion") meets a listing that
 * has them ("depuración"). Numbers and short words pass through.
 */
export function stemIn(lang: TextLanguage, word: string): string {
  let cache = caches.get(lang);
  if (!cache) caches.set(lang, (cache = new Map()));
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const s = word.length < 3 || /\d/.test(word) ? word : normalizeText(STEMMERS[lang](word)) || word;
  if (cache.size > 100_000) cache.clear();
  cache.set(word, s);
  return s;
}

/**
 * The index term of a normalized word of text in `lang` ("aguas" in Spanish → "es:agu"), or null
 * for a stop word. The language tag keeps the stems of one language from meeting another's
 * ("agu" is also the English stem of the Gaelic "agus"): a query meets them only when it is
 * analysed in that language too.
 */
export function termIn(lang: TextLanguage, word: string): string | null {
  if (word.length < 2 || word.length > MAX_TOKEN_LENGTH || stopWordsOf(lang).has(word)) return null;
  return `${lang}:${stemIn(lang, word)}`;
}

/**
 * The parts of a German or Dutch compound with their index terms ("abwasserbehandlung" →
 * abwasser/de:abwass, behandlung/de:behandl), leaving out stop words and repeats of the whole
 * word's own `term`; empty for any other word or language.
 */
export function compoundPartsIn(
  lang: TextLanguage,
  word: string,
  term: string | null = termIn(lang, word),
): { word: string; term: string }[] {
  if (!isCompoundLanguage(lang)) return [];
  const out: { word: string; term: string }[] = [];
  for (const part of compoundParts(lang, word) ?? []) {
    const t = termIn(lang, part);
    if (t !== null && t !== term && !out.some((p) => p.term === t)) out.push({ word: part, term: t });
  }
  return out;
}

/** The index terms of a German or Dutch compound's parts (see compoundPartsIn). */
export function partTermsIn(lang: TextLanguage, word: string, term: string | null = termIn(lang, word)): string[] {
  return compoundPartsIn(lang, word, term).map((p) => p.term);
}

/** The language of a tagged term ("es:agu" → "es"), or null for a term of the shared analysis. */
export function languageOfTerm(term: string): TextLanguage | null {
  const at = term.indexOf(":");
  return at === 2 && (TEXT_LANGUAGES as readonly string[]).includes(term.slice(0, 2))
    ? (term.slice(0, 2) as TextLanguage)
    : null;
}

/** French and Italian elide articles and pronouns with an apostrophe: "l'eau" is "eau". */
const ELISION = /(^|[^\p{L}])(?:[cdjlmnst]|qu|lorsqu|puisqu|jusqu|quelqu|dell|nell|all|dall|sull|un)['’](?=\p{L})/giu;

/** Text with elided articles split off (for French and Italian; other languages unchanged). */
export function splitElisions(lang: TextLanguage, text: string): string {
  return lang === "fr" || lang === "it" ? text.replace(ELISION, "$1 ") : text;
}

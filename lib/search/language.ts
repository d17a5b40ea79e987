// Whether a query is written in another of the register's main languages, for an honest answer:
// most listings are in English, so the page says so and offers the English words to search for
// (from the small built-in glossary). A query counts as another language when most of its words
// are not English words and the glossary, that language's stop words or (for longer texts) the
// `tinyld` detector point to one language.
import { deu, fra, ita, nld, por, spa } from "stopword";
import { detect } from "tinyld/light";
import { LINKING, MIN_PART, isCompoundLanguage } from "./analysis/compounds";
import { isEnglishWord } from "./english-words";
import { GLOSSARY, GLOSSARY_LANGUAGES, type GlossaryLanguage } from "./glossary";
import { STOP_WORDS } from "./stop-words";
import { normalizeText } from "./text";

export const LANGUAGE_NAMES: Record<GlossaryLanguage, string> = {
  es: "Spanish",
  pt: "Portuguese",
  fr: "French",
  de: "German",
  it: "Italian",
  nl: "Dutch",
};

const STOPS: Record<GlossaryLanguage, ReadonlySet<string>> = {
  es: new Set(spa.map(normalizeText)),
  pt: new Set(por.map(normalizeText)),
  fr: new Set(fra.map(normalizeText)),
  de: new Set(deu.map(normalizeText)),
  it: new Set(ita.map(normalizeText)),
  nl: new Set(nld.map(normalizeText)),
};

const ROMANCE: ReadonlySet<GlossaryLanguage> = new Set(["es", "pt", "fr", "it"]);

export interface LanguageNote {
  language: string;
  englishQuery: string | null;
  listingsInLanguage?: number;
}

/**
 * The glossary words a German or Dutch compound starts and ends with, as English, in order:
 * "abwasserbehandlung" → wastewater, treatment; "abwasserreinigung" → wastewater. Each piece left
 * over is at least a part long (MIN_PART) and not an English word, so "softwaretesting" and
 * "watermanagement" (English written together) are not read as German or Dutch.
 */
export function compoundGlossaryTerms(word: string, lang: GlossaryLanguage): string[] {
  if (!isCompoundLanguage(lang) || word.length < 2 * MIN_PART) return [];
  const g = GLOSSARY.get(lang)!;
  let head: { end: number; en: string } | null = null;
  for (let end = word.length - MIN_PART; end >= MIN_PART && !head; end--) {
    const en = g.get(word.slice(0, end));
    if (en && !isEnglishWord(word.slice(end))) head = { end, en };
  }
  let tail: string | null = null;
  for (let start = head?.end ?? MIN_PART; start <= word.length - MIN_PART && !tail; start++) {
    if (head) {
      const link = word.slice(head.end, start);
      if (link && !LINKING[lang].includes(link)) continue;
    } else if (isEnglishWord(word.slice(0, start))) continue;
    tail = g.get(word.slice(start)) ?? null;
  }
  return [...(head ? [head.en] : []), ...(tail && tail !== head?.en ? [tail] : [])];
}

/**
 * The longest glossary phrases found in `words` (normalized), as English, in order. With
 * `compounds`, a German or Dutch word the glossary lacks is also read as a compound of its words.
 */
export function translate(
  words: readonly string[],
  lang: GlossaryLanguage,
  { compounds = false }: { compounds?: boolean } = {},
): { english: string[]; known: number } {
  const g = GLOSSARY.get(lang)!;
  const english: string[] = [];
  let known = 0;
  for (let i = 0; i < words.length; i++) {
    let hit = false;
    for (let n = Math.min(3, words.length - i); n >= 1 && !hit; n--) {
      const en = g.get(words.slice(i, i + n).join(" "));
      if (en) {
        if (!english.includes(en)) english.push(en);
        known += n;
        i += n - 1;
        hit = true;
      }
    }
    if (hit || !compounds) continue;
    const parts = compoundGlossaryTerms(words[i]!, lang);
    if (parts.length > 0) known++;
    for (const en of parts) if (!english.includes(en)) english.push(en);
  }
  return { english, known };
}

export function queryLanguageNote(q: string): LanguageNote | null {
  return detectQueryLanguage(q)?.note ?? null;
}

/** The language a query is written in (other than English) and the note to show for it. */
export function detectQueryLanguage(q: string): { lang: GlossaryLanguage; note: LanguageNote } | null {
  // "l'eau": the elided article is a word of its own here.
  const words = normalizeText(q.slice(0, 2000).replace(/['’]/g, " "))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);
  const content = words.filter((w) => !STOP_WORDS.has(w));
  if (content.length === 0) return null;
  const foreign = content.filter((w) => !isEnglishWord(w));
  if (foreign.length * 2 < content.length) return null;
  // The detector decides a longer text; on a few words it only breaks a tie (and runs only then).
  const long = q.length >= 200;
  const evidence = GLOSSARY_LANGUAGES.map((lang) => {
    const t = translate(words, lang, { compounds: true });
    return { lang, english: t.english, score: t.known * 2 + words.filter((w) => STOPS[lang].has(w)).length };
  });
  const top = Math.max(...evidence.map((x) => x.score));
  const tied = evidence.filter((x) => x.score === top).length > 1;
  const detected = long || (top > 0 && tied) ? detect(q.slice(0, 2000), { only: ["en", ...GLOSSARY_LANGUAGES] }) : "";
  if (long && detected === "en") return null;
  let best: { lang: GlossaryLanguage; score: number; english: string[] } | null = null;
  for (const x of evidence) {
    if (x.score === 0 && !long) continue;
    const score = x.score + (detected === x.lang ? (long ? 3 : 1) : 0);
    if (score > 0 && (!best || score > best.score)) best = { lang: x.lang, score, english: x.english };
  }
  if (!best) return null;
  // Romance languages put the qualifier after the noun ("tratamiento de aguas"); English before it.
  const english = ROMANCE.has(best.lang) ? [...best.english].reverse() : best.english;
  return {
    lang: best.lang,
    note: { language: LANGUAGE_NAMES[best.lang], englishQuery: english.length > 0 ? english.join(" ") : null },
  };
}

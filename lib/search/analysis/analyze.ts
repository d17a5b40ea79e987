// Listing text → index terms, in the listing's language. English text is analysed exactly as
// text.ts always did (the index was tuned on it); a listing written in Spanish, Portuguese,
// French, German, Italian or Dutch has its own words analysed with that language's stop words and
// Snowball stemmer, so "tratamiento de aguas residuales" meets "tratamiento de agua residual".
// Names of places and institutions, and the generated topic labels, stay in the shared analysis:
// an English query for "Sevilla" or "Universidade do Porto" still finds them.
import { analyze, tokenize } from "../text";
import { detectTextLanguage, englishShare } from "./detect";
import { compoundPartsIn, splitElisions, termIn, type TextLanguage } from "./languages";

/** Fields of a listing that carry its own words (the rest are names and labels). */
export const OWN_WORDS_FIELDS: ReadonlySet<string> = new Set([
  "name",
  "keywords",
  "summary",
  "facilities",
  "description",
  "caseStudies",
]);

/**
 * The indexed terms of `text` in `lang` (duplicates kept, in order); `words` receives, term by
 * term, the word each comes from. A German or Dutch compound is followed by its parts' terms
 * ("abwasserbehandlung" → de:abwasserbehandl, de:abwass, de:behandl): the whole word, rarer than
 * any of its parts, weighs more, and a part finds it.
 */
export function analyzeIn(lang: TextLanguage, text: string, words?: { add(word: string): void }): string[] {
  const out: string[] = [];
  for (const token of tokenize(splitElisions(lang, text))) {
    const term = termIn(lang, token);
    if (!term) continue;
    out.push(term);
    words?.add(token);
    for (const part of compoundPartsIn(lang, token, term)) {
      out.push(part.term);
      words?.add(part.word);
    }
  }
  return out;
}

/**
 * One field of a listing whose text is in `lang`. A short field in English inside such a listing
 * (keywords "wastewater treatment" on a Spanish team) keeps the English analysis.
 */
export function analyzeField(
  lang: TextLanguage | "en",
  field: string,
  text: string,
  words?: { add(word: string): void },
): string[] {
  if (lang === "en" || !OWN_WORDS_FIELDS.has(field) || (englishShare(text) ?? 1) >= 0.5) return analyze(text, words);
  return analyzeIn(lang, text, words);
}

/** The language a listing is written in, from its name, summary, description and case studies. */
export function listingLanguage(doc: {
  name: string;
  summary: string;
  description: string;
  caseStudyText?: string;
}): TextLanguage | "en" {
  const text = `${doc.name}. ${doc.summary} ${doc.description} ${doc.caseStudyText ?? ""}`;
  return detectTextLanguage(text.slice(0, 800));
}

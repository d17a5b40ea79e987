// German and Dutch write compounds as one word: "Abwasserbehandlung" is "Abwasser" + "Behandlung",
// "Handwerksbäckerei" is "Handwerk" + linking "s" + "Bäckerei". A listing's compound is indexed
// with its parts' stems beside its own, and a query's compound also looks for its parts, so
// "Behandlung" finds "Abwasserbehandlung" and "Abwasserreinigung" finds "Reinigung von Abwasser".
// The known parts are the words of a maintained dictionary (lexicon.ts). A word that is itself a
// known word, or an English word, is never split; no part is shorter than MIN_PART letters.
import { isEnglishWord } from "../english-words";
import { lexicon, MIN_LEXICON_WORD, type CompoundLanguage } from "./lexicon";

/** The shortest part split off ("Ofen", "Bach"; not "Ei", "Öl", "Bau"). */
export const MIN_PART = MIN_LEXICON_WORD;
/** At most this many parts: longer chains are rare and their splits unreliable. */
export const MAX_PARTS = 4;

/** The linking elements (Fugen) that may stand between two parts, folded as the index folds words. */
export const LINKING: Record<CompoundLanguage, readonly string[]> = {
  de: ["s", "es", "n", "en", "er", "e"],
  nl: ["s", "en", "e"],
};

export function isCompoundLanguage(lang: string): lang is CompoundLanguage {
  return lang === "de" || lang === "nl";
}

interface Split {
  parts: string[];
  /** Linking elements used (fewer is the likelier reading). */
  links: number;
}

const better = (a: Split, b: Split | null) =>
  !b || a.parts.length < b.parts.length || (a.parts.length === b.parts.length && a.links < b.links);

export interface SplitRules {
  /** A word standing on its own: the last part, and any part. */
  isWord: (w: string) => boolean;
  /** A form found only at the start or in the middle of a compound ("behandlungs", "ruck"). */
  isCompoundOnly?: (w: string) => boolean;
  linking: readonly string[];
  minPart?: number;
}

/**
 * The parts of a compound (folded word) as known words, or null when it is not one: the split
 * with the fewest parts, then the fewest linking elements. Pure: `rules` say what is a word.
 */
export function splitCompound(word: string, rules: SplitRules): string[] | null {
  const { isWord, linking, minPart = MIN_PART } = rules;
  const isHead = (w: string) => isWord(w) || (rules.isCompoundOnly?.(w) ?? false);
  const n = word.length;
  if (n < 2 * minPart || isWord(word)) return null;
  const memo = new Map<number, Split | null>();
  // The best reading of word[from..] as known parts with linking elements between them.
  const rest = (from: number, depth: number): Split | null => {
    const key = from * (MAX_PARTS + 1) + depth;
    if (memo.has(key)) return memo.get(key)!;
    let best: Split | null = from > 0 && isWord(word.slice(from)) ? { parts: [word.slice(from)], links: 0 } : null;
    if (depth < MAX_PARTS - 1)
      for (let end = from + minPart; end <= n - minPart; end++) {
        const head = word.slice(from, end);
        if (!isHead(head)) continue;
        for (const link of ["", ...linking]) {
          if (link && !word.startsWith(link, end)) continue;
          const next = end + link.length;
          if (n - next < minPart) continue;
          const tail = rest(next, depth + 1);
          if (!tail) continue;
          const candidate = { parts: [head, ...tail.parts], links: tail.links + (link ? 1 : 0) };
          if (better(candidate, best)) best = candidate;
        }
      }
    memo.set(key, best);
    return best;
  };
  const split = rest(0, 0);
  return split && split.parts.length > 1 ? split.parts : null;
}

const caches = new Map<CompoundLanguage, Map<string, readonly string[] | null>>();

/**
 * The parts of a normalized word of German or Dutch text, or null. The dictionary is read on the
 * first call that needs it (words shorter than two parts never do), and splits are cached.
 */
export function compoundParts(lang: CompoundLanguage, word: string): readonly string[] | null {
  if (word.length < 2 * MIN_PART || /[^a-z]/.test(word)) return null;
  let cache = caches.get(lang);
  if (!cache) caches.set(lang, (cache = new Map()));
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const { words, compoundOnly } = lexicon(lang);
  const rules = { isWord: (w: string) => words.has(w), isCompoundOnly: (w: string) => compoundOnly.has(w) };
  const parts = isEnglishWord(word) ? null : splitCompound(word, { ...rules, linking: LINKING[lang] });
  if (cache.size > 100_000) cache.clear();
  cache.set(word, parts);
  return parts;
}

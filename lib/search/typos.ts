// Typo tolerance and "did you mean", from one dictionary and one distance, so they agree: a
// correction that "did you mean" would offer within a word's typo budget is already part of the
// search for that word. Only corrections beyond the budget (or for words searched exactly) are
// left for "did you mean" to offer.
import { isEnglishWord } from "./english-words";
import type { InvertedIndex } from "./inverted-index";
import { SEARCH_OPTIONS } from "./options";
import type { QueryConcept } from "./query";
import type { NearWord, SurfaceDictionary } from "./surface-dictionary";
import { normalizeText, stem } from "./text";

/** What typo lookups need of the engine. */
export interface TypoSource {
  surface: SurfaceDictionary;
  tier1: InvertedIndex;
  tier2: InvertedIndex;
}

export interface TypoCandidate {
  /** The document word matched. */
  word: string;
  /** Its stem: the index term searched for. */
  stem: string;
  distance: number;
}

const postings = (index: InvertedIndex, term: string) => {
  const id = index.ids.get(term);
  return id === undefined ? 0 : index.used[id]! >> 1;
};

/** How often a stem is indexed (postings in both tiers; dead documents count until compaction). */
export function stemFrequency(e: TypoSource, term: string): number {
  return postings(e.tier1, term) + postings(e.tier2, term);
}

/** Dictionary words near `word` that lead to indexed stems other than `exclude`: best first, one per stem. */
function rankedNear(e: TypoSource, word: string, max: number, exclude: string, limit: number): TypoCandidate[] {
  const found = e.surface
    .near(word, max)
    .filter((n) => n.word !== word)
    .map((n: NearWord) => ({ word: n.word, stem: stem(n.word), distance: n.distance, freq: 0 }));
  for (const f of found) f.freq = stemFrequency(e, f.stem);
  found.sort((a, b) => a.distance - b.distance || b.freq - a.freq || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  const out: TypoCandidate[] = [];
  const seen = new Set<string>([exclude]);
  for (const f of found) {
    if (out.length >= limit) break;
    if (f.freq === 0 || seen.has(f.stem)) continue;
    seen.add(f.stem);
    out.push({ word: f.word, stem: f.stem, distance: f.distance });
  }
  return out;
}

/**
 * Whether a typed word is likely a typo: not an English word as spelled, and barely known to the
 * register (a word found in several teams, in any language, is not a typo).
 */
export function mayBeTypo(e: TypoSource, word: string, term: string): boolean {
  if (isEnglishWord(word)) return false;
  return stemFrequency(e, term) < SEARCH_OPTIONS.matching.fuzzyIfRarerThan;
}

/**
 * The stems a concept's typed word may be a misspelling of, within its typo budget. Only for
 * single words that are likely typos (see mayBeTypo).
 */
export function typoCandidates(e: TypoSource, concept: QueryConcept): TypoCandidate[] {
  const m = SEARCH_OPTIONS.matching;
  const typed = concept.alternatives[0]?.terms;
  if (concept.fuzzy <= 0 || !typed || typed.length !== 1) return [];
  const term = typed[0]!;
  if (!mayBeTypo(e, concept.text, term)) return [];
  return rankedNear(e, concept.text, concept.fuzzy, term, m.maxFuzzyExpansions);
}

/** "Did you mean" reaches further than typo tolerance: 1 edit up to 4 letters, 2 up to 7, then 3. */
export function suggestionBudget(length: number): number {
  return length < 3 ? -1 : length <= 4 ? 1 : length <= 7 ? 2 : 3;
}

/**
 * Known words closest in spelling to `word`, best first, leaving out those whose stem is in
 * `searched` (the search already looked for them, so offering them would find nothing more).
 */
export function closestWords(e: TypoSource, word: string, searched: ReadonlySet<string>, limit = 3): string[] {
  const w = normalizeText(word);
  const max = suggestionBudget(w.length);
  if (max < 0) return [];
  const exclude = stem(w);
  return rankedNear(e, w, max, exclude, limit + searched.size)
    .filter((c) => !searched.has(c.stem))
    .slice(0, limit)
    .map((c) => c.word);
}

// Text processing shared by indexing, querying, suggestions and highlighting. Whatever is done to
// a document word here is done to a query word, so "São Paulo" meets "sao paulo" and "coatings"
// meets "coating". Changing anything here changes the index: bump SCHEMA_VERSION in options.ts.
import { stemmer } from "stemmer";
import { foldAccents } from "@/lib/slug";
import { STOP_WORDS } from "./stop-words";

/** Longer "words" are identifiers, URLs or garbage; they are not indexed. */
export const MAX_TOKEN_LENGTH = 40;

const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g;
const CONTROL_TEST = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/;
// Letters that Unicode decomposition does not split into a base letter plus a mark.
const EXTRA_FOLDS: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};
const EXTRA_FOLD_CHARS = /[ßæœøłđðþı]/g;
const SEPARATORS = /[^\p{L}\p{N}\-/]+/u;
const NON_ASCII = /[^\x00-\x7f]/;
const APOSTROPHES = /['’‘`´]/;
const APOSTROPHES_G = /['’‘`´]/g;

/** Replaces control and invisible characters with spaces. */
export function stripControlChars(text: string): string {
  return CONTROL_TEST.test(text) ? text.replace(CONTROL_CHARS, " ") : text;
}

/** Lower case, accents folded, apostrophes dropped, "R&D" kept as one word. */
export function normalizeText(text: string): string {
  let t = stripControlChars(text);
  if (NON_ASCII.test(t))
    t = foldAccents(t)
      .toLowerCase()
      .replace(EXTRA_FOLD_CHARS, (c) => EXTRA_FOLDS[c] ?? c);
  else t = t.toLowerCase();
  if (t.includes("&")) t = t.replace(/\br\s*&\s*d\b/g, "rnd");
  return APOSTROPHES.test(t) ? t.replace(APOSTROPHES_G, "") : t;
}

/**
 * Splits text into words. A hyphenated or slashed group yields its parts and the joined form
 * ("co-design" → co, design, codesign; "3-D" → 3d) so either spelling finds the other.
 * One-letter words are dropped.
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const group of normalizeText(text).split(SEPARATORS)) {
    if (group.length < 2) continue;
    if (group.indexOf("-") < 0 && group.indexOf("/") < 0) {
      out.push(group);
      continue;
    }
    const parts = group.split(/[-/]+/).filter((p) => p.length > 0);
    for (const p of parts) if (p.length > 1) out.push(p);
    const joined = parts.join("");
    if (parts.length > 1 && parts.length <= 4 && joined.length > 1) out.push(joined);
  }
  return out;
}

/** Normalized text → word groups: ["co", "design"] for "co-design", ["graphene"] for "graphene". */
export function wordGroups(normalized: string): string[][] {
  const out: string[][] = [];
  for (const group of normalized.split(SEPARATORS)) {
    if (group.length === 0) continue;
    if (!group.includes("-") && !group.includes("/")) {
      out.push([group]);
      continue;
    }
    const parts = group.split(/[-/]+/).filter((p) => p.length > 0);
    if (parts.length > 0) out.push(parts);
  }
  return out;
}

const stemCache = new Map<string, string>();

/** English (Porter) stem of a normalized word; numbers and short words pass through. */
export function stem(word: string): string {
  const hit = stemCache.get(word);
  if (hit !== undefined) return hit;
  const s = word.length < 3 || /\d/.test(word) ? word : stemmer(word);
  if (stemCache.size > 200_000) stemCache.clear();
  stemCache.set(word, s);
  return s;
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** What a normalized token is indexed as, or null when it is not indexed. */
export function processTerm(token: string): string | null {
  if (token.length < 2 || token.length > MAX_TOKEN_LENGTH || STOP_WORDS.has(token)) return null;
  return stem(token);
}

/** The words of a name as typed (normalized, not stemmed, no stop words), for typeahead. */
export function nameWords(text: string): string[] {
  return tokenize(text).filter((w) => w.length <= MAX_TOKEN_LENGTH && !STOP_WORDS.has(w));
}

/**
 * The indexed terms of a piece of text, in order (duplicates kept). With `words`, each indexed
 * word is also handed over as written (for the typo dictionary).
 */
export function analyze(text: string, words?: { add(word: string): void }): string[] {
  const out: string[] = [];
  for (const token of tokenize(text)) {
    const term = processTerm(token);
    if (!term) continue;
    out.push(term);
    words?.add(token);
  }
  return out;
}

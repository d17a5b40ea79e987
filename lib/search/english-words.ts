// Whether a word is English as spelled: the ~275,000 words of the maintained `an-array-of-english-words`
// list (MIT), inflections included. A correctly spelled word is never "corrected" into another
// ("baking" is not a typo of "making"), so typo tolerance is only tried for words outside it.
// Loaded on first use (about 20 MB in memory as a Set).
import WORDS from "an-array-of-english-words";

let words: ReadonlySet<string> | null = null;

export function isEnglishWord(word: string): boolean {
  words ??= new Set(WORDS as readonly string[]);
  return words.has(word);
}

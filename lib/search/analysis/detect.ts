// Which language a listing is written in. Most listings are English, and the analysis of English
// text must not change, so a text counts as another language only when most of its words are not
// English words (the maintained English word list) and the `tinyld` detector, restricted to the
// register's main languages, names one of them.
import { detect } from "tinyld/light";
import { isEnglishWord } from "../english-words";
import { STOP_WORDS } from "../stop-words";
import { tokenize } from "../text";
import { TEXT_LANGUAGES, type TextLanguage } from "./languages";

/** Below this many content words the detector's guess is not trusted. */
const MIN_WORDS = 8;
/** Words looked at to decide whether a text is English (enough for a paragraph). */
const SAMPLE_WORDS = 60;

/** The share of a text's content words (stop words left out) that are English words; null when it has none. */
export function englishShare(text: string, sample = SAMPLE_WORDS): number | null {
  let content = 0;
  let english = 0;
  for (const w of tokenize(text)) {
    if (STOP_WORDS.has(w) || /\d/.test(w)) continue;
    content++;
    if (isEnglishWord(w)) english++;
    if (content >= sample) break;
  }
  return content === 0 ? null : english / content;
}

/** The language of a listing's text, or "en" (also for short or mixed texts). */
export function detectTextLanguage(text: string): TextLanguage | "en" {
  const share = englishShare(text);
  if (share === null || share >= 0.5) return "en";
  if (tokenize(text).length < MIN_WORDS) return "en";
  const lang = detect(text.slice(0, 2000), { only: ["en", ...TEXT_LANGUAGES] });
  return (TEXT_LANGUAGES as readonly string[]).includes(lang) ? (lang as TextLanguage) : "en";
}

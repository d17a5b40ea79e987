// Vocabulary for typeahead: keyword phrases (with how many teams use them) and their words.
// Phrases have stable ids, so each team stores its keywords as a few integers. Words are a sorted
// array (a prefix is a binary search). Spelling corrections use the engine's surface dictionary.
import { SEARCH_OPTIONS } from "./options";
import { STOP_WORDS } from "./stop-words";
import { normalizeText, tokenize } from "./text";

export interface SuggesterState {
  /** By phrase id: [key, text, count, pinned]. */
  phrases: [string, string, number, number][];
}

const phraseKey = (text: string) => normalizeText(text).replace(/\s+/g, " ").trim();
const contentWords = (text: string) => tokenize(text).filter((w) => !STOP_WORDS.has(w));

function lowerBound(a: readonly string[], x: string): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class Suggester {
  private keys: string[] = [];
  private texts: string[] = [];
  private counts: number[] = [];
  private pinned: boolean[] = [];
  private idOf = new Map<string, number>();
  /** Sorted content words of live phrases, and the phrases each appears in. */
  private words: string[] = [];
  private phrasesOf = new Map<string, Set<number>>();

  /** Adds one use of a phrase (or pins it: synonyms stay suggested with no team using them). */
  addPhrase(text: string, pin = false): number {
    const key = phraseKey(text);
    let id = this.idOf.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.keys.push(key);
      this.texts.push(text.trim());
      this.counts.push(0);
      this.pinned.push(false);
      this.idOf.set(key, id);
    }
    const live = this.counts[id]! > 0 || this.pinned[id]!;
    if (pin) this.pinned[id] = true;
    else this.counts[id]!++;
    if (!live && key.length >= 2) this.indexWords(id);
    return id;
  }

  private indexWords(id: number): void {
    for (const w of contentWords(this.keys[id]!)) {
      let set = this.phrasesOf.get(w);
      if (!set) {
        this.phrasesOf.set(w, (set = new Set()));
        this.words.splice(lowerBound(this.words, w), 0, w);
      }
      set.add(id);
    }
  }

  private removePhrase(id: number): void {
    if (!(this.counts[id]! > 0)) return;
    this.counts[id]!--;
    if (this.counts[id]! > 0 || this.pinned[id]) return;
    for (const w of contentWords(this.keys[id]!)) {
      const set = this.phrasesOf.get(w);
      set?.delete(id);
      if (set && set.size === 0) {
        this.phrasesOf.delete(w);
        const at = lowerBound(this.words, w);
        if (this.words[at] === w) this.words.splice(at, 1);
      }
    }
  }

  /** Records a team's name and keywords; returns the keyword phrase ids to keep with the team. */
  addDoc(keywords: readonly string[]): number[] {
    return keywords.map((k) => this.addPhrase(k));
  }

  removeDoc(keywordIds: ArrayLike<number>): void {
    for (const id of Array.from(keywordIds)) this.removePhrase(id);
  }

  phraseText(id: number): string {
    return this.texts[id] ?? "";
  }

  get phraseCount(): number {
    return this.keys.length;
  }

  /** Keyword and synonym phrases completing the query, most used first. */
  terms(q: string, limit: number): string[] {
    const norm = normalizeText(q.slice(0, SEARCH_OPTIONS.limits.maxSuggestLength)).replace(/\s+/g, " ");
    const words = contentWords(norm);
    const last = words.at(-1);
    if (!last) return [];
    const previous = words.slice(0, -1);
    const typed = norm.trim();
    const ids = new Set<number>();
    if (/\s$/.test(norm)) {
      for (const id of this.phrasesOf.get(last) ?? []) ids.add(id);
    } else {
      // Short prefixes match many words: look at fewer of them (typeahead must stay instant).
      const maxWords = last.length <= 2 ? 40 : 120;
      for (
        let i = lowerBound(this.words, last), seen = 0;
        i < this.words.length && seen < maxWords && ids.size < 400;
        i++, seen++
      ) {
        const w = this.words[i]!;
        if (!w.startsWith(last)) break;
        for (const id of this.phrasesOf.get(w)!) ids.add(id);
      }
    }
    const ranked: { text: string; rank: number }[] = [];
    for (const id of ids) {
      const key = this.keys[id]!;
      if (key === typed) continue;
      if (previous.length > 0) {
        const has = new Set(key.split(/[\s\-/]+/));
        if (!previous.every((w) => has.has(w))) continue;
      }
      const rank = this.counts[id]! + (key.startsWith(typed) ? 1e6 : 0) + (this.pinned[id] ? 0.5 : 0);
      ranked.push({ text: this.texts[id]!, rank });
    }
    ranked.sort((a, b) => b.rank - a.rank || a.text.length - b.text.length);
    return ranked.slice(0, limit).map((r) => r.text);
  }

  exportState(): SuggesterState {
    return {
      phrases: this.keys.map((k, id) => [k, this.texts[id]!, this.counts[id]!, this.pinned[id] ? 1 : 0]),
    };
  }

  /** Replaces the vocabulary with a snapshot's (phrase ids are kept). */
  importState(state: SuggesterState): void {
    this.keys = [];
    this.texts = [];
    this.counts = [];
    this.pinned = [];
    this.idOf.clear();
    this.phrasesOf.clear();
    const words = new Set<string>();
    state.phrases.forEach(([key, text, count, pinned], id) => {
      if (typeof key !== "string" || typeof text !== "string" || !(count >= 0)) throw new Error(`bad phrase ${id}`);
      this.keys.push(key);
      this.texts.push(text);
      this.counts.push(count);
      this.pinned.push(pinned === 1);
      this.idOf.set(key, id);
      if (count === 0 && pinned !== 1) return;
      for (const w of contentWords(key)) {
        let set = this.phrasesOf.get(w);
        if (!set) this.phrasesOf.set(w, (set = new Set()));
        set.add(id);
        words.add(w);
      }
    });
    this.words = [...words].sort();
  }
}

// The words of the indexed text as they appear in documents (lower case, accents folded, not
// stemmed), for typo tolerance and "did you mean". Misspellings are compared with these, not with
// stems: "inflammatzon" is one edit from "inflammation" but five from its stem "inflamm". Each
// word leads to its stem's postings through stem(word), so the dictionary stores only the words.
//
// Words are never removed one by one (a discarded team's text is gone by then): a word whose stem
// has no postings left is skipped at query time and dropped when the engine compacts.
import SearchableMap from "minisearch/SearchableMap";
import { fuzzyWalk } from "./distance";
import { MAX_TOKEN_LENGTH, isStopWord } from "./text";

export interface NearWord {
  word: string;
  distance: number;
}

const DIGIT = /\d/;

/** Typo tolerance is for words of letters: "co2" or "h2020" are looked up exactly. */
export function isSurfaceWord(token: string): boolean {
  return token.length >= 3 && token.length <= MAX_TOKEN_LENGTH && !DIGIT.test(token) && !isStopWord(token);
}

type Node = Map<string, Node | true>;

/**
 * SearchableMap's radix tree for sorted, distinct words[lo, hi), which share their first `depth`
 * letters: built in one pass (a few times faster than inserting word by word, which scans each
 * node's edges), as the tree is rebuilt on every snapshot load.
 */
function radixTree(words: readonly string[], lo: number, hi: number, depth: number): Node {
  const node: Node = new Map();
  if (lo < hi && words[lo]!.length === depth) {
    node.set("", true);
    lo++;
  }
  while (lo < hi) {
    // The words starting with the same next letter form one edge, labelled by their common prefix.
    const first = words[lo]!;
    const c = first.charCodeAt(depth);
    let end = lo + 1;
    while (end < hi && words[end]!.charCodeAt(depth) === c) end++;
    const last = words[end - 1]!;
    let common = depth + 1;
    while (common < first.length && common < last.length && first.charCodeAt(common) === last.charCodeAt(common))
      common++;
    node.set(first.slice(depth, common), radixTree(words, lo, end, common));
    lo = end;
  }
  return node;
}

export class SurfaceDictionary {
  /** Membership (a hash lookup per indexed word while building). */
  private words = new Set<string>();
  /** Radix tree over the same words for the typo walk, built on first use. */
  private tree: SearchableMap<true> | null = null;

  get size(): number {
    return this.words.size;
  }

  /** Records a normalised token of an indexed field (ignored unless it is a surface word). */
  add(token: string): void {
    if (this.words.has(token) || !isSurfaceWord(token)) return;
    this.words.add(token);
    this.tree?.set(token, true);
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  /** Builds the tree now rather than in the first search that needs it. */
  warm(): SearchableMap<true> {
    this.tree ??= new SearchableMap<true>(radixTree([...this.words].sort(), 0, this.words.size, 0) as never);
    return this.tree;
  }

  /** Every word within `max` edits (optimal string alignment) of `word`, itself included. */
  near(word: string, max: number): NearWord[] {
    const out: NearWord[] = [];
    if (max < 0 || word.length === 0) return out;
    fuzzyWalk(this.warm(), word, max, (w, distance) => out.push({ word: w, distance }));
    return out;
  }

  /** Drops the words `keep` rejects (those whose stem left the index). */
  prune(keep: (word: string) => boolean): void {
    for (const w of this.words) {
      if (keep(w)) continue;
      this.words.delete(w);
      this.tree?.delete(w);
    }
  }

  exportWords(): string[] {
    return [...this.words];
  }

  /** Replaces the dictionary with a snapshot's words. */
  importWords(words: Iterable<string>): void {
    this.words = new Set();
    this.tree = null;
    for (const w of words) {
      if (!isSurfaceWord(w)) throw new Error(`bad surface word ${JSON.stringify(w.slice(0, 50))}`);
      this.words.add(w);
    }
  }
}

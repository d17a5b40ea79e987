// Synonym groups → a lookup that finds the longest known phrase at a position of a query.
// Phrases are compared as analysed terms (folded, stemmed, stop words removed), so "Internet of
// Things" and "internet-of-things" are the same phrase.
import { analyze } from "./text";

export interface SynonymPhrase {
  /** As written by whoever listed it. */
  text: string;
  /** Analysed terms. */
  terms: string[];
}

export interface SynonymIndex {
  readonly groups: readonly (readonly SynonymPhrase[])[];
  /** The longest phrase of any group that starts at terms[i], or null. */
  matchAt(terms: readonly string[], i: number): { group: number; phrase: SynonymPhrase } | null;
}

/**
 * Merges lists of groups: groups sharing a phrase (after analysis) become one group, so a
 * curator's ["rust", "oxidation"] joins the default ["rust", "corrosion"].
 */
export function mergeSynonymGroups(...lists: readonly (readonly (readonly string[])[])[]): string[][] {
  const parent: number[] = [];
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const keyToSlot = new Map<string, number>();
  const phrases: { key: string; text: string }[] = [];
  const members: number[][] = [];
  for (const list of lists) {
    for (const group of list) {
      const slots: number[] = [];
      for (const text of group) {
        const key = analyze(text).join(" ");
        if (!key) continue;
        let slot = keyToSlot.get(key);
        if (slot === undefined) {
          slot = phrases.length;
          phrases.push({ key, text: text.trim() });
          parent.push(slot);
          keyToSlot.set(key, slot);
        }
        slots.push(slot);
      }
      if (slots.length < 2) continue;
      members.push(slots);
      for (const s of slots.slice(1)) parent[find(s)] = find(slots[0]!);
    }
  }
  const byRoot = new Map<number, Set<number>>();
  for (const slots of members) {
    for (const s of slots) {
      const root = find(s);
      let set = byRoot.get(root);
      if (!set) byRoot.set(root, (set = new Set()));
      set.add(s);
    }
  }
  return [...byRoot.values()].map((set) => [...set].sort((a, b) => a - b).map((s) => phrases[s]!.text));
}

export function buildSynonymIndex(groups: readonly (readonly string[])[]): SynonymIndex {
  const built: SynonymPhrase[][] = [];
  const byFirst = new Map<string, { group: number; phrase: SynonymPhrase }[]>();
  for (const group of mergeSynonymGroups(groups)) {
    const seen = new Set<string>();
    const phrases: SynonymPhrase[] = [];
    for (const text of group) {
      const terms = analyze(text);
      const key = terms.join(" ");
      if (!key || seen.has(key)) continue;
      seen.add(key);
      phrases.push({ text, terms });
    }
    if (phrases.length < 2) continue;
    const g = built.length;
    built.push(phrases);
    for (const phrase of phrases) {
      const first = phrase.terms[0]!;
      const list = byFirst.get(first) ?? [];
      list.push({ group: g, phrase });
      list.sort((a, b) => b.phrase.terms.length - a.phrase.terms.length);
      byFirst.set(first, list);
    }
  }
  return {
    groups: built,
    matchAt(terms, i) {
      const candidates = byFirst.get(terms[i] ?? "");
      if (!candidates) return null;
      for (const c of candidates) {
        const t = c.phrase.terms;
        if (i + t.length > terms.length) continue;
        let ok = true;
        for (let k = 1; k < t.length && ok; k++) ok = terms[i + k] === t[k];
        if (ok) return c;
      }
      return null;
    },
  };
}

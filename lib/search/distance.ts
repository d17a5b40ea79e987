// Spelling distance for typo tolerance and "did you mean": optimal string alignment (Levenshtein
// plus the swap of two neighbouring letters as one edit, as people mistype: "reserach"), bounded
// so that a hopeless comparison stops early. The tree walk finds every dictionary word within the
// bound in one pass over MiniSearch's radix tree, sharing the work of common prefixes.
import type SearchableMap from "minisearch/SearchableMap";

/** SearchableMap's radix tree: edges labelled by string pieces; the "" key holds a word's value. */
type RadixNode = Map<string, unknown>;
const LEAF = "";

/**
 * Optimal string alignment distance between a and b (insert, delete, substitute, or swap two
 * adjacent letters, each costing 1; no substring is edited twice). Returns max + 1 as soon as the
 * distance is certain to exceed max.
 */
export function osaDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Uint16Array(n + 1);
  let prev = Uint16Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Uint16Array(n + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj)
        v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    // A swap reaches back two rows, but never below the previous row's minimum: safe to stop.
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[n]!, max + 1);
}

/**
 * Calls `found(word, distance)` for every word of the map within `max` OSA edits of `query`.
 * One row of the distance matrix per letter along the tree path, so words sharing a prefix share
 * its rows, and a branch is left as soon as every cell of its last row exceeds `max`.
 */
export function fuzzyWalk(
  map: SearchableMap<unknown>,
  query: string,
  max: number,
  found: (word: string, distance: number) => void,
): void {
  const n = query.length + 1;
  // Matching words are at most query.length + max letters long: one row per letter, plus row 0.
  const rows = n + max;
  const matrix = new Uint8Array(rows * n).fill(Math.min(255, max + 1));
  for (let j = 0; j < n; j++) matrix[j] = j;
  for (let i = 1; i < rows; i++) matrix[i * n] = Math.min(255, i);
  const q = Array.from({ length: query.length }, (_, j) => query.charCodeAt(j));
  // The word's letter at each row (row i holds letter i - 1), for the swap check.
  const letters = new Uint16Array(rows);
  walk(map._tree as RadixNode, "", 1);

  function walk(node: RadixNode, prefix: string, row: number): void {
    edges: for (const [key, child] of node) {
      if (key === LEAF) {
        const distance = matrix[row * n - 1]!;
        if (distance <= max) found(prefix, distance);
        continue;
      }
      let i = row;
      for (let pos = 0; pos < key.length; pos++, i++) {
        if (i >= rows) continue edges;
        const c = key.charCodeAt(pos);
        letters[i] = c;
        const at = i * n;
        const above = at - n;
        let rowMin = matrix[at]!;
        const jmin = Math.max(0, i - max - 1);
        const jmax = Math.min(n - 1, i + max);
        for (let j = jmin; j < jmax; j++) {
          // Cell j + 1 of this row: the word's first i letters against the query's first j + 1.
          let v = Math.min(matrix[above + j]! + (c === q[j] ? 0 : 1), matrix[above + j + 1]! + 1, matrix[at + j]! + 1);
          if (i > 1 && j > 0 && c === q[j - 1] && letters[i - 1] === q[j])
            v = Math.min(v, matrix[above - n + j - 1]! + 1);
          matrix[at + j + 1] = v;
          if (v < rowMin) rowMin = v;
        }
        if (rowMin > max) continue edges;
      }
      walk(child as RadixNode, prefix + key, i);
    }
  }
}

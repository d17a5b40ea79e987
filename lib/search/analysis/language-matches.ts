// How many of a search's results are listings written in the query's language: those matching
// one of the terms only that language's analysis gives (query-language.ts). Those terms come from
// listings in that language, so their postings are short; the count is exact over the result set.
import type { Expansion } from "../scratch";

export function countLanguageMatches(
  expansions: readonly Expansion[],
  languageTerms: ReadonlySet<string>,
  docs: Int32Array,
  count: number,
): number {
  if (languageTerms.size === 0 || count === 0) return 0;
  const matching = new Set<number>();
  for (const e of expansions) {
    if (!languageTerms.has(e.term)) continue;
    const arr = e.view.index.postings[e.id];
    const used = e.view.index.used[e.id] ?? 0;
    if (!arr) continue;
    for (let i = 0; i < used; i += 2) if (e.view.alive[arr[i]!] === 1) matching.add(arr[i]!);
  }
  if (matching.size === 0) return 0;
  let n = 0;
  for (let i = 0; i < count; i++) if (matching.has(docs[i]!)) n++;
  return n;
}

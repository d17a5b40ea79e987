// "Did you mean": for a search that found nothing, the query again with each unknown word
// replaced by its closest known spelling. Corrections the search already tried (within the
// word's typo budget) are not offered: following them would find nothing more.
import { isEnglishWord } from "./english-words";
import type { QueryConcept } from "./query";
import { closestWords, type TypoCandidate, type TypoSource } from "./typos";
import { analyze } from "./text";

export function didYouMean(
  e: TypoSource,
  concepts: readonly QueryConcept[],
  typos: readonly (readonly TypoCandidate[])[],
): string[] {
  const words = concepts.map((c) => c.text);
  // Only words the index has never seen are corrected: a known word found nothing for other
  // reasons, and a correctly spelled English word ("baking") is not offered another ("making").
  const known = (w: string) =>
    w.includes(" ") ||
    isEnglishWord(w) ||
    e.surface.has(w) ||
    analyze(w).some((t) => e.tier1.ids.has(t) || e.tier2.ids.has(t));
  const fixes = words.map((w, i) =>
    known(w) ? [] : closestWords(e, w, new Set((typos[i] ?? []).map((t) => t.stem)), 3),
  );
  const first = fixes.findIndex((f) => f.length > 0);
  if (first < 0) return [];
  const best = words.map((w, i) => fixes[i]![0] ?? w).join(" ");
  const others = fixes[first]!.slice(1).map((alt) =>
    words.map((w, i) => (i === first ? alt : (fixes[i]![0] ?? w))).join(" "),
  );
  return [best, ...others];
}

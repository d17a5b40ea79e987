import Link from "next/link";
import type { SearchParams, SearchResult } from "@/lib/search/types";
import { searchQueryString } from "@/lib/validation/search";

type Feedback = Pick<
  SearchResult,
  "usedTerms" | "droppedTerms" | "unmatchedTerms" | "ignoredTerms" | "didYouMean" | "languageNote" | "total"
>;

const quoteList = (words: readonly string[]) => words.map((w) => `“${w}”`).join(", ");

/**
 * What the search did with the words typed: the words searched for (each with a link that drops
 * it, so this works without JavaScript), words no team uses, words left out, and a note when the
 * query is in a language most listings are not written in.
 */
export function QueryFeedback({ params, result }: { params: SearchParams; result: Feedback }) {
  const used = result.usedTerms ?? [];
  const dropped = result.droppedTerms ?? [];
  const excluded = params.exclude ?? [];
  const unmatched = result.unmatchedTerms ?? [];
  const q = params.q.trim();
  const href = (p: Partial<SearchParams>) => `/search?${searchQueryString({ ...params, ...p, page: 1 })}`;
  const reduced = dropped.filter((w) => !excluded.includes(w));
  const noWords = q !== "" && used.length === 0;
  const inLanguage = result.languageNote?.listingsInLanguage ?? 0;
  return (
    <div className="space-y-2 text-sm text-slate-700">
      {result.languageNote && (
        <p role="note" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-slate-900">
          Your search looks written in {result.languageNote.language}.{" "}
          {inLanguage > 0
            ? `${inLanguage === 1 ? "1 listing" : `${inLanguage} listings`} written in ${result.languageNote.language} ${inLanguage === 1 ? "matches" : "match"}. `
            : ""}
          Most listings are written in English
          {result.total > 0 ? ", so some fitting teams may be missing" : ""}.{" "}
          {result.languageNote.englishQuery ? (
            <>
              <Link href={href({ q: result.languageNote.englishQuery, exclude: [] })}>
                Search in English for “{result.languageNote.englishQuery}”
              </Link>
              .
            </>
          ) : (
            "Try the same need in English words."
          )}
        </p>
      )}
      {noWords && (
        <p role="note">
          Your search has no words to look for
          {result.ignoredTerms && result.ignoredTerms.length > 0
            ? ` (only common words: ${quoteList(result.ignoredTerms.slice(0, 8))})`
            : " (only symbols or emoji)"}
          , so every team is listed. Describe the need in a few words, for example “water treatment”.
        </p>
      )}
      {used.length > 1 && (
        <div>
          <p id="used-terms-label">Searched for these words (select one to leave it out):</p>
          <ul aria-labelledby="used-terms-label" className="mt-1 flex flex-wrap gap-2">
            {used.map((w) => (
              <li key={w}>
                <Link
                  href={href({ exclude: [...excluded, w] })}
                  aria-label={`Leave out “${w}”`}
                  className="inline-flex items-center gap-1 rounded-full border border-slate-300 bg-white px-2 py-0.5 text-slate-900 no-underline hover:border-slate-500"
                >
                  {w} <span aria-hidden="true">×</span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      {excluded.length > 0 && (
        <p>
          Left out at your request: {quoteList(excluded)}.{" "}
          <Link href={href({ exclude: [] })}>Search with every word again</Link>.
        </p>
      )}
      {reduced.length > 0 && (
        <p>
          Your text was reduced to its {used.length} most telling words; also in it, but not searched:{" "}
          {reduced.slice(0, 20).join(", ")}
          {reduced.length > 20 ? ` and ${reduced.length - 20} more` : ""}.
        </p>
      )}
      {unmatched.length > 0 && result.total > 0 && (
        <p role="note">
          No team mentions {quoteList(unmatched)}
          {result.didYouMean.length > 0 ? (
            <>
              . Did you mean{" "}
              {result.didYouMean.map((s, i) => (
                <span key={s}>
                  {i > 0 && " or "}
                  <Link href={href({ q: s, exclude: [] })}>{s}</Link>
                </span>
              ))}
              ?
            </>
          ) : (
            "; the teams below match your other words."
          )}
        </p>
      )}
    </div>
  );
}

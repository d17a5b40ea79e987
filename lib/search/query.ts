// Free text → the concepts to look for. Pure and total: any string (or anything else) gives a
// parsed query, never an exception. Limits are applied here, before any index work.
import { SEARCH_OPTIONS, maxEdits } from "./options";
import { RANKING } from "./ranking";
import { QUERY_FILLERS, STOP_WORDS } from "./stop-words";
import type { SynonymIndex } from "./synonyms";
import { MAX_TOKEN_LENGTH, normalizeText, stem, stripControlChars, wordGroups } from "./text";

export interface QueryAlternative {
  /** Analysed terms that must all be present (a phrase without word order). */
  terms: string[];
  weight: number;
}

export interface QueryConcept {
  /** The words as typed (normalised), for messages. */
  text: string;
  /** [0] is what was typed; the rest are synonyms or other spellings. */
  alternatives: QueryAlternative[];
  /** For the last word typed: the unstemmed word to match as a prefix. */
  prefix: string | null;
  /** Maximum edits for typo tolerance on alternatives[0] (0 = exact only). */
  fuzzy: number;
  /** Quoted: must match, exactly. */
  required: boolean;
  /** How many times the query says it (a long text repeats what matters). */
  occurrences?: number;
}

export interface ParsedQuery {
  /** The query after control characters were removed and the length capped. */
  text: string;
  concepts: QueryConcept[];
  /** Words not searched for: stop words, framing words, words beyond the cap. */
  ignored: string[];
  truncated: boolean;
}

interface Token {
  raw: string;
  /** Analysed term; null for stop words. */
  term: string | null;
  /** For hyphenated words: the parts ("co", "design"); the raw form is the joined word. */
  parts: string[] | null;
  quoted: boolean;
}

const QUOTES = /["“”„]/g;

function tokensOf(text: string, quoted: boolean): Token[] {
  const out: Token[] = [];
  for (const group of wordGroups(normalizeText(text))) {
    const raw = group.join("");
    if (raw.length < 2 || raw.length > MAX_TOKEN_LENGTH) continue;
    const parts = group.length > 1 ? group.filter((p) => !STOP_WORDS.has(p) && p.length > 1).map(stem) : null;
    out.push({
      raw,
      term: STOP_WORDS.has(raw) ? null : stem(raw),
      parts: parts && parts.length > 0 ? parts : null,
      quoted,
    });
  }
  return out;
}

/** Splits on balanced double quotes; an unmatched quote is ignored. */
function segments(text: string): { text: string; quoted: boolean }[] {
  const pieces = text.split(QUOTES);
  if (pieces.length % 2 === 0) {
    // Odd number of quotes: merge the text after the last one back into the previous piece.
    const last = pieces.pop()!;
    pieces[pieces.length - 1] += ` ${last}`;
  }
  return pieces.map((p, i) => ({ text: p, quoted: i % 2 === 1 }));
}

export function parseQuery(input: unknown, synonyms: SynonymIndex): ParsedQuery {
  const { maxQueryLength, maxParsedTerms } = SEARCH_OPTIONS.limits;
  let text = typeof input === "string" ? stripControlChars(input) : "";
  const truncatedByLength = text.length > maxQueryLength;
  if (truncatedByLength) {
    text = text.slice(0, maxQueryLength);
    // Do not leave a fragment of a cut word behind.
    const space = text.search(/\s\S*$/);
    if (space > maxQueryLength - 40) text = `${text.slice(0, space)} `;
  }
  text = text.replace(/\s+/g, " ");
  const endsOpen = text.length > 0 && !/[\s"“”„]$/.test(text);
  text = text.trim();
  // "IT" in capitals is information technology; lower-case "it" is a stop word.
  const expanded = /[a-z]/.test(text) || text === "IT" ? text.replace(/\bIT\b/g, "information technology") : text;

  const ignored: string[] = [];
  const all = segments(expanded).flatMap((s) => tokensOf(s.text, s.quoted));
  // Only the word still being typed (the last one, no space after it) is matched as a prefix.
  const typing = endsOpen && all.at(-1)?.term ? all.at(-1) : undefined;
  const tokens = all.filter((t) => {
    if (t.term === null) ignored.push(t.raw);
    return t.term !== null;
  });
  const concepts: QueryConcept[] = [];
  const fillers = new Set<QueryConcept>();
  const terms = tokens.map((t) => t.term!);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.term === null) continue;
    if (t.quoted) {
      concepts.push({
        text: t.raw,
        alternatives: [{ terms: [t.term], weight: 1 }],
        prefix: null,
        fuzzy: 0,
        required: true,
      });
      continue;
    }
    const match = synonyms.matchAt(terms, i);
    if (match && match.phrase.terms.every((_, k) => !tokens[i + k]?.quoted)) {
      const n = match.phrase.terms.length;
      const group = synonyms.groups[match.group]!;
      const typed = { terms: match.phrase.terms, weight: 1 };
      const others = group
        .filter((p) => p !== match.phrase)
        .map((p) => ({ terms: p.terms, weight: RANKING.synonymWeight }));
      const single = n === 1 && i === tokens.length - 1;
      concepts.push({
        text: tokens
          .slice(i, i + n)
          .map((x) => x.raw)
          .join(" "),
        alternatives: [typed, ...others],
        prefix: single && t === typing && t.raw.length >= SEARCH_OPTIONS.matching.minPrefixLength ? t.raw : null,
        fuzzy: 0,
        required: false,
      });
      i += n - 1;
      continue;
    }
    const alternatives: QueryAlternative[] = [{ terms: [t.term], weight: 1 }];
    if (t.parts && t.parts.length > 1) alternatives.push({ terms: t.parts, weight: RANKING.synonymWeight });
    const last = i === tokens.length - 1;
    const concept: QueryConcept = {
      text: t.raw,
      alternatives,
      prefix: last && t === typing && t.raw.length >= SEARCH_OPTIONS.matching.minPrefixLength ? t.raw : null,
      fuzzy: /\d/.test(t.raw) ? 0 : maxEdits(t.raw.length),
      required: false,
    };
    if (QUERY_FILLERS.has(t.raw)) fillers.add(concept);
    concepts.push(concept);
  }
  // Framing words go when something more specific is left; repeated words count once.
  let kept = dedupe(concepts, ignored);
  if (fillers.size > 0 && kept.some((c) => !fillers.has(c))) {
    kept = kept.filter((c) => {
      if (fillers.has(c)) ignored.push(c.text);
      return !fillers.has(c);
    });
  }
  // Reduction to the most telling words needs the index (reduce.ts); this only bounds the work.
  const overCap = kept.length > maxParsedTerms;
  if (overCap) kept = kept.slice(0, maxParsedTerms);
  return { text, concepts: kept, ignored, truncated: truncatedByLength || overCap };
}

/** Repeated words count once, with how often they were said. */
function dedupe(concepts: QueryConcept[], ignored: string[]): QueryConcept[] {
  const seen = new Map<string, QueryConcept>();
  return concepts.filter((c) => {
    const key = c.alternatives[0]!.terms.join(" ");
    const first = seen.get(key);
    if (first) {
      first.occurrences = (first.occurrences ?? 1) + 1;
      if (c.required) first.required = true;
      if (first.text !== c.text) ignored.push(c.text);
      return false;
    }
    seen.set(key, c);
    return true;
  });
}

/**
 * How many of n concepts a team must match before the query is relaxed to "any": a short query
 * (up to 4 words) names one need, so teams meeting all (or all but one) of it come alone when
 * there are some; a long question or pasted text ranks every team matching any word (BM25F and
 * coordination order them), so no matching rule can starve it.
 */
export function minimumMatch(n: number): number {
  if (n <= 2) return n;
  if (n <= 4) return n - 1;
  return 1;
}

// "Teams with similar expertise": a team's most telling terms, weighed by where they appear in its
// listing and by how rare they are in the register (tf × idf), run as an ordinary query through
// the engine, so the results carry the same "why it matched" as a search. The institution and
// place are left out on purpose: similar expertise elsewhere is the point.
import type { SearchEngine } from "./engine";
import { analyzeField, listingLanguage } from "./analysis/analyze";
import { translate } from "./language";
import { analyze, tokenize } from "./text";
import { termDocumentFrequency } from "./term-stats";
import type { SearchDocument, SearchHit } from "./types";

/** How much a word says about a team's expertise, by the part of the listing it is in. */
const FIELD_WEIGHTS: readonly [string, (d: SearchDocument) => string, number][] = [
  ["name", (d) => d.name, 3],
  ["keywords", (d) => d.keywords.join(" | "), 3],
  ["summary", (d) => d.summary, 1.5],
  ["facilities", (d) => d.facilities.join(" | "), 1],
  ["description", (d) => d.description, 0.6],
  ["caseStudies", (d) => d.caseStudyText ?? "", 0.4],
];

export const SIMILAR = {
  /** Terms in the query: enough to describe a team, few enough to stay fast and focused. */
  maxTerms: 8,
  /** Terms per round: all of them, then fewer while too few teams are found. */
  rounds: [8, 5, 3, 2],
  /** A similar team shares at least this many of the telling terms (one word in common is chance). */
  minShared: 2,
  maxResults: 6,
  /** Terms in more than this share of teams say little about expertise. */
  maxShare: 0.2,
} as const;

export interface TellingTerm {
  /** The analysed term. */
  term: string;
  /** The word as the listing writes it (normalised), which analyses back to `term`. */
  word: string;
  weight: number;
}

/** The team's most telling terms, best first; ties broken alphabetically, so the list is stable. */
export function tellingTerms(engine: SearchEngine, doc: SearchDocument, max: number = SIMILAR.maxTerms): TellingTerm[] {
  const tf = new Map<string, { word: string; weight: number }>();
  // search-quality: a listing written in another language is read in it, and also through the
  // glossary's English terms, so its similar teams can be found among the English listings.
  const lang = listingLanguage(doc);
  for (const [field, text, fieldWeight] of FIELD_WEIGHTS) {
    const words: string[] = [];
    const terms = analyzeField(lang, field, text(doc), { add: (w) => words.push(w) });
    if (lang !== "en") {
      const english = translate(tokenize(text(doc)), lang).english.join(" ");
      terms.push(...analyze(english, { add: (w) => words.push(w) }));
    }
    const inField = new Map<string, number>();
    terms.forEach((t, i) => {
      inField.set(t, (inField.get(t) ?? 0) + 1);
      if (!tf.has(t)) tf.set(t, { word: words[i]!, weight: 0 });
    });
    // Repeats count, with diminishing returns: a long description cannot outweigh the keywords.
    for (const [t, n] of inField) tf.get(t)!.weight += fieldWeight * (1 + Math.log(n));
  }
  const total = Math.max(1, engine.size);
  const out: TellingTerm[] = [];
  for (const [term, { word, weight }] of tf) {
    if (/^\d+$/.test(term)) continue;
    const df = termDocumentFrequency(engine.state, term);
    // A term only this team has cannot find another; a term most teams have cannot tell them apart.
    if (df < 2 || df > total * SIMILAR.maxShare) continue;
    const idf = Math.log(1 + (total - df + 0.5) / (df + 0.5));
    out.push({ term, word, weight: weight * idf });
  }
  out.sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  return out.slice(0, max);
}

/**
 * The query text for a team's similar teams: its telling words, a trailing space so the last one
 * is not completed as a prefix. Empty when the team has no term another team shares.
 */
export function similarQueryText(terms: readonly TellingTerm[]): string {
  return terms.length === 0 ? "" : `${terms.map((t) => t.word).join(" ")} `;
}

export interface SimilarResult {
  /** Best first, never the team itself, at most `limit`. */
  hits: SearchHit[];
  terms: TellingTerm[];
}

function sharedTerms(hit: SearchHit, telling: ReadonlySet<string>): number {
  let n = 0;
  for (const t of new Set(hit.matchedTerms)) if (telling.has(t)) n++;
  return n;
}

/**
 * Teams similar to `doc` from the engine's index (published, live teams only, as the index holds).
 * When a matching rule leaves fewer than `limit` teams for all the telling terms, the query is
 * run again with fewer, the most telling first; later rounds only add teams below earlier ones.
 */
export function findSimilar(
  engine: SearchEngine,
  doc: SearchDocument,
  limit: number = SIMILAR.maxResults,
): SimilarResult {
  const n = Math.max(1, Math.min(20, Math.floor(limit)));
  const terms = tellingTerms(engine, doc);
  const telling = new Set(terms.map((t) => t.term));
  const hits: SearchHit[] = [];
  const seen = new Set<number>([doc.id]);
  let tried = Infinity;
  for (const size of SIMILAR.rounds) {
    const take = Math.min(size, terms.length);
    if (take === 0 || take >= tried) continue;
    tried = take;
    const q = similarQueryText(terms.slice(0, take));
    // A deeper page than needed: some hits share too few telling terms and are passed over.
    const result = engine.search({ q, filters: {}, sort: "relevance", page: 1, pageSize: 3 * n + 1 });
    for (const h of result.hits) {
      if (seen.has(h.id) || sharedTerms(h, telling) < Math.min(SIMILAR.minShared, terms.length)) continue;
      seen.add(h.id);
      hits.push(h);
    }
    if (hits.length >= n) break;
  }
  return { hits: hits.slice(0, n), terms };
}

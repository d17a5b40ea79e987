// One search, start to finish: parse → reduce a long query to its most telling words → score
// (BM25F over every field) → filters → disjunctive facet counts → top k → hits. Every team that
// matches a word is a result; coordination and ranking put those matching more of the need first.
// Total: never throws on odd input.
import { didYouMean } from "./did-you-mean";
import type { EngineState } from "./engine-state";
import { conceptBits, scoreConcepts } from "./executor";
import { INDEXED_FIELDS, SEARCH_OPTIONS } from "./options";
import { minimumMatch, parseQuery, type ParsedQuery } from "./query";
import { reduceQuery, type TermStats } from "./reduce";
import { detectQueryLanguage } from "./language";
import { countLanguageMatches } from "./analysis/language-matches";
import { inQueryLanguage } from "./analysis/query-language";
import { RANKING } from "./ranking";
import { rescoreByProximity } from "./rescore";
import { topK, type Compare } from "./top-k";
import { stemFrequency, typoCandidates, type TypoCandidate } from "./typos";
import { normalizeText } from "./text";
import { FACET_NAMES, type FacetName, type SearchHit, type SearchParams, type SearchResult } from "./types";
import type { PreparedFilters } from "./facets";

interface Selection {
  docs: Int32Array;
  scores: Float64Array;
  count: number;
  counts: Int32Array;
  withoutFacet: Int32Array;
}

/** Clamps anything a caller passes into a usable SearchParams. */
export function normalizeParams(p: Partial<SearchParams> | null | undefined): SearchParams {
  const { maxPageSize, defaultPageSize } = SEARCH_OPTIONS.limits;
  const int = (v: unknown, dflt: number, min: number, max: number) => {
    const n = typeof v === "number" && Number.isFinite(v) ? Math.floor(v) : dflt;
    return Math.min(max, Math.max(min, n));
  };
  const filters: SearchParams["filters"] = {};
  const raw = (p?.filters ?? {}) as Record<string, unknown>;
  for (const name of FACET_NAMES) {
    const v = raw[name];
    if (Array.isArray(v)) filters[name] = v.filter((x): x is string => typeof x === "string").slice(0, 50);
  }
  const exclude = Array.isArray(p?.exclude)
    ? p.exclude.filter((x): x is string => typeof x === "string").slice(0, 50)
    : undefined;
  return {
    q: typeof p?.q === "string" ? p.q : "",
    ...(exclude && exclude.length > 0 ? { exclude } : {}),
    filters,
    sort: p?.sort === "updated" ? "updated" : "relevance",
    page: int(p?.page, 1, 1, 1_000_000),
    pageSize: int(p?.pageSize, defaultPageSize, 1, maxPageSize),
  };
}

function finish(sel: Selection, count: number, withoutFacet: Int32Array): Selection {
  for (let f = 0; f < withoutFacet.length; f++) withoutFacet[f]! += count;
  return { ...sel, count, withoutFacet };
}

function selectAll(e: EngineState, prepared: PreparedFilters): Selection {
  const { docs, scores } = e.scratch.results(e.capacity);
  const boosts = e.boosts();
  const without = new Int32Array(FACET_NAMES.length);
  let n = 0;
  let counts: Int32Array;
  if (prepared.active === 0) {
    // Everything, unfiltered: the facet counts are the running totals.
    for (let doc = 0; doc < e.capacity; doc++) if (e.docs.alive[doc] === 1) docs[n++] = doc;
    counts = e.facets.totalCounts();
  } else {
    counts = e.facets.newCounts();
    n = e.facets.tally(null, e.capacity, e.docs.alive, prepared, counts, without, docs);
  }
  for (let i = 0; i < n; i++) scores[i] = boosts[docs[i]!]!;
  return finish({ docs, scores, count: n, counts, withoutFacet: without }, n, without);
}

function selectScored(e: EngineState, parsed: ParsedQuery, prepared: PreparedFilters): Selection {
  const s = e.scratch;
  const boosts = e.boosts();
  const { docs, scores, pre } = e.scratch.results(e.capacity);
  const n = parsed.concepts.length;
  const bits = conceptBits(parsed.concepts);
  let required = 0;
  parsed.concepts.forEach((c, i) => c.required && (required |= bits[i]!));
  required >>>= 0;
  const exponent = n <= RANKING.coordinationMaxConcepts ? RANKING.coordinationExponent : 0;
  const coord = Float64Array.from({ length: n + 1 }, (_, k) => (k / n) ** exponent);
  const { mask, matched, score } = s;
  let level = minimumMatch(n);
  for (;;) {
    // At "any word" with nothing required, every scored document is a candidate.
    const everyone = level <= 1 && required === 0;
    let list: Int32Array = s.docs;
    let candidates = s.count;
    if (!everyone) {
      list = pre;
      candidates = 0;
      for (let i = 0; i < s.count; i++) {
        const doc = s.docs[i]!;
        if (matched[doc]! >= level && (mask[doc]! & required) >>> 0 === required) pre[candidates++] = doc;
      }
    }
    const counts = e.facets.newCounts();
    const without = new Int32Array(FACET_NAMES.length);
    let out: Int32Array = docs;
    let count: number;
    if (prepared.active === 0 && everyone) {
      // Nothing selected: the result set is the scored documents themselves.
      e.facets.countMembers(list, candidates, e.size, e.capacity, e.docs.alive, s.qStamp, s.qRun, counts);
      out = list;
      count = candidates;
    } else count = e.facets.tally(list, candidates, e.docs.alive, prepared, counts, without, docs);
    if (count > 0 || level <= 1) {
      for (let i = 0; i < count; i++) {
        const doc = out[i]!;
        scores[i] = score[doc]! * coord[matched[doc]!]! * boosts[doc]!;
      }
      return finish({ docs: out, scores, count, counts, withoutFacet: without }, count, without);
    }
    level = 1;
  }
}

function matchedTermsOf(e: EngineState, doc: number, fieldBits: number): string[] {
  const out = new Set<string>();
  for (const exp of e.scratch.expansions) {
    if (out.has(exp.term)) continue;
    const localBits = fieldBits >>> exp.view.fieldBase;
    if (localBits !== 0 && exp.view.index.has(exp.id, doc, localBits)) out.add(exp.term);
  }
  return [...out];
}

/** The concepts that matched no team at all (in any field, before filters). */
function unmatchedOf(e: EngineState, parsed: ParsedQuery): string[] {
  const counts = e.scratch.conceptCounts;
  return parsed.concepts.filter((_, i) => (counts[i] ?? 0) === 0).map((c) => c.text);
}

function withLanguageNote(q: string) {
  return q.trim() === "" ? null : detectQueryLanguage(q);
}

function termStats(e: EngineState): TermStats {
  return { docCount: e.size, frequency: (t) => stemFrequency(e, t) };
}

/** Leaves out the words the person chose to drop (as typed, normalised). */
function withoutExcluded(parsed: ParsedQuery, exclude: readonly string[] | undefined) {
  if (!exclude || exclude.length === 0) return { parsed, excluded: [] as string[] };
  const drop = new Set(exclude.map((x) => normalizeText(x).trim()));
  const excluded = parsed.concepts.filter((c) => drop.has(c.text)).map((c) => c.text);
  return { parsed: { ...parsed, concepts: parsed.concepts.filter((c) => !drop.has(c.text)) }, excluded };
}

export function runSearch(e: EngineState, input: SearchParams): SearchResult {
  const params = normalizeParams(input);
  const { maxTerms, maxFuzzyTerms } = SEARCH_OPTIONS.limits;
  const all = withoutExcluded(parseQuery(params.q, e.synonyms), params.exclude);
  const reduced = reduceQuery(all.parsed, termStats(e), maxTerms);
  const dropped = reduced.dropped;
  const prepared = e.facets.prepare(params.filters);
  const queryLanguage = withLanguageNote(params.q);
  // search-quality: a query in another language is also analysed in it (lib/search/analysis).
  const { parsed, languageTerms } = inQueryLanguage(reduced.parsed, queryLanguage?.lang ?? null);
  const language = { languageNote: queryLanguage?.note };
  let sel: Selection;
  let typos: TypoCandidate[][] = [];
  let unmatched: string[] = [];
  if (parsed.concepts.length === 0) {
    sel = selectAll(e, prepared);
  } else {
    e.scratch.ensure(e.capacity);
    e.scratch.expandCache.clear();
    // Words of another language are not misspelt English: no typo tolerance, no "did you mean".
    const fuzzy = parsed.concepts.length <= maxFuzzyTerms && !language.languageNote;
    typos = parsed.concepts.map((c) => (fuzzy ? typoCandidates(e, c) : []));
    scoreConcepts(e.views(true), parsed.concepts, typos, e.scratch);
    unmatched = unmatchedOf(e, parsed);
    sel = selectScored(e, parsed, prepared);
  }
  const offerFixes = unmatched.length > 0 && parsed.concepts.length <= maxFuzzyTerms && !language.languageNote;
  const { docs, scores } = sel;
  if (language.languageNote && languageTerms.size > 0) {
    const inLanguage = countLanguageMatches(e.scratch.expansions, languageTerms, docs, sel.count);
    language.languageNote = { ...language.languageNote, listingsInLanguage: inLanguage };
  }
  const upd = e.docs.updatedAt;
  const ids = e.docs.docIds;
  const byRelevance: Compare = (a, b) =>
    scores[b]! - scores[a]! || upd[docs[b]!]! - upd[docs[a]!]! || ids[docs[a]!]! - ids[docs[b]!]!;
  const byUpdated: Compare = (a, b) =>
    upd[docs[b]!]! - upd[docs[a]!]! || scores[b]! - scores[a]! || ids[docs[a]!]! - ids[docs[b]!]!;
  const pageCount = Math.max(1, Math.ceil(sel.count / params.pageSize));
  const from = (params.page - 1) * params.pageSize;
  const updated = params.sort === "updated";
  // search-quality: the best candidates of a query of several words are re-ranked by how close together its words are.
  const head = updated ? null : rescoreByProximity(e, parsed.concepts.length, docs, scores, sel.count, byRelevance);
  const primary = updated ? (p: number) => upd[docs[p]!]! : scores;
  const want = from + params.pageSize;
  const order =
    from >= sel.count
      ? new Int32Array(0)
      : head && (want <= head.length || head.length === sel.count)
        ? head.subarray(0, Math.min(want, head.length))
        : topK(sel.count, want, updated ? byUpdated : byRelevance, primary);
  const hits: SearchHit[] = [];
  for (let i = from; i < order.length; i++) {
    const pos = order[i]!;
    const doc = docs[pos]!;
    const bits = parsed.concepts.length > 0 ? e.scratch.fields[doc]! : 0;
    hits.push({
      id: ids[doc]!,
      score: Math.round(scores[pos]! * 1e4) / 1e4,
      matchedFields: INDEXED_FIELDS.filter((_, f) => (bits & (1 << f)) !== 0),
      matchedTerms: bits ? matchedTermsOf(e, doc, bits) : [],
      ...(bits && e.scratch.exact[doc] === 0 ? { typoOnly: true } : {}),
    });
  }
  const withoutFacet: Partial<Record<FacetName, number>> = {};
  FACET_NAMES.forEach((name, f) => {
    if (prepared.active & (1 << f)) withoutFacet[name] = sel.withoutFacet[f]!;
  });
  return {
    hits,
    total: sel.count,
    page: params.page,
    pageCount,
    facets: e.facets.toFacets(sel.counts, prepared),
    didYouMean: offerFixes ? didYouMean(e, parsed.concepts, typos) : [],
    ignoredTerms: parsed.ignored,
    usedTerms: parsed.concepts.map((c) => c.text),
    droppedTerms: [...all.excluded, ...dropped],
    unmatchedTerms: unmatched,
    ...(language.languageNote ? { languageNote: language.languageNote } : {}),
    truncated: parsed.truncated,
    withoutFacet,
  };
}

// The fixed query mix: what SMEs type (one word, several words, as-you-type prefixes, typos,
// plain-language sentences, empty-box browsing), with and without facet filters, drawn from the
// same vocabulary and popularity curves as the corpus so that common queries hit common terms.
import { COST_BANDS, ENGAGEMENT_MODES, KNOWLEDGE_TYPES } from "@/lib/reference/engagement";
import type { FacetName, SearchParams } from "@/lib/search/types";
import type { CorpusGenerator } from "./corpus";
import { countryLanguages } from "./institutions";
import { OECD_BY_OPENALEX_FIELD, SECTOR_ORDER, SENTENCE_TEMPLATES, THINGS } from "./phrases";
import { createRng, hashSeed, shuffled, Zipf, type Rng } from "./prng";
import type { BenchQuery, Institution, QueryKind, Topic } from "./types";

export const PAGE_SIZE = 20;

const MIX: readonly [QueryKind, number][] = [
  ["one-word", 0.2],
  ["multi-word", 0.25],
  ["prefix", 0.18],
  ["typo", 0.15],
  ["sentence", 0.17],
  ["browse", 0.05],
];

const SHORT_WORDS = new Set(["and", "the", "for", "of", "in", "on", "to", "with", "by", "from", "its", "via"]);

function wordsOf(phrase: string): string[] {
  return phrase.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3 && !SHORT_WORDS.has(w.toLowerCase()));
}

export function typo(rng: Rng, word: string): string {
  const w = word.toLowerCase();
  if (w.length < 4) return w + w.charAt(w.length - 1);
  const letters = "abcdefghijklmnopqrstuvwxyz";
  for (let attempt = 0; attempt < 10; attempt++) {
    const i = rng.int(1, w.length - 2); // people usually get the first letter right
    let out: string;
    switch (rng.int(0, 3)) {
      case 0:
        out = w.slice(0, i) + w.slice(i + 1); // deletion
        break;
      case 1:
        out = w.slice(0, i) + w.charAt(i + 1) + w.charAt(i) + w.slice(i + 2); // transposition
        break;
      case 2:
        out = w.slice(0, i) + rng.pick([...letters]) + w.slice(i + 1); // substitution
        break;
      default:
        out = w.slice(0, i) + rng.pick([...letters]) + w.slice(i); // insertion
    }
    if (out !== w) return out;
  }
  return w.slice(0, -1);
}

interface Sampler {
  rng: Rng;
  topic(): Topic;
  keyword(): string;
  word(): string;
  institution(): Institution;
}

function sampler(gen: CorpusGenerator, rng: Rng): Sampler {
  const topic = (): Topic => gen.topicsByRank[gen.topicZipf.sample(rng)] as Topic;
  const keyword = (): string => rng.pick(topic().keywords);
  const word = (): string => {
    for (;;) {
      const ws = wordsOf(keyword());
      if (ws.length > 0) return rng.pick(ws);
    }
  };
  const institution = (): Institution => gen.institutions[gen.institutionZipf.sample(rng)] as Institution;
  return { rng, topic, keyword, word, institution };
}

const lower = (rng: Rng, s: string): string => (rng.chance(0.75) ? s.toLowerCase() : s);

function queryText(kind: QueryKind, s: Sampler): string {
  const { rng } = s;
  switch (kind) {
    case "one-word":
      return lower(rng, s.word());
    case "multi-word": {
      const r = rng.next();
      if (r < 0.45) return lower(rng, s.keyword()); // a keyword phrase as written
      if (r < 0.8) return lower(rng, `${s.word()} ${s.word()}`);
      if (r < 0.9) return lower(rng, `${s.keyword()} ${s.institution().city}`);
      return lower(rng, s.institution().name);
    }
    case "prefix": {
      const words = rng.chance(0.35) ? [s.word(), s.word()] : [s.word()];
      const last = words.pop() as string;
      const cut = last.slice(0, rng.int(2, Math.max(2, Math.min(last.length - 1, 7))));
      return [...words, cut].join(" ").toLowerCase();
    }
    case "typo": {
      const long = (): string => {
        for (;;) {
          const w = s.word();
          if (w.length >= 5) return w;
        }
      };
      return rng.chance(0.6) ? typo(rng, long()) : `${s.word().toLowerCase()} ${typo(rng, long())}`;
    }
    case "sentence":
      return rng
        .pick(SENTENCE_TEMPLATES)
        .replace("{kw}", s.keyword().toLowerCase())
        .replace("{kw2}", s.keyword().toLowerCase())
        .replace("{thing}", rng.pick(THINGS));
    case "browse":
      return "";
    case "pasted": // built by buildPastedMix, never part of the main mix
      return s.keyword();
  }
}

const FACET_WEIGHTS: readonly [FacetName, number][] = [
  ["country", 0.2],
  ["region", 0.12],
  ["field", 0.2],
  ["knowledgeType", 0.1],
  ["engagementMode", 0.1],
  ["costBand", 0.06],
  ["sector", 0.1],
  ["language", 0.06],
  ["availability", 0.06],
];

function weighted<T>(rng: Rng, items: readonly [T, number][]): T {
  let u = rng.next() * items.reduce((sum, [, w]) => sum + w, 0);
  for (const [item, w] of items) if ((u -= w) < 0) return item;
  return items[items.length - 1]![0];
}

const knowledgeZipf = new Zipf(KNOWLEDGE_TYPES.length, 0.8);
const modeZipf = new Zipf(ENGAGEMENT_MODES.length, 0.8);
const sectorZipf = new Zipf(SECTOR_ORDER.length, 1.0);

function facetValue(facet: FacetName, s: Sampler): string {
  const { rng } = s;
  switch (facet) {
    case "country":
      return s.institution().countryCode;
    case "region":
      return s.institution().continent;
    case "field": {
      const codes = OECD_BY_OPENALEX_FIELD[s.topic().field] ?? ["2.11"];
      const sub = rng.pick(codes);
      return rng.chance(0.5) ? sub : (sub.split(".")[0] as string);
    }
    case "knowledgeType":
      return KNOWLEDGE_TYPES[knowledgeZipf.sample(rng)]!.code;
    case "engagementMode":
      return ENGAGEMENT_MODES[modeZipf.sample(rng)]!.code;
    case "costBand":
      return rng.pick(COST_BANDS).code;
    case "sector":
      return SECTOR_ORDER[sectorZipf.sample(rng)]!.code;
    case "language":
      return rng.chance(0.4) ? "en" : (countryLanguages(s.institution().countryCode)[0] ?? "en");
    case "availability":
      return weighted(rng, [
        ["now", 0.7],
        ["limited", 0.3],
      ]);
  }
}

function randomFilters(s: Sampler): SearchParams["filters"] {
  const { rng } = s;
  const filters: SearchParams["filters"] = {};
  const facetCount = weighted(rng, [
    [1, 0.7],
    [2, 0.25],
    [3, 0.05],
  ]);
  for (let i = 0; i < facetCount * 4 && Object.keys(filters).length < facetCount; i++) {
    const facet = weighted(rng, FACET_WEIGHTS);
    if (filters[facet]) continue;
    const values = new Set([facetValue(facet, s)]);
    if (rng.chance(0.2)) values.add(facetValue(facet, s));
    filters[facet] = [...values];
  }
  return filters;
}

/** `count` queries, deterministic for (gen, seed); kinds in fixed proportions, order shuffled. */
export function buildQueryMix(gen: CorpusGenerator, count: number, seed: number): BenchQuery[] {
  const rng = createRng(hashSeed(seed, "queries"));
  const s = sampler(gen, rng);
  const kinds: QueryKind[] = [];
  for (const [kind, share] of MIX) for (let i = 0; i < Math.floor(count * share); i++) kinds.push(kind);
  while (kinds.length < count) kinds.push("one-word");
  return shuffled(rng, kinds).map((kind) => {
    const q = queryText(kind, s);
    const filtered = kind === "browse" ? rng.chance(0.7) : rng.chance(0.4);
    const filters = filtered ? randomFilters(s) : {};
    const params: SearchParams = {
      q,
      filters,
      sort: rng.chance(0.1) ? "updated" : "relevance",
      page: rng.chance(0.9) ? 1 : rng.int(2, 3),
      pageSize: PAGE_SIZE,
    };
    return { kind, filtered, params };
  });
}

const PASTE_OPENINGS = [
  "We are a family-owned manufacturer with about forty staff and we export most of what we make.",
  "Our company supplies components to larger firms and we have run into a problem we cannot solve ourselves.",
  "This call invites proposals from consortia of businesses and universities.",
  "Background: over the last two years our customers have asked for better performance at lower cost.",
];

/**
 * Pasted problems of 1,000–5,000 characters: framing sentences, then the need in topic summaries
 * and keywords, in random order, so the telling words can sit anywhere in the text.
 */
export function buildPastedMix(gen: CorpusGenerator, count: number, seed: number): BenchQuery[] {
  const rng = createRng(hashSeed(seed, "pasted"));
  const s = sampler(gen, rng);
  return Array.from({ length: count }, (): BenchQuery => {
    const target = rng.int(1000, 5000);
    const parts: string[] = [rng.pick(PASTE_OPENINGS)];
    let length = parts[0]!.length;
    while (length < target) {
      const t = s.topic();
      const piece = rng.chance(0.5)
        ? t.summary
        : `We would like to work on ${t.keywords.slice(0, 3).join(", ")} for our ${rng.pick(THINGS)}.`;
      parts.push(piece);
      length += piece.length + 1;
    }
    const q = parts.join(" ").slice(0, target);
    const filtered = rng.chance(0.3);
    return {
      kind: "pasted",
      filtered,
      params: { q, filters: filtered ? randomFilters(s) : {}, sort: "relevance", page: 1, pageSize: PAGE_SIZE },
    };
  });
}

/** As-you-type inputs for suggestions: a partial word, sometimes after a complete one. */
export function buildSuggestMix(gen: CorpusGenerator, count: number, seed: number): string[] {
  const rng = createRng(hashSeed(seed, "suggest"));
  const s = sampler(gen, rng);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const w = s.word().toLowerCase();
    const partial = w.slice(0, rng.int(2, Math.max(2, Math.min(w.length, 6))));
    out.push(rng.chance(0.3) ? `${s.word().toLowerCase()} ${partial}` : partial);
  }
  return out;
}

import { describe, expect, it } from "vitest";
import { isCountryCode } from "@/lib/reference/countries";
import { COST_BANDS, ENGAGEMENT_MODES, KNOWLEDGE_TYPES } from "@/lib/reference/engagement";
import { isFieldCode } from "@/lib/reference/fields";
import { isSectorCode } from "@/lib/reference/sectors";
import { createCorpusGenerator, generateCorpus } from "./corpus";
import { generateInstitutions } from "./institutions";
import { SECTOR_ORDER } from "./phrases";
import { loadVocabulary } from "./vocabulary";

const fallback = loadVocabulary(null);

function corpus(seed: number, n: number, vocabulary = fallback) {
  const { institutions } = generateInstitutions(seed, 300, null);
  return generateCorpus(createCorpusGenerator(seed, vocabulary, institutions), n);
}

describe("synthetic corpus", () => {
  it("is identical for the same seed", () => {
    expect(corpus(42, 300)).toEqual(corpus(42, 300));
  });

  it("differs for another seed", () => {
    const a = corpus(1, 50).map((d) => d.name + d.countryCode);
    const b = corpus(2, 50).map((d) => d.name + d.countryCode);
    expect(a).not.toEqual(b);
  });

  it("gives team i the same record whatever the corpus size", () => {
    const small = corpus(7, 20);
    const large = corpus(7, 200);
    expect(large.slice(0, 20)).toEqual(small);
  });

  it("uses the real vocabularies and valid codes", () => {
    const kt = new Set<string>(KNOWLEDGE_TYPES.map((k) => k.code));
    const em = new Set<string>(ENGAGEMENT_MODES.map((k) => k.code));
    const cb = new Set<string>(COST_BANDS.map((k) => k.code));
    const docs = corpus(3, 500);
    expect(new Set(docs.map((d) => d.id)).size).toBe(500);
    expect(new Set(docs.map((d) => d.slug)).size).toBe(500);
    for (const d of docs) {
      expect(isCountryCode(d.countryCode)).toBe(true);
      expect(d.fields.length).toBeGreaterThan(0);
      for (const f of d.fields) expect(isFieldCode(f)).toBe(true);
      for (const f of d.fields) if (f.includes(".")) expect(d.fields).toContain(f.split(".")[0]);
      for (const s of d.sectors) expect(isSectorCode(s)).toBe(true);
      for (const k of d.knowledgeTypes) expect(kt.has(k)).toBe(true);
      for (const m of d.engagementModes) expect(em.has(m)).toBe(true);
      for (const c of d.costBands) expect(cb.has(c)).toBe(true);
      expect(d.languages.length).toBeGreaterThan(0);
      expect(d.keywords.length).toBeGreaterThanOrEqual(4);
      expect(d.updatedAt).toBeGreaterThanOrEqual(d.confirmedAt);
    }
    for (const s of SECTOR_ORDER) expect(isSectorCode(s.code)).toBe(true);
  });

  it("has Zipf-like keyword frequencies: a few common, a long tail", () => {
    const counts = new Map<string, number>();
    for (const d of corpus(5, 2000)) for (const k of d.keywords) counts.set(k, (counts.get(k) ?? 0) + 1);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    expect(sorted[0]!).toBeGreaterThan(10 * sorted[Math.floor(sorted.length / 2)]!);
  });
});

describe("institutions", () => {
  it("spread over 100+ countries when there are thousands", () => {
    const { institutions } = generateInstitutions(1, 2000, null);
    expect(institutions).toHaveLength(2000);
    expect(new Set(institutions.map((i) => i.countryCode)).size).toBeGreaterThanOrEqual(100);
    expect(institutions).toEqual(generateInstitutions(1, 2000, null).institutions);
  });
});

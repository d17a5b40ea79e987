// The examples and a sanity set of needs with the teams a knowledgeable person expects,
// on the demo register through the real engine. Every ranking change is checked here as well as
// on the test collections (npm run eval:search) and the benchmark's mix.
import { describe, expect, it } from "vitest";
import { findSimilar } from "./similar";
import { useDemoEngine } from "@/tests/support/search/demo";
import type { SearchResult } from "./types";

const reg = useDemoEngine();

const search = (q: string, pageSize = 10): SearchResult =>
  reg.engine.search({ q, filters: {}, sort: "relevance", page: 1, pageSize });
const slugs = (r: SearchResult) => r.hits.map((h) => reg.docOf(h.id).slug);

export const BACKGROUND = `We are a family business founded in 1962 with about sixty staff, two sites and a small
design office. Most of what we make is sold to larger companies in our region, and over the last
few years we have started to sell abroad as well. Our customers keep asking for shorter delivery
times and lower prices, and our own costs for staff, transport and insurance have gone up. We
have never worked with a university before and do not know how such a project is organised, who
owns the results or what it costs. Our managing director would like to understand what support
exists, whether there are grants, and how long a first project usually takes. We can give a few
days of our engineers' time each month and we have a meeting room and a workshop that visitors
can use. We would prefer a partner that has worked with companies of our size before and that
explains things in plain words, without a long report at the end. Last year we also looked at
new machines and at a new website, and we talked to our bank about a loan for a second building.
Several of our staff will retire in the next five years, and finding people with the right
skills has become hard, so we would welcome students who want to spend a summer with us.`;

export const NEED = `The problem itself: the rinse water from our dyeing and finishing line carries colour,
salts and chemicals, and the local authority has told us that we must treat this wastewater before
it leaves the site. We would also like to reuse as much of the treated water as possible in the
dyeing process, to cut what we pay for fresh water. We need someone who can analyse samples,
compare treatment options such as membranes or biological treatment, and help us size a plant.
Ideally the same partner could also tell us which dyes and auxiliaries make the water harder to clean.`;

describe("the issue's examples", () => {
  it("tratamiento de aguas: nothing matched on “de”, no typo matches, an honest note with an English search", () => {
    const r = search("tratamiento de aguas");
    expect(r.hits.every((h) => !h.matchedFields.every((f) => f === "institution"))).toBe(true);
    expect(r.hits.some((h) => h.typoOnly)).toBe(false);
    expect(r.usedTerms).toEqual(["tratamiento", "aguas"]);
    expect(r.ignoredTerms).toContain("de");
    expect(r.languageNote).toEqual({ language: "Spanish", englishQuery: "water treatment", listingsInLanguage: 1 });
    expect(r.didYouMean).toEqual([]);
    for (const q of ["traitement des eaux", "tratamento de água"]) {
      expect(
        search(q).hits.every((h) => !h.matchedFields.every((f) => f === "institution")),
        q,
      ).toBe(true);
      expect(search(q).languageNote?.englishQuery, q).toBe("water treatment");
    }
  });

  it("a query in a listing's language finds the listings written in it, however the words are inflected", () => {
    // The demo register has listings written in Spanish, Portuguese, French and German (db/seed/demo/other-languages.ts).
    const cases: [string, string, string][] = [
      ["tratamiento de aguas residuales", "ujaen-aguas-residuales-almazaras", "Spanish"],
      ["depuracion del agua residual", "ujaen-aguas-residuales-almazaras", "Spanish"],
      ["tratamento das águas residuais", "uminho-agua-textil-reutilizacao", "Portuguese"],
      ["chaîne du froid pour les fruits frais", "ulaval-chaine-du-froid-aliments", "French"],
      ["l'entreposage réfrigéré des légumes", "ulaval-chaine-du-froid-aliments", "French"],
      ["Energieeffizienz der Bäckerei", "uni-hohenheim-backwaren-energie", "German"],
    ];
    for (const [q, slug, language] of cases) {
      const r = search(q);
      expect(slugs(r)[0], q).toBe(slug);
      expect(r.languageNote?.language, q).toBe(language);
      expect(r.languageNote?.listingsInLanguage, q).toBeGreaterThanOrEqual(1);
    }
    // Its similar teams are the English listings about the same need, through the glossary's English terms.
    const spanish = reg.demo.docs.find((d) => d.slug === "ujaen-aguas-residuales-almazaras")!;
    const similar = findSimilar(reg.engine, spanish).hits.map((h) => reg.docOf(h.id).slug);
    expect(similar).toContain("cranfield-water-treatment");
    expect(similar).toContain("buet-textile-wastewater-reuse");
    // English queries are analysed as before: the Spanish listing's own words do not match English ones.
    expect(slugs(search("water treatment", 100))).not.toContain("ujaen-aguas-residuales-almazaras");
  });

  it("baking and sewing are not corrected into making or taking", () => {
    for (const q of ["baking", "sewing"]) {
      const r = search(q, 100);
      for (const h of r.hits)
        expect(
          h.matchedTerms.every((t) => !/^(make|making|take|taking|mak|tak)$/.test(t)),
          q,
        ).toBe(true);
      expect(
        r.hits.some((h) => h.typoOnly),
        q,
      ).toBe(false);
      expect(r.didYouMean, q).toEqual([]);
    }
    expect(search("sewing").unmatchedTerms).toEqual(["sewing"]);
  });

  it("a misspelt word is still found, and the hit says it matched only through a near spelling", () => {
    const r = search("grpahene");
    expect(r.total).toBeGreaterThan(0);
    expect(r.hits.every((h) => h.typoOnly)).toBe(true);
    expect(search("graphene").hits.some((h) => h.typoOnly)).toBe(false);
  });

  it("the bakery ovens need: a team taking work, about bakeries, comes first", () => {
    const r = search("we need help reducing energy use in our bakery ovens");
    const first = reg.docOf(r.hits[0]!.id);
    expect(first.availability).not.toBe("not-now");
    expect(first.slug).toBe("hohenheim-craft-fermentation-lab");
  });

  it("a pasted 1,800-character problem whose need is in its second paragraph finds the water teams", () => {
    const text = `${BACKGROUND}\n\n${NEED}`;
    expect(text.length).toBeGreaterThan(1700);
    const r = search(text);
    expect(r.total).toBeGreaterThan(0);
    expect(r.usedTerms!.length).toBeLessThanOrEqual(64);
    expect(r.usedTerms).toEqual(expect.arrayContaining(["wastewater", "dyeing"]));
    expect(slugs(r).slice(0, 3)).toEqual(expect.arrayContaining(["buet-textile-wastewater-reuse"]));
    expect(slugs(r).slice(0, 5)).toEqual(
      expect.arrayContaining(["uwaterloo-industrial-water-treatment", "cranfield-water-treatment"]),
    );
  });

  it("50,000 characters, emoji only and stop words only get an answer, quickly", () => {
    const started = Date.now();
    const long = search(`${BACKGROUND} ${NEED} `.repeat(30).slice(0, 50_000));
    expect(long.truncated).toBe(true);
    expect(long.total).toBeGreaterThan(0);
    const emoji = search("🍞🔥💧");
    expect(emoji.usedTerms).toEqual([]);
    expect(emoji.total).toBe(reg.demo.docs.length);
    const stops = search("de la los y para con");
    expect(stops.usedTerms).toEqual([]);
    expect(stops.ignoredTerms).toEqual(expect.arrayContaining(["de", "la", "los", "para", "con"]));
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("a dropped word is left out and reported", () => {
    // Not "water treatment": that is one concept (a synonym group of water purification).
    const r = reg.engine.search({
      q: "dairy treatment",
      exclude: ["dairy"],
      filters: {},
      sort: "relevance",
      page: 1,
      pageSize: 10,
    });
    expect(r.usedTerms).toEqual(["treatment"]);
    expect(r.droppedTerms).toEqual(["dairy"]);
  });
});

describe("sanity set: needs and the teams expected first", () => {
  it.each([
    ["water treatment", ["uwaterloo-industrial-water-treatment", "cranfield-water-treatment"]],
    ["wastewater", ["buet-textile-wastewater-reuse", "cranfield-water-treatment"]],
    ["cold chain", ["stellenbosch-fruit-export-cold-chain", "ucdavis-postharvest-fresh-produce"]],
    ["composite materials", ["bangor-biocomposites", "zafu-engineered-bamboo-composites"]],
    ["bakery", ["hohenheim-craft-fermentation-lab"]],
  ])("%s", (q, expected) => {
    expect(slugs(search(q)).slice(0, 3)).toEqual(expect.arrayContaining(expected));
  });
});

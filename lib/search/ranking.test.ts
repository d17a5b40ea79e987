// Hand-judged queries on the demo register: the order a knowledgeable person would expect.
// If a change to ranking.ts, options.ts or the synonyms breaks one, look at the new order
// before changing the expectation.
import { describe, expect, it } from "vitest";
import { buildSearchEngine } from "./engine";
import { RANKING, signalBoost } from "./ranking";
import { FIXED_NOW, doc } from "@/tests/support/search/fixtures";
import { useDemoEngine } from "@/tests/support/search/demo";

const reg = useDemoEngine();

const top = (q: string, n: number) =>
  reg.engine.search({ q, filters: {}, sort: "relevance", page: 1, pageSize: n }).hits.map((h) => reg.docOf(h.id).slug);

describe("hand-judged order on the demo data", () => {
  it("has the whole demo register", () => {
    expect(reg.demo.docs.length).toBeGreaterThanOrEqual(150);
  });

  it("graphene coatings: the three graphene coating groups, the verified one with SME work first", () => {
    expect(top("graphene coatings", 3)).toEqual([
      "manchester-graphene-coatings",
      "chalmers-graphene-coatings-inks",
      "khalifa-graphene-coatings-membranes",
    ]);
  });

  it("water treatment: the two industrial water treatment teams lead, the one taking work now first", () => {
    expect(top("water treatment", 2)).toEqual(["uwaterloo-industrial-water-treatment", "cranfield-water-treatment"]);
  });

  it("medical device regulation: regulatory pathways before mechanical testing", () => {
    expect(top("medical device regulation", 2)).toEqual([
      "leeds-medical-device-regulation",
      "utc-medical-device-mechanical-testing",
    ]);
  });

  it("3D printing finds the additive manufacturing teams through the synonym map", () => {
    expect(new Set(top("3D printing", 2))).toEqual(
      new Set(["upc-additive-manufacturing-centre", "loughborough-additive-manufacturing"]),
    );
  });

  it("shelf life of fresh food: the three shelf-life teams", () => {
    expect(new Set(top("shelf life of fresh food", 3))).toEqual(
      new Set(["ucdavis-postharvest-fresh-produce", "cardiff-met-food-shelf-life", "cranfield-postharvest-storage"]),
    );
  });

  it("a long plain-language query still finds export help", () => {
    expect(top("can you help us sell our products abroad", 1)).toEqual(["warwick-export-market-intelligence"]);
  });

  it("AI quality control: AI for manufacturers, then machine vision inspection", () => {
    expect(top("AI quality control", 2)).toEqual([
      "sheffield-ai-for-manufacturers",
      "polimi-vision-quality-inspection",
    ]);
  });

  it("IoT sensors and dairy put the obvious teams first", () => {
    expect(top("IoT sensors", 1)).toEqual(["strathclyde-iot-sensor-networks"]);
    expect(new Set(top("dairy", 3))).toEqual(
      new Set(["ucd-dairy-herd-health", "cornell-artisan-dairy-processing", "wur-dairy-herd-health-welfare"]),
    );
  });
});

describe("misspellings on the demo data find what the right spelling finds", () => {
  const all = (q: string) => reg.engine.search({ q, filters: {}, sort: "relevance", page: 1, pageSize: 100 });

  it.each([
    ["inflammatzon", "inflammation"], // the stem (inflamm) is far from the typo; the word is one edit away
    ["reserach", "research"], // swapped letters: one edit
    ["grpahene", "graphene"],
    ["hydorgen", "hydrogen"],
    ["manufacturng", "manufacturing"],
    ["fermentaton", "fermentation"],
    ["compostible", "compostable"], // met by stemming (compost) before typo tolerance is needed
  ])("%s finds the teams of %s, in the same order", (typo, right) => {
    const want = all(`${right} `);
    expect(want.total).toBeGreaterThan(0);
    const got = all(`${typo} `);
    expect(got.total).toBe(want.total);
    expect(got.hits.slice(0, 10).map((h) => h.id)).toEqual(want.hits.slice(0, 10).map((h) => h.id));
  });

  it("nanotechnolgy finds the nanotechnology teams (the synonyms of a corrected word are not added)", () => {
    const ids = (q: string) => new Set(all(q).hits.map((h) => h.id));
    expect(ids("nanotechnolgy ")).toEqual(ids("nanotechnology "));
    expect(all("nanotechnolgy ").hits[0]!.matchedTerms).toEqual(["nanotechnolog"]);
  });

  it("a misspelt word among correct ones still finds the obvious teams", () => {
    expect(new Set(top("grpahene coatings", 3))).toEqual(
      new Set([
        "manchester-graphene-coatings",
        "chalmers-graphene-coatings-inks",
        "khalifa-graphene-coatings-membranes",
      ]),
    );
    expect(top("inflammatzon testing", 1)).toEqual(top("inflammation testing", 1));
  });

  it("nonsense finds nothing, and short words are not stretched to other words", () => {
    expect(all("xqzvw").total).toBe(0);
    expect(all("xqzvw").didYouMean).toEqual([]);
    const synonymsOnly = (q: string, allowed: string[]) =>
      all(q).hits.every((h) => h.matchedTerms.every((t) => allowed.includes(t)));
    expect(synonymsOnly("ai", ["ai", "artifici", "intellig", "machin", "learn"])).toBe(true);
    expect(synonymsOnly("iot", ["iot", "internet", "thing", "connect", "devic"])).toBe(true);
  });
});

describe("ranking signals (after text relevance)", () => {
  const DAY = 24 * 3600 * 1000;
  const base = { name: "Ceramics Lab", keywords: ["ceramics"], confirmedAt: FIXED_NOW - 400 * DAY };
  const order = (docs: Parameters<typeof doc>[0][]) =>
    buildSearchEngine(docs.map(doc), { now: () => FIXED_NOW })
      .search({ q: "ceramics", filters: {}, sort: "relevance", page: 1, pageSize: 10 })
      .hits.map((h) => h.id);

  it("puts teams taking SME work now first, then those with SME case studies, verified, recently confirmed", () => {
    expect(
      order([
        { ...base, id: 1, availability: "not-now" },
        { ...base, id: 2, availability: "now" },
      ]),
    ).toEqual([2, 1]);
    expect(
      order([
        { ...base, id: 1, availability: "now" },
        { ...base, id: 2, availability: "now", smeCaseStudies: 2 },
      ]),
    ).toEqual([2, 1]);
    expect(
      order([
        { ...base, id: 1 },
        { ...base, id: 2, verifiedInstitution: true },
      ]),
    ).toEqual([2, 1]);
    expect(
      order([
        { ...base, id: 1 },
        { ...base, id: 2, confirmedAt: FIXED_NOW - 10 * DAY },
      ]),
    ).toEqual([2, 1]);
  });

  it("never lets signals beat a name match over a summary-only match", () => {
    const best = signalBoost(0, RANKING.signals.smeCaseStudyCap, true, FIXED_NOW, FIXED_NOW);
    expect(best).toBeLessThan(RANKING.fieldBoosts.name / RANKING.fieldBoosts.summary);
    expect(
      order([
        { id: 1, name: "Ceramics Lab", availability: "not-now" },
        {
          id: 2,
          name: "Kilns Studio",
          summary: "We also do ceramics work.",
          availability: "now",
          smeCaseStudies: 3,
          verifiedInstitution: true,
          confirmedAt: FIXED_NOW,
        },
      ]),
    ).toEqual([1, 2]);
  });
});

// Hand-judged queries on the demo register: the order a knowledgeable person would expect.
// If a change to ranking.ts, options.ts or the synonyms breaks one, look at the new order
// before changing the expectation.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSearchEngine, type SearchEngine } from "./engine";
import { RANKING, signalBoost } from "./ranking";
import { FIXED_NOW, doc } from "./test-support/fixtures";
import { createDemoSearchData, type DemoSearchData } from "./test-support/demo";

let demo: DemoSearchData;
let engine: SearchEngine;
let slugs: Map<number, string>;

beforeAll(() => {
  demo = createDemoSearchData();
  engine = buildSearchEngine(demo.docs, { now: () => FIXED_NOW });
  slugs = new Map(demo.docs.map((d) => [d.id, d.slug]));
});
afterAll(() => demo.db.close());

const top = (q: string, n: number) =>
  engine.search({ q, filters: {}, sort: "relevance", page: 1, pageSize: n }).hits.map((h) => slugs.get(h.id));

describe("hand-judged order on the demo data", () => {
  it("has the whole demo register", () => {
    expect(demo.docs.length).toBeGreaterThanOrEqual(150);
  });

  it("graphene coatings: the three graphene coating groups, the verified one with SME work first", () => {
    expect(top("graphene coatings", 3)).toEqual(["manchester-graphene-coatings", "chalmers-graphene-coatings-inks", "khalifa-graphene-coatings-membranes"]);
  });

  it("water treatment: the two industrial water treatment teams lead, the one taking work now first", () => {
    expect(top("water treatment", 2)).toEqual(["uwaterloo-industrial-water-treatment", "cranfield-water-treatment"]);
  });

  it("medical device regulation: regulatory pathways before mechanical testing", () => {
    expect(top("medical device regulation", 2)).toEqual(["leeds-medical-device-regulation", "utc-medical-device-mechanical-testing"]);
  });

  it("3D printing finds the additive manufacturing teams through the synonym map", () => {
    expect(new Set(top("3D printing", 2))).toEqual(new Set(["upc-additive-manufacturing-centre", "loughborough-additive-manufacturing"]));
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
    expect(top("AI quality control", 2)).toEqual(["sheffield-ai-for-manufacturers", "polimi-vision-quality-inspection"]);
  });

  it("IoT sensors and dairy put the obvious teams first", () => {
    expect(top("IoT sensors", 1)).toEqual(["strathclyde-iot-sensor-networks"]);
    expect(new Set(top("dairy", 3))).toEqual(new Set(["ucd-dairy-herd-health", "cornell-artisan-dairy-processing", "wur-dairy-herd-health-welfare"]));
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
    expect(order([{ ...base, id: 1, availability: "not-now" }, { ...base, id: 2, availability: "now" }])).toEqual([2, 1]);
    expect(order([{ ...base, id: 1, availability: "now" }, { ...base, id: 2, availability: "now", smeCaseStudies: 2 }])).toEqual([2, 1]);
    expect(order([{ ...base, id: 1 }, { ...base, id: 2, verifiedInstitution: true }])).toEqual([2, 1]);
    expect(order([{ ...base, id: 1 }, { ...base, id: 2, confirmedAt: FIXED_NOW - 10 * DAY }])).toEqual([2, 1]);
  });

  it("never lets signals beat a name match over a summary-only match", () => {
    const best = signalBoost(0, RANKING.signals.smeCaseStudyCap, true, FIXED_NOW, FIXED_NOW);
    expect(best).toBeLessThan(RANKING.fieldBoosts.name / RANKING.fieldBoosts.summary);
    expect(
      order([
        { id: 1, name: "Ceramics Lab", availability: "not-now" },
        { id: 2, name: "Kilns Studio", summary: "We also do ceramics work.", availability: "now", smeCaseStudies: 3, verifiedInstitution: true, confirmedAt: FIXED_NOW },
      ]),
    ).toEqual([1, 2]);
  });
});

// Small hand-made documents for unit tests of the engine (the demo data is in demo.ts).
import type { SearchDocument } from "@/lib/search/types";

const DAY = 24 * 3600 * 1000;
export const FIXED_NOW = Date.UTC(2026, 9, 1);

let nextId = 1;

export function doc(over: Partial<SearchDocument> & { name: string }): SearchDocument {
  const id = over.id ?? nextId++;
  return {
    id,
    slug: over.slug ?? `team-${id}`,
    summary: "",
    description: "",
    keywords: [],
    facilities: [],
    institutionName: "Example University",
    institutionAliases: [],
    city: "Manchester",
    countryCode: "GB",
    continent: "EU",
    fields: ["2", "2.5"],
    knowledgeTypes: ["research-development"],
    engagementModes: ["consultancy"],
    costBands: ["5k-25k"],
    sectors: ["C"],
    languages: ["en"],
    availability: "now",
    smeCaseStudies: 0,
    verifiedInstitution: false,
    confirmedAt: FIXED_NOW - 30 * DAY,
    updatedAt: FIXED_NOW - 30 * DAY,
    ...over,
  };
}

/** A varied little register: coatings, AI, batteries, water, law, in several countries. */
export function sampleDocs(): SearchDocument[] {
  nextId = 1;
  return [
    doc({
      name: "Graphene Coatings Group",
      keywords: ["graphene", "coatings", "corrosion"],
      summary: "We make paints and coatings last longer with graphene.",
    }),
    doc({
      name: "Practical AI for Manufacturers",
      keywords: ["machine learning", "predictive maintenance"],
      summary: "Artificial intelligence for small factories.",
    }),
    doc({
      name: "Battery Pack Lab",
      keywords: ["batteries", "electric vehicles"],
      summary: "Testing battery packs for EV makers.",
      countryCode: "DE",
      city: "Aachen",
      sectors: ["C", "H"],
      languages: ["de", "en"],
    }),
    doc({
      name: "Water Reuse Centre",
      keywords: ["wastewater", "water treatment"],
      summary: "Cleaning and reusing water on site.",
      countryCode: "BR",
      city: "São Paulo",
      continent: "SA",
      languages: ["pt"],
      availability: "limited",
      fields: ["2", "2.7"],
      sectors: ["E"],
    }),
    doc({
      name: "Workplace Law Clinic",
      keywords: ["employment law", "contracts"],
      summary: "Legal advice for small employers.",
      fields: ["5", "5.5"],
      sectors: ["N"],
      knowledgeTypes: ["specialist-advice"],
      availability: "not-now",
      costBands: ["under-5k"],
    }),
    doc({
      name: "Nanotechnology Surfaces Unit",
      keywords: ["nanomaterials", "thin films"],
      summary: "Surfaces engineered at the nanoscale.",
      countryCode: "FR",
      city: "Grenoble",
      fields: ["2", "2.10"],
      description: "We apply recycled polymer coatings to metal parts.",
    }),
    doc({
      name: "Additive Manufacturing Hub",
      keywords: ["additive manufacturing", "metal parts"],
      summary: "Printing production parts in metal.",
      engagementModes: ["ktp", "contract-research"],
    }),
    doc({
      name: "Connected Sensors Group",
      keywords: ["internet of things", "sensor networks"],
      summary: "Low-power wireless sensing for farms and factories.",
      countryCode: "IE",
      city: "Cork",
    }),
  ];
}

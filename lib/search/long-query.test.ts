// A pasted problem is reduced to up to 64 concepts (SEARCH_OPTIONS.limits.maxTerms): every one of
// them must be able to find and rank a team, not only the first 32.
import { describe, expect, it } from "vitest";
import { buildSearchEngine } from "./engine";
import { FIXED_NOW, doc } from "@/tests/support/search/fixtures";

const WORDS = [
  "adhesive",
  "aerosol",
  "algae",
  "alloy",
  "antenna",
  "asphalt",
  "bearing",
  "biofilm",
  "boiler",
  "brewing",
  "cable",
  "catalyst",
  "ceramic",
  "chromatography",
  "compost",
  "concrete",
  "corrosion",
  "dairy",
  "dialysis",
  "drone",
  "enzyme",
  "fermentation",
  "fibre",
  "filtration",
  "forging",
  "furnace",
  "glass",
  "graphite",
  "hydrogen",
  "insulin",
  "kiln",
  "laser",
  "leather",
  "lithography",
  "magnet",
  "membrane",
  "mortar",
  "nickel",
  "optics",
  "paper",
  "pigment",
  "plasma",
  "polymer",
  "pottery",
  "quartz",
  "resin",
  "robotics",
  "rubber",
  "silicon",
  "solder",
];

describe("long queries (more than 32 concepts)", () => {
  const docs = WORDS.map((w, i) => doc({ id: i + 1, name: `Team ${i + 1}`, summary: `We work on ${w}.` }));
  const engine = buildSearchEngine(docs, { now: () => FIXED_NOW });
  const search = (q: string) => engine.search({ q, filters: {}, sort: "relevance", page: 1, pageSize: 100 });

  it("finds and scores a team matching only the 40th concept", () => {
    const r = search(WORDS.slice(0, 40).join(" "));
    expect(r.usedTerms).toHaveLength(40);
    const hit = r.hits.find((h) => h.id === 40);
    expect(hit).toBeDefined();
    expect(hit!.score).toBeGreaterThan(0);
    expect(hit!.matchedTerms.length).toBeGreaterThan(0);
    expect(r.total).toBe(40);
  });

  it("ranks a team matching two late concepts above one matching a single early concept", () => {
    const extra = doc({ id: 999, name: "Team both", summary: `We work on ${WORDS[45]} and ${WORDS[47]}.` });
    const e = buildSearchEngine([...docs, extra], { now: () => FIXED_NOW });
    const r = e.search({ q: WORDS.join(" "), filters: {}, sort: "relevance", page: 1, pageSize: 100 });
    expect(r.usedTerms).toHaveLength(50);
    expect(r.total).toBe(51);
    expect(r.hits[0]!.id).toBe(999);
  });

  it("still requires a quoted word wherever it comes in the query", () => {
    const q = `${WORDS.slice(0, 45).join(" ")} "${WORDS[47]}"`;
    const r = search(q);
    expect(r.hits.map((h) => h.id)).toEqual([48]);
  });
});

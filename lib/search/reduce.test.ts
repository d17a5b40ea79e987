import { describe, expect, it } from "vitest";
import { parseQuery } from "./query";
import { conceptWeight, reduceQuery, type TermStats } from "./reduce";
import { DEFAULT_SYNONYM_GROUPS } from "./synonym-data";
import { buildSynonymIndex } from "./synonyms";
import { stem } from "./text";

const synonyms = buildSynonymIndex(DEFAULT_SYNONYM_GROUPS);
// A register of 1,000 teams: framing words are common, the need's words rare, "zzunknown" absent.
const DF: Record<string, number> = {
  compani: 600,
  staff: 400,
  custom: 500,
  wastewat: 4,
  dye: 3,
  membran: 12,
  year: 700,
};
const stats: TermStats = { docCount: 1000, frequency: (t) => DF[t] ?? (t === stem("zzunknown") ? 0 : 50) };

describe("reduceQuery", () => {
  it("keeps the need's word over an everyday word the register weighs the same", () => {
    // Both as rare in the register: "looked" is everyday English, "wastewater" is not.
    const flat: TermStats = { docCount: 1000, frequency: () => 3 };
    const r = reduceQuery(parseQuery("looked wastewater", synonyms), flat, 1);
    expect(r.parsed.concepts.map((c) => c.text)).toEqual(["wastewater"]);
    expect(r.dropped).toEqual(["looked"]);
    const reversed = reduceQuery(parseQuery("wastewater looked", synonyms), flat, 1);
    expect(reversed.parsed.concepts.map((c) => c.text)).toEqual(["wastewater"]);
  });

  it("keeps a short query whole", () => {
    const p = parseQuery("wastewater from dyeing", synonyms);
    expect(reduceQuery(p, stats, 4).parsed.concepts.map((c) => c.text)).toEqual(["wastewater", "dyeing"]);
  });

  it("keeps the most telling words wherever they stand, in the order typed, and reports the rest", () => {
    const text = "our company has staff and customers every year. the need: wastewater from dyeing, with membranes";
    const r = reduceQuery(parseQuery(text, synonyms), stats, 3);
    expect(r.parsed.concepts.map((c) => c.text)).toEqual(["wastewater", "dyeing", "membranes"]);
    expect(r.dropped).toEqual(["staff", "customers", "year"]);
  });

  it("drops words no team uses first, and counts a repeated word as more telling", () => {
    const p = parseQuery("zzunknown membranes membranes membranes staff", synonyms);
    expect(reduceQuery(p, stats, 2).parsed.concepts.map((c) => c.text)).toEqual(["membranes", "staff"]);
    const once = conceptWeight(parseQuery("membranes", synonyms).concepts[0]!, stats);
    const thrice = conceptWeight(
      p.concepts.find((c) => c.text === "membranes")!,
      stats,
    );
    expect(thrice).toBeGreaterThan(once);
    expect(conceptWeight(parseQuery("zzunknown", synonyms).concepts[0]!, stats)).toBe(0);
  });

  it("always keeps a quoted word", () => {
    const p = parseQuery('"staff" wastewater dyeing membranes', synonyms);
    expect(reduceQuery(p, stats, 2).parsed.concepts.map((c) => c.text)).toContain("staff");
  });
});

// The plain words SMEs type (issue 8: "sewage", "refrigeration", "water purification", …) find the
// teams of the demo register that use the technical words, through the built-in synonym map.
import { describe, expect, it } from "vitest";
import { DEFAULT_SYNONYM_GROUPS } from "./synonym-data";
import { analyze } from "./text";
import { useDemoEngine } from "@/tests/support/search/demo";

const reg = useDemoEngine();

const found = (q: string, n = 10) =>
  reg.engine.search({ q, filters: {}, sort: "relevance", page: 1, pageSize: n }).hits.map((h) => reg.docOf(h.id).slug);

describe("plain words an SME would type", () => {
  it.each([
    ["sewage", ["cranfield-water-treatment", "uwaterloo-industrial-water-treatment", "buet-textile-wastewater-reuse"]],
    ["refrigeration", ["stellenbosch-fruit-export-cold-chain"]],
    ["water purification", ["cranfield-water-treatment", "uwaterloo-industrial-water-treatment"]],
  ])("%s finds the teams that use the technical words", (q, expected) => {
    const hits = found(q);
    for (const slug of expected) expect(hits).toContain(slug);
  });

  it("none of those words occurs in the teams' own text (the synonyms do the work)", () => {
    for (const q of ["sewage", "refrigeration", "purification"]) {
      const term = analyze(q)[0]!;
      const mentions = reg.demo.docs.filter((d) => analyze(JSON.stringify(d)).includes(term)).map((d) => d.slug);
      expect(mentions).not.toContain("stellenbosch-fruit-export-cold-chain");
      expect(mentions).not.toContain("cranfield-water-treatment");
    }
  });

  it("every built-in group has at least two distinct searchable phrases", () => {
    for (const group of DEFAULT_SYNONYM_GROUPS) {
      const keys = new Set(group.map((p) => analyze(p).join(" ")).filter(Boolean));
      expect(keys.size, group.join(", ")).toBeGreaterThanOrEqual(2);
    }
  });
});

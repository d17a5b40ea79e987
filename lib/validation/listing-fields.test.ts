import { describe, expect, it } from "vitest";
import { emptyListingFields, listingFieldsOf, parseListingFields } from "./listing-fields";
import type { TeamInput } from "./team";

const saved: TeamInput = {
  name: "Cold Chain Logistics Lab",
  summary: "We help food firms keep products cold from farm to shelf, with sensors and route planning.",
  description: "",
  keywords: ["cold chain"],
  fields: ["2.3"],
  sectors: [],
  knowledgeTypes: ["specialist-advice"],
  engagementModes: [{ mode: "consultancy", costBand: "5k-25k", duration: "weeks" }],
  facilities: [],
  languages: ["en"],
  availability: "limited",
  leadName: null,
  leadOrcid: null,
  website: null,
  contactEmail: "cold@uni.example",
  caseStudies: [
    {
      partnerKind: "sme",
      partnerCountry: null,
      year: null,
      challenge: "Losses in transit were high.",
      whatWasDone: "We logged temperatures on 40 routes.",
      outcome: "Waste fell by a third.",
    },
  ],
  currency: undefined,
};

describe("listing fields", () => {
  it("turn a saved listing into text that the schema reads back to the same listing", () => {
    const fields = listingFieldsOf(saved);
    expect(fields.leadName).toBe("");
    expect(fields.caseStudies[0]).toMatchObject({ year: "", partnerCountry: "" });
    const back = parseListingFields(fields, "complete");
    expect(back.success && back.data).toEqual(saved);
    const withYear = parseListingFields(
      listingFieldsOf({ ...saved, caseStudies: [{ ...saved.caseStudies[0]!, year: 2023, partnerCountry: "GB" }] }),
      "complete",
    );
    expect(withYear.success && withYear.data.caseStudies[0]).toMatchObject({ year: 2023, partnerCountry: "GB" });
  });

  it("save a draft with a name only, and say what a complete listing still lacks", () => {
    const nameOnly = { ...emptyListingFields(), name: "Cold Chain Lab", availability: "now" };
    expect(parseListingFields(nameOnly, "draft").success).toBe(true);
    const complete = parseListingFields(nameOnly, "complete");
    expect(complete.success).toBe(false);
    expect(complete.success ? [] : complete.error.issues.map((i) => i.path[0])).toEqual(
      expect.arrayContaining(["summary", "keywords", "fields", "contactEmail"]),
    );
  });
});

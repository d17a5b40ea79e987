import { describe, expect, it } from "vitest";
import { draftFromForm, draftFromInput } from "./listing-draft";

function form(entries: [string, string][]): FormData {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return fd;
}

describe("draftFromForm", () => {
  it("gives back every field as submitted, valid or not, so a re-rendered form loses nothing", () => {
    const d = draftFromForm(
      form([
        ["name", "Weld"],
        ["summary", "Too short"],
        ["description", "First.\n\nSecond."],
        ["keywords", "ultrasonic welding"],
        ["keywordsText", "plastics, Joining"],
        ["fields", "2.3"],
        ["sectors", "C"],
        ["knowledgeTypes", "specialist-advice"],
        ["mode:consultancy", "on"],
        ["mode:consultancy:costBand", "5k-25k"],
        ["mode:consultancy:duration", ""],
        ["mode:licensing:costBand", "over-100k"],
        ["facilities", "Welder\nCamera"],
        ["languages", "en"],
        ["languages", "de"],
        ["availability", "limited"],
        ["leadName", "Dr Ada"],
        ["leadOrcid", "0000-0002-1825-0098"],
        ["website", "javascript:alert(1)"],
        ["contactEmail", "not-an-address"],
        ["caseStudies.0.partnerKind", "sme"],
        ["caseStudies.0.year", "20x3"],
        ["caseStudies.0.challenge", "Leaking seams"],
        ["caseStudies.0.whatWasDone", ""],
        ["caseStudies.0.outcome", "Less scrap"],
        ["newCaseStudy.partnerKind", "charity"],
        ["newCaseStudy.challenge", "A second one"],
      ]),
    );
    expect(d).toMatchObject({
      name: "Weld",
      summary: "Too short",
      description: "First.\n\nSecond.",
      keywords: ["ultrasonic welding", "plastics", "Joining"],
      fields: ["2.3"],
      sectors: ["C"],
      knowledgeTypes: ["specialist-advice"],
      facilities: "Welder\nCamera",
      languages: ["en", "de"],
      availability: "limited",
      leadName: "Dr Ada",
      leadOrcid: "0000-0002-1825-0098",
      website: "javascript:alert(1)",
      contactEmail: "not-an-address",
    });
    expect(d.modes.consultancy).toEqual({ on: true, costBand: "5k-25k", duration: "" });
    expect(d.modes.licensing).toEqual({ on: false, costBand: "", duration: "" });
    expect(d.caseStudies).toEqual([
      {
        key: 0,
        partnerKind: "sme",
        partnerCountry: "",
        year: "20x3",
        challenge: "Leaking seams",
        whatWasDone: "",
        outcome: "Less scrap",
      },
      {
        key: 1,
        partnerKind: "charity",
        partnerCountry: "",
        year: "",
        challenge: "A second one",
        whatWasDone: "",
        outcome: "",
      },
    ]);
  });

  it("bounds what a hostile form can make the page echo", () => {
    const d = draftFromForm(
      form([
        ["name", "x".repeat(100_000)],
        ...Array.from({ length: 500 }, (_, i): [string, string] => ["keywords", `k${i}`]),
      ]),
    );
    expect(d.name.length).toBe(5000);
    expect(d.keywords.length).toBe(60);
  });

  it("starts a new listing with English and the given contact address", () => {
    expect(draftFromInput(null, { contactEmail: "me@leeds.ac.uk" })).toMatchObject({
      languages: ["en"],
      contactEmail: "me@leeds.ac.uk",
      caseStudies: [],
    });
  });
});

import { describe, expect, it } from "vitest";
import { teamInputSchema, type TeamInput } from "@/lib/validation/team";
import { planMerge } from "./merge-plan";

const cs = (challenge: string) => ({
  partnerKind: "sme" as const,
  partnerCountry: "GB",
  year: 2022,
  challenge,
  whatWasDone: "We ran trials on the line.",
  outcome: "Scrap fell by a fifth.",
});

const survivor: TeamInput = {
  name: "Robotics Lab",
  summary: "Robots for small factories: picking, packing and inspection, from trials to production.",
  description: "Survivor description.",
  keywords: ["robotics", "automation"],
  fields: ["2.2"],
  sectors: ["C"],
  knowledgeTypes: ["specialist-advice"],
  engagementModes: [{ mode: "consultancy", costBand: "5k-25k", duration: "weeks" }],
  facilities: ["Robot cell"],
  languages: ["en"],
  availability: "now",
  leadName: "Dr A",
  leadOrcid: null,
  website: "https://example.org/a",
  contactEmail: "a@uni.example",
  caseStudies: [cs("Picking mixed parts was slow.")],
};

const duplicate: TeamInput = {
  ...survivor,
  name: "Robotics Research Group",
  summary: "Another summary of the same robotics team, written by someone else at the university.",
  description: "Duplicate description.",
  keywords: ["automation", "machine vision"],
  fields: ["2.2", "1.2"],
  sectors: ["C", "H"],
  engagementModes: [
    { mode: "consultancy", costBand: "under-5k", duration: "days" },
    { mode: "ktp", costBand: "over-100k", duration: "years" },
  ],
  languages: ["en", "de"],
  availability: "limited",
  leadName: "Dr B",
  contactEmail: "b@uni.example",
  caseStudies: [cs("Picking mixed parts was slow."), cs("Inspection missed scratches.")],
};

describe("planMerge", () => {
  it("keeps the survivor's single values, unites lists and modes, and moves new case studies", () => {
    const plan = planMerge(survivor, duplicate);
    expect(plan.input).toMatchObject({
      name: "Robotics Lab",
      description: "Survivor description.",
      availability: "now",
      contactEmail: "a@uni.example",
      keywords: ["robotics", "automation", "machine vision"],
      fields: ["2.2", "1.2"],
      sectors: ["C", "H"],
      languages: ["en", "de"],
      engagementModes: [
        { mode: "consultancy", costBand: "5k-25k", duration: "weeks" },
        { mode: "ktp", costBand: "over-100k", duration: "years" },
      ],
    });
    expect(plan.caseStudiesToMove).toEqual([1]);
    expect(plan.caseStudiesLeft).toEqual([{ index: 0, reason: "exact copy" }]);
    expect(plan.input.caseStudies.map((c) => c.challenge)).toEqual([
      "Picking mixed parts was slow.",
      "Inspection missed scratches.",
    ]);
    expect(plan.added.keywords).toEqual(["machine vision"]);
    expect(plan.modesAdded).toEqual(["ktp"]);
    expect(teamInputSchema.safeParse(plan.input).success).toBe(true);
  });

  it("takes single values and shared modes' terms from the duplicate when the curator says so", () => {
    const plan = planMerge(survivor, duplicate, "duplicate");
    expect(plan.input).toMatchObject({
      name: "Robotics Research Group",
      availability: "limited",
      leadName: "Dr B",
      contactEmail: "b@uni.example",
    });
    expect(plan.input.engagementModes[0]).toEqual({ mode: "consultancy", costBand: "under-5k", duration: "days" });
    expect(plan.input.keywords).toEqual(["robotics", "automation", "machine vision"]);
  });

  it("stays within the editor's limits and reports what did not fit", () => {
    const many = (n: number, p: string) => Array.from({ length: n }, (_, i) => `${p} ${i}`);
    const plan = planMerge(
      {
        ...survivor,
        keywords: many(14, "kw"),
        caseStudies: Array.from({ length: 5 }, (_, i) => cs(`Survivor challenge ${i}.`)),
      },
      { ...duplicate, keywords: many(3, "new"), caseStudies: [cs("Dup challenge one."), cs("Dup challenge two.")] },
    );
    expect(plan.input.keywords).toHaveLength(15);
    expect(plan.dropped.keywords).toEqual(["new 1", "new 2"]);
    expect(plan.caseStudiesToMove).toEqual([0]);
    expect(plan.caseStudiesLeft).toEqual([{ index: 1, reason: "limit reached" }]);
    expect(teamInputSchema.safeParse(plan.input).success).toBe(true);
  });
});

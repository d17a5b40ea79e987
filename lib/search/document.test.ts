import { describe, expect, it } from "vitest";
import { toSearchDocument, type TeamRows } from "./document";

const d = (days: number) => new Date(Date.UTC(2026, 0, 1) + days * 86_400_000);

const rows: TeamRows = {
  team: {
    id: 7,
    slug: "graphene-lab",
    name: "Graphene Lab",
    summary: "Summary.",
    description: "Description.",
    keywords: ["graphene"],
    fields: ["2.5", "2.10", "1.4"],
    sectors: ["C"],
    knowledgeTypes: ["new-technology"],
    facilities: ["Raman suite"],
    languages: ["en", "fr"],
    availability: "limited",
    confirmedAt: null,
    publishedAt: d(10),
    createdAt: d(0),
    updatedAt: d(20),
  },
  institution: {
    name: "Université de Lyon",
    aliases: ["UdL"],
    acronyms: ["UDL", "UdL"],
    countryCode: "FR",
    city: "Lyon",
    verifiedAt: d(1),
  },
  modes: [
    { mode: "consultancy", costBand: "under-5k" },
    { mode: "ktp", costBand: "25k-100k" },
    { mode: "contract-research", costBand: "under-5k" },
  ],
  cases: [
    { partnerKind: "sme", challenge: "Rust.", whatWasDone: "Coated it.", outcome: "Lasted." },
    { partnerKind: "large-firm", challenge: "Cost.", whatWasDone: "Tested.", outcome: "Saved." },
    { partnerKind: "sme", challenge: "Wear.", whatWasDone: "Hardened.", outcome: "Better." },
  ],
};

describe("toSearchDocument", () => {
  it("flattens a team and its institution, modes and case studies", () => {
    const doc = toSearchDocument(rows);
    expect(doc).toMatchObject({
      id: 7,
      slug: "graphene-lab",
      institutionName: "Université de Lyon",
      institutionAliases: ["UdL", "UDL"],
      city: "Lyon",
      countryCode: "FR",
      continent: "EU",
      engagementModes: ["consultancy", "ktp", "contract-research"],
      costBands: ["under-5k", "25k-100k"],
      availability: "limited",
      smeCaseStudies: 2,
      verifiedInstitution: true,
      updatedAt: d(20).getTime(),
    });
    expect(doc.caseStudyText).toContain("Coated it.");
  });

  it("lists major fields beside their subfields", () => {
    expect(toSearchDocument(rows).fields.sort()).toEqual(["1", "1.4", "2", "2.10", "2.5"]);
  });

  it("dates confirmation from the owners' confirmation, else publication, else creation", () => {
    expect(toSearchDocument(rows).confirmedAt).toBe(d(10).getTime());
    expect(toSearchDocument({ ...rows, team: { ...rows.team, confirmedAt: d(15) } }).confirmedAt).toBe(d(15).getTime());
    expect(toSearchDocument({ ...rows, team: { ...rows.team, publishedAt: null } }).confirmedAt).toBe(d(0).getTime());
  });
});

import { describe, expect, it } from "vitest";
import { KNOWLEDGE_TYPES } from "@/lib/reference/engagement";
import { teamInputSchema, type TeamInputRaw } from "./team";
import { parseTeamForm } from "./team-form";

const valid: TeamInputRaw = {
  name: "Ultrasonic Welding Lab",
  summary: "We help manufacturers join plastics with ultrasonic welding, from trials to production.",
  description: "",
  keywords: ["Ultrasonic  Welding", "plastics", "plastics"],
  fields: ["2.3"],
  sectors: ["C"],
  knowledgeTypes: ["specialist-advice"],
  engagementModes: [{ mode: "consultancy", costBand: "5k-25k", duration: "weeks" }],
  facilities: [],
  languages: ["en"],
  availability: "now",
  leadName: "",
  leadOrcid: "https://orcid.org/0000-0002-1825-0097",
  website: "",
  contactEmail: "Lab@Example.AC.UK",
  caseStudies: [],
};

const errorsOf = (over: Partial<TeamInputRaw>) => {
  const r = teamInputSchema.safeParse({ ...valid, ...over });
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("teamInputSchema", () => {
  it("normalises what people type", () => {
    const v = teamInputSchema.parse(valid);
    expect(v.keywords).toEqual(["ultrasonic welding", "plastics"]);
    expect(v.leadOrcid).toBe("0000-0002-1825-0097");
    expect(v.contactEmail).toBe("lab@example.ac.uk");
    expect(v.leadName).toBeNull();
    expect(v.website).toBeNull();
  });

  it("accepts every code of every vocabulary, however long", () => {
    const all = teamInputSchema.safeParse({ ...valid, knowledgeTypes: KNOWLEDGE_TYPES.map((k) => k.code) });
    expect(all.success).toBe(true);
  });

  it("checks the ORCID check digit", () => {
    expect(errorsOf({ leadOrcid: "0000-0002-1825-0098" })).toEqual([
      expect.stringMatching(/^leadOrcid: Not a valid ORCID/),
    ]);
  });

  it.each([
    "javascript:alert(1)",
    "ftp://example.org/x",
    "data:text/html,hi",
    "http://",
    "https://localhost/x",
    "example.org",
  ])("accepts only http(s) web addresses, not %s", (website) => {
    expect(errorsOf({ website })).toEqual([expect.stringMatching(/^website:/)]);
  });

  it("accepts an https web address", () => {
    expect(errorsOf({ website: "https://www.leeds.ac.uk/welding?x=1" })).toEqual([]);
  });

  it("limits every field's length and every list's count", () => {
    expect(errorsOf({ name: "x".repeat(151) })).toEqual(["name: Team name must be at most 150 characters"]);
    expect(errorsOf({ summary: "too short" })).toEqual([
      expect.stringMatching(/^summary: Summary must be at least 30/),
    ]);
    expect(errorsOf({ summary: "x".repeat(601) })).toEqual([expect.stringMatching(/^summary: .*at most 600/)]);
    expect(errorsOf({ description: "x".repeat(5001) })).toEqual([expect.stringMatching(/^description:/)]);
    expect(errorsOf({ keywords: Array.from({ length: 16 }, (_, i) => `keyword ${i}`) })).toEqual([
      expect.stringMatching(/^keywords: Add at most 15/),
    ]);
    expect(errorsOf({ keywords: ["x".repeat(51)] })).toEqual([
      expect.stringMatching(/^keywords.0: Keep each keyword under 50/),
    ]);
    expect(errorsOf({ keywords: [] })).toEqual(["keywords: Add at least one keyword"]);
    expect(errorsOf({ fields: ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "2.1", "2.2"] })).toEqual([
      expect.stringMatching(/^fields: Choose at most 8/),
    ]);
    expect(errorsOf({ facilities: Array.from({ length: 21 }, (_, i) => `Lab ${i}`) })).toEqual([
      expect.stringMatching(/^facilities: List at most 20/),
    ]);
    const study = {
      partnerKind: "sme" as const,
      partnerCountry: "GB",
      year: "2024",
      challenge: "A real challenge",
      whatWasDone: "Something useful",
      outcome: "A good outcome",
    };
    expect(errorsOf({ caseStudies: Array.from({ length: 7 }, () => study) })).toEqual([
      "caseStudies: Add at most 6 case studies",
    ]);
    expect(errorsOf({ caseStudies: [{ ...study, year: "1800" }] })).toEqual([
      expect.stringMatching(/^caseStudies.0.year: Year must be between 1950/),
    ]);
    expect(errorsOf({ caseStudies: [{ ...study, outcome: "x".repeat(1001) }] })).toEqual([
      expect.stringMatching(/^caseStudies.0.outcome:/),
    ]);
  });

  it("accepts only codes from the vocabularies", () => {
    expect(errorsOf({ fields: ["9.9"] })).toEqual([expect.stringMatching(/^fields.0: Unknown fields of science code/)]);
    expect(errorsOf({ sectors: ["Z"] })).toEqual([expect.stringMatching(/^sectors.0: Unknown sectors code/)]);
    expect(errorsOf({ languages: ["xx"] })).toEqual([expect.stringMatching(/^languages.0: Unknown languages code/)]);
    expect(errorsOf({ availability: "always" as never })).toEqual([expect.stringMatching(/^availability:/)]);
    expect(
      errorsOf({ engagementModes: [{ mode: "consultancy", costBand: "priceless" as never, duration: "weeks" }] }),
    ).toEqual(["engagementModes.0.costBand: Choose an indicative cost"]);
    expect(errorsOf({ engagementModes: [valid.engagementModes![0]!, valid.engagementModes![0]!] })).toEqual([
      "engagementModes: Each way of working can be listed once",
    ]);
  });

  it("strips control characters but keeps the text (HTML is escaped on output, not here)", () => {
    const v = teamInputSchema.parse({ ...valid, name: "  <b>Weld\u0000ing</b> Lab " });
    expect(v.name).toBe("<b>Welding</b> Lab");
  });
});

describe("parseTeamForm", () => {
  function form(entries: [string, string][]): FormData {
    const fd = new FormData();
    for (const [k, v] of entries) fd.append(k, v);
    return fd;
  }
  const base: [string, string][] = [
    ["name", "Ultrasonic Welding Lab"],
    ["summary", valid.summary as string],
    ["keywords", "ultrasonic welding"],
    ["keywordsText", "plastics, joining"],
    ["fields", "2.3"],
    ["knowledgeTypes", "specialist-advice"],
    ["languages", "en"],
    ["availability", "limited"],
    ["contactEmail", "lab@example.ac.uk"],
    ["facilities", "20 kHz welder\n\n  High-speed camera  "],
  ];

  it("reads the editor's flat field names into a listing", () => {
    const r = parseTeamForm(
      form([
        ...base,
        ["mode:consultancy", "on"],
        ["mode:consultancy:costBand", "5k-25k"],
        ["mode:consultancy:duration", "weeks"],
        ["mode:licensing:costBand", "over-100k"], // not ticked: ignored
        ["caseStudies.0.partnerKind", "sme"],
        ["caseStudies.0.partnerCountry", "ie"],
        ["caseStudies.0.year", "2023"],
        ["caseStudies.0.challenge", "Leaking seams on a pump housing"],
        ["caseStudies.0.whatWasDone", "Redesigned the energy director"],
        ["caseStudies.0.outcome", "Scrap rate fell from 8% to 1%"],
      ]),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.keywords).toEqual(["ultrasonic welding", "plastics", "joining"]);
    expect(r.value.engagementModes).toEqual([{ mode: "consultancy", costBand: "5k-25k", duration: "weeks" }]);
    expect(r.value.facilities).toEqual(["20 kHz welder", "High-speed camera"]);
    expect(r.value.caseStudies).toEqual([
      {
        partnerKind: "sme",
        partnerCountry: "IE",
        year: 2023,
        challenge: "Leaking seams on a pump housing",
        whatWasDone: "Redesigned the energy director",
        outcome: "Scrap rate fell from 8% to 1%",
      },
    ]);
  });

  it("names errors after the form's fields, so each shows beside its field", () => {
    const r = parseTeamForm(
      form([
        ...base.filter(([k]) => k !== "name"),
        ["mode:ktp", "on"],
        ["mode:ktp:duration", "years"],
        ["caseStudies.0.partnerKind", "sme"],
        ["caseStudies.0.challenge", "short"],
        ["caseStudies.0.whatWasDone", "Something done well"],
        ["caseStudies.0.outcome", "Something good came"],
        ["leadOrcid", "1234"],
      ]),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors).sort()).toEqual(["caseStudies.0.challenge", "leadOrcid", "mode:ktp:costBand", "name"]);
  });

  it("does not read unbounded case-study slots from a hostile form", () => {
    const entries: [string, string][] = [...base];
    for (let i = 0; i < 500; i++) entries.push([`caseStudies.${i}.challenge`, "A challenge here"]);
    const r = parseTeamForm(form(entries));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.caseStudies).toBe("Add at most 6 case studies");
  });

  it("reads the no-JavaScript blank case-study slot only when something was typed in it", () => {
    const blank: [string, string][] = [
      ["newCaseStudy.partnerKind", "sme"],
      ["newCaseStudy.partnerCountry", ""],
      ["newCaseStudy.year", ""],
      ["newCaseStudy.challenge", ""],
      ["newCaseStudy.whatWasDone", " "],
      ["newCaseStudy.outcome", ""],
    ];
    const ignored = parseTeamForm(form([...base, ...blank]));
    expect(ignored.ok && ignored.value.caseStudies).toEqual([]);

    const filled = parseTeamForm(
      form([
        ...base,
        ["caseStudies.0.partnerKind", "public-body"],
        ["caseStudies.0.challenge", "Leaking seams on a pump housing"],
        ["caseStudies.0.whatWasDone", "Redesigned the energy director"],
        ["caseStudies.0.outcome", "Scrap rate fell from 8% to 1%"],
        ["newCaseStudy.partnerKind", "large-firm"],
        ["newCaseStudy.challenge", "Welding a new battery tray"],
        ["newCaseStudy.whatWasDone", "x"],
        ["newCaseStudy.outcome", ""],
      ]),
    );
    expect(filled.ok).toBe(false);
    // It follows the numbered slots, so its errors carry the number it is shown with next time.
    if (!filled.ok)
      expect(Object.keys(filled.errors).sort()).toEqual(["caseStudies.1.outcome", "caseStudies.1.whatWasDone"]);
  });

  it("ignores the empty choice of the no-JavaScript language select", () => {
    const r = parseTeamForm(form([...base, ["languages", ""]]));
    expect(r.ok && r.value.languages).toEqual(["en"]);
  });
});

describe("spreadsheet formulas (issue 9 item 15)", () => {
  it.each([
    ["name", '=HYPERLINK("http://evil.example","Click")', "name: Team name must not begin with =, +, - or @"],
    ["name", "+SUM(1,2) Lab", "name: Team name must not begin with"],
    ["name", "-2+3+cmd|' /C calc'!A0", "name: Team name must not begin with"],
    ["name", "@SUM(1+1) Lab", "name: Team name must not begin with"],
    ["name", "\t=1+1 Lab", "name: Team name must not begin with"],
    ["name", "\r=1+1 Lab", "name: Team name must not begin with"],
    [
      "summary",
      '=HYPERLINK("http://evil.example") and a summary long enough',
      "summary: Summary must not begin with = or @",
    ],
    ["leadName", "=1+2", "leadName: Lead's name must not begin with"],
    ["description", "@cmd and more", "description: Description must not begin with = or @"],
  ] as const)("refuses %s %j with a clear message", (field, value, message) => {
    expect(errorsOf({ [field]: value }).join("\n")).toContain(message);
  });
  it("refuses formula keywords and facilities", () => {
    expect(errorsOf({ keywords: ["=1+1"] }).join("\n")).toContain("A keyword must not begin with");
    expect(errorsOf({ facilities: ["@import"] }).join("\n")).toContain("A facility must not begin with = or @");
  });
  it("keeps descriptive text that only looks like a sign", () => {
    expect(errorsOf({ facilities: ["-80 °C freezer", "+4 °C cold room"] })).toEqual([]);
    expect(errorsOf({ description: "- trials\n- production lines" })).toEqual([]);
    expect(errorsOf({ name: "Lab = good", summary: `${valid.summary} (+ more)` })).toEqual([]);
  });
});

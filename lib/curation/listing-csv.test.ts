import { describe, expect, it } from "vitest";
import { teamInputSchema, type TeamInput } from "@/lib/validation/team";
import { joinList, joinModes, protectCell, splitList, splitModes, unprotectCell } from "./csv-cells";
import { CSV_COLUMNS, listingToCsvRecord, listingsToCsv, listingsToJson, type ListingRecord } from "./listing-csv";
import { IMPORT_LIMITS, issuesToProblems, parseListingCsv, rowToTeamRaw } from "./listing-csv-import";

const input: TeamInput = {
  name: "Cold Chain Logistics Lab",
  summary: "We help food firms keep products cold from farm to shelf, with sensors and route planning.",
  description: 'Trials in our chamber.\n\nA second paragraph, with "quotes", commas; and a semicolon.',
  keywords: ["cold chain", "refrigeration; transport", "back\\slash"],
  fields: ["2.3", "2.11"],
  sectors: ["C", "H"],
  knowledgeTypes: ["specialist-advice"],
  engagementModes: [
    { mode: "consultancy", costBand: "5k-25k", duration: "weeks" },
    { mode: "ktp", costBand: "over-100k", duration: "years" },
  ],
  facilities: ["-80 °C freezer", "+4 °C cold room"],
  languages: ["en", "fr"],
  availability: "limited",
  leadName: "Dr Ada Frost",
  leadOrcid: "0000-0002-1825-0097",
  website: "https://example.org/cold",
  contactEmail: "cold@uni.example",
  caseStudies: [
    {
      partnerKind: "sme",
      partnerCountry: "GB",
      year: 2023,
      challenge: "Losses in transit were high.",
      whatWasDone: "We logged temperatures on 40 routes.",
      outcome: "Waste fell by a third.",
    },
  ],
};

const record = (over: Partial<ListingRecord> = {}): ListingRecord => ({
  ...input,
  slug: "cold-chain-logistics-lab",
  status: "published",
  version: 4,
  updatedAt: "2026-11-01T10:00:00.000Z",
  institution: {
    slug: "university-of-leeds",
    rorId: "https://ror.org/024mrxd33",
    name: "University of Leeds",
    countryCode: "GB",
  },
  ...over,
});

const bytes = (s: string) => new TextEncoder().encode(s);

describe("cells", () => {
  it("joins and splits lists, with ; and \\ inside values escaped", () => {
    const values = ["a;b", "c\\d", "plain"];
    expect(joinList(values)).toBe("a\\;b;c\\\\d;plain");
    expect(splitList(joinList(values))).toEqual(values);
    expect(splitList(" one ; ;two;")).toEqual(["one", "two"]);
  });

  it("writes engagement modes readably and reads back what is missing as empty", () => {
    expect(joinModes(input.engagementModes)).toBe("consultancy:5k-25k:weeks;ktp:over-100k:years");
    expect(splitModes("licensing:free")).toEqual([{ mode: "licensing", costBand: "free", duration: "" }]);
  });

  it("defuses spreadsheet formulas and restores the value on import", () => {
    for (const v of ["=1+1", "+44 20", "-80 °C", "@cmd", "plain", "'quoted"])
      expect(unprotectCell(protectCell(v))).toBe(v);
    expect(protectCell("=HYPERLINK()")).toBe("'=HYPERLINK()");
    expect(protectCell("plain")).toBe("plain");
  });
});

describe("export → import round trip", () => {
  it("gives back exactly the listing's input through the editor's schema", () => {
    const csv = listingsToCsv([record()], true);
    const parsed = parseListingCsv(bytes(csv));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.columns).toEqual([...CSV_COLUMNS]);
    expect(parsed.rows).toHaveLength(1);
    const row = parsed.rows[0]!;
    expect(row.row).toBe(2);
    expect(row.cells).toMatchObject({
      slug: "cold-chain-logistics-lab",
      institution: "university-of-leeds",
      version: "4",
    });
    const { raw, problems } = rowToTeamRaw(row.cells, null);
    expect(problems).toEqual([]);
    expect(teamInputSchema.parse(raw)).toEqual(input);
  });

  it("leaves contact e-mails out of the public file, and JSON keeps the whole structure", () => {
    const csv = listingsToCsv([record({ contactEmail: undefined })], false);
    expect(csv.split("\r\n")[0]).not.toContain("contact_email");
    expect(csv).not.toContain("cold@uni.example");
    const json = JSON.parse(listingsToJson([record()], new Date("2026-11-23T00:00:00Z")));
    expect(json).toMatchObject({
      count: 1,
      teams: [
        { slug: "cold-chain-logistics-lab", caseStudies: [{ year: 2023 }], engagementModes: input.engagementModes },
      ],
    });
  });

  it("keeps current values for columns the file does not have; a blank cell empties a list", () => {
    const { raw } = rowToTeamRaw({ slug: "x", name: "New name for the lab", facilities: "" }, input);
    const out = teamInputSchema.parse(raw);
    expect(out).toEqual({ ...input, name: "New name for the lab", facilities: [] });
  });

  it("names the column and case study of each schema problem", () => {
    const { raw, problems } = rowToTeamRaw(
      {
        slug: "",
        name: "Ok name",
        summary: "short",
        keywords: "",
        engagement_modes: "consultancy:cheap:weeks",
        case_studies: '[{"partnerKind":"sme"}]',
        contact_email: "nope",
      },
      null,
    );
    expect(problems).toEqual([]);
    const result = teamInputSchema.safeParse(raw);
    expect(result.success).toBe(false);
    const found = issuesToProblems(result.error!, raw);
    const byColumn = Object.fromEntries(found.map((p) => [p.column, p.message]));
    expect(byColumn.summary).toMatch(/at least 30/);
    expect(byColumn.keywords).toBe("Add at least one keyword");
    expect(byColumn.engagement_modes).toBe("consultancy: Choose an indicative cost");
    expect(byColumn.case_studies).toMatch(/^Case study 1: /);
    expect(byColumn.contact_email).toMatch(/e-mail address/);
    expect(rowToTeamRaw({ case_studies: "{oops" }, null).problems).toEqual([
      { column: "case_studies", message: expect.stringMatching(/not valid JSON/) },
    ]);
  });

  it("reads case studies as the export writes them, and refuses parts that are not text", () => {
    const exported = listingToCsvRecord(record(), false).case_studies!;
    const { raw, problems } = rowToTeamRaw({ case_studies: exported }, input);
    expect(problems).toEqual([]);
    expect(teamInputSchema.parse(raw).caseStudies).toEqual(input.caseStudies);
    expect(rowToTeamRaw({ case_studies: '[{"partnerKind":"sme","challenge":42}]' }, null).problems).toEqual([
      { column: "case_studies", message: "Case study 1: “challenge” must be text; copy the format of the export." },
    ]);
    expect(rowToTeamRaw({ case_studies: '["a case"]' }, null).problems).toEqual([
      { column: "case_studies", message: "Case study 1 is not an object; copy the format of the export." },
    ]);
  });
});

describe("whole-file checks", () => {
  const header = "slug,institution,name\r\n";
  const message = (s: string | Uint8Array) => {
    const r = parseListingCsv(typeof s === "string" ? bytes(s) : s);
    return r.ok ? "ok" : r.message;
  };

  it("accepts a UTF-8 file with a byte-order mark and counts rows as a spreadsheet does", () => {
    const r = parseListingCsv(bytes(`\uFEFF${header}a,uni,"Two\nlines"\r\n\r\nb,uni,Third\r\n`));
    expect(r.ok && r.rows.map((x) => [x.row, x.cells.slug])).toEqual([
      [2, "a"],
      [4, "b"],
    ]);
  });

  it("refuses what is not a listings CSV, saying why", () => {
    expect(message("")).toBe("The file is empty.");
    expect(message(new Uint8Array([0xff, 0xfe, 0x73, 0x00]))).toMatch(/not UTF-8/);
    expect(message(new Uint8Array([0x73, 0x6c, 0xe9, 0x2c]))).toMatch(/not UTF-8/);
    expect(message("slug,institution,nom\r\nx,y,z\r\n")).toMatch(/Unknown column: “nom”/);
    expect(message("slug,institution\r\nx,y\r\n")).toBe("Missing required column: name.");
    expect(message("slug,name\r\nx,y\r\n")).toBe("Missing required column: institution.");
    expect(message("slug,name,name,institution\r\n")).toMatch(/appears twice/);
    expect(message(header)).toMatch(/no listings/);
    expect(message(`${header}a,"unclosed,x\r\n`)).toMatch(/not valid CSV/);
    expect(message(new Uint8Array(IMPORT_LIMITS.bytes + 1).fill(0x61))).toMatch(/limit is 5 MB/);
    expect(message(header + "a,u,n\r\n".repeat(IMPORT_LIMITS.rows + 1))).toMatch(/more than 5,000 listings/);
  });

  it("flags a row with the wrong number of cells without failing the others", () => {
    const r = parseListingCsv(bytes(`${header}a,uni\r\nb,uni,Name\r\n`));
    expect(r.ok && r.rows.map((x) => x.problem ?? "fine")).toEqual(["This row has 2 cells; the header has 3.", "fine"]);
  });
});

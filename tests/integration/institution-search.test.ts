// The institution picker's search on a real database: what it matches (name, alias, acronym,
// city, country, ROR id), in which order, and who may use it; and the curators' list, which
// matches the same way plus e-mail domains.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { institutions } from "@/db/schema";
import { listInstitutionsForCuration } from "@/lib/dal/institutions/curation";
import { searchInstitutions } from "@/lib/dal/institutions/find";
import { AppError } from "@/lib/errors";
import { ANONYMOUS, type Viewer } from "@/lib/viewer";
import { createTestDb, type TestDb } from "../support/db";
import { makeUser } from "../support/listing-fixtures";

let t: TestDb;
let member: Viewer;
let curator: Viewer;

function add(slug: string, name: string, more: Partial<typeof institutions.$inferInsert> = {}) {
  t.db
    .insert(institutions)
    .values({ slug, name, countryCode: "GB", ...more })
    .run();
}

beforeAll(() => {
  t = createTestDb();
  add("university-of-leeds", "University of Leeds", {
    city: "Leeds",
    rorId: "https://ror.org/024mrxd33",
    emailDomains: ["leeds.ac.uk"],
    verifiedAt: new Date(),
  });
  add("leeds-beckett-university", "Leeds Beckett University", {
    city: "Leeds",
    aliases: ["Leeds Metropolitan University"],
  });
  add("leeds-trinity-university", "Leeds Trinity University", { city: "Horsforth" });
  add("tu-delft", "Delft University of Technology", {
    countryCode: "NL",
    city: "Delft",
    acronyms: ["TU Delft"],
    aliases: ["Technische Universiteit Delft"],
  });
  add("usp", "Universidade de São Paulo", { countryCode: "BR", city: "São Paulo", acronyms: ["USP"] });
  add("percent", "100% Real_Institute", { countryCode: "FR", city: "Paris" });
  member = makeUser(t.db, "university", "m@leeds.ac.uk").viewer;
  curator = makeUser(t.db, "curator", "c@atlas.example").viewer;
});
afterAll(() => t.close());

const names = (q: string, v: Viewer = member) => searchInstitutions(t.ctx(v), q).map((i) => i.name);

describe("searchInstitutions", () => {
  it("ranks the exact name first, then names with a word beginning with the text (verified, then shorter, first), then the rest", () => {
    expect(names("leeds")).toEqual(["University of Leeds", "Leeds Beckett University", "Leeds Trinity University"]);
    expect(names("Leeds Trinity University")[0]).toBe("Leeds Trinity University");
    expect(names("technische")).toEqual(["Delft University of Technology"]);
    expect(names("eeds")).toEqual(["University of Leeds", "Leeds Beckett University", "Leeds Trinity University"]);
    expect(names("univ")).toEqual([
      "University of Leeds",
      "Leeds Beckett University",
      "Leeds Trinity University",
      "Universidade de São Paulo",
      "Delft University of Technology",
    ]);
  });

  it("finds by alias, acronym, city, country and ROR id", () => {
    expect(names("Leeds Metropolitan")).toEqual(["Leeds Beckett University"]);
    expect(names("tu delft")).toEqual(["Delft University of Technology"]);
    expect(names("usp")).toEqual(["Universidade de São Paulo"]);
    expect(names("horsforth")).toEqual(["Leeds Trinity University"]);
    expect(names("university netherlands")).toEqual(["Delft University of Technology"]);
    expect(names("leeds uk")).toHaveLength(3);
    expect(names("brazil")).toEqual(["Universidade de São Paulo"]);
    expect(names("https://ror.org/024mrxd33")).toEqual(["University of Leeds"]);
    expect(names("024mrxd33")).toEqual(["University of Leeds"]);
  });

  it("needs every word to match somewhere, and treats LIKE wildcards as text", () => {
    expect(names("leeds delft")).toEqual([]);
    expect(names("100%")).toEqual(["100% Real_Institute"]);
    expect(names("l_eds")).toEqual([]);
    expect(names("%")).toEqual([]);
    expect(names("x")).toEqual([]);
  });

  it("returns public facts only, verified institutions marked", () => {
    const [leeds] = searchInstitutions(t.ctx(member), "024mrxd33");
    expect(leeds).toEqual({
      id: expect.any(Number),
      slug: "university-of-leeds",
      name: "University of Leeds",
      city: "Leeds",
      countryCode: "GB",
      rorId: "https://ror.org/024mrxd33",
      verified: true,
    });
  });

  it("is for signed-in people only", () => {
    expect(() => searchInstitutions(t.ctx(ANONYMOUS), "leeds")).toThrow(AppError);
    expect(names("leeds", makeUser(t.db, "sme", "s@firm.example").viewer)).toHaveLength(3);
  });
});

describe("the curators' institution list", () => {
  it("matches like the picker, and by e-mail domain; or shows the one chosen", () => {
    const list = (opts: Parameters<typeof listInstitutionsForCuration>[1]) =>
      listInstitutionsForCuration(t.ctx(curator), { filter: "all", ...opts }).items.map((i) => i.name);
    expect(list({ q: "horsforth" })).toEqual(["Leeds Trinity University"]);
    expect(list({ q: "leeds.ac" })).toEqual(["University of Leeds"]);
    expect(list({ q: "tu delft" })).toEqual(["Delft University of Technology"]);
    expect(
      listInstitutionsForCuration(t.ctx(curator), { slug: "usp", filter: "verified" }).items.map((i) => i.name),
    ).toEqual(["Universidade de São Paulo"]);
  });
});

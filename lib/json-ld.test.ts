import { describe, expect, it } from "vitest";
import { institutionJsonLd, jsonLdText, teamJsonLd } from "./json-ld";

const institution = {
  slug: "university-of-manchester",
  name: "University of Manchester",
  countryCode: "GB",
  city: "Manchester",
  rorId: "https://ror.org/027m9bs27",
};
const team = {
  slug: "graphene",
  name: "Graphene Coatings </script><script>alert(1)</script>",
  summary: "Coatings",
  keywords: ["graphene", "coatings"],
  fields: ["2.5"],
  languages: ["en", "de"],
  website: null,
  institution,
  caseStudies: [{ partnerCountry: "DE" }, { partnerCountry: null }],
};

describe("schema.org JSON-LD", () => {
  it("describes a team as a ResearchOrganization inside its institution, identified by ROR", () => {
    const ld = teamJsonLd("https://atlas.example", team) as unknown as Record<string, unknown>;
    expect(ld).toMatchObject({
      "@context": "https://schema.org",
      "@type": "ResearchOrganization",
      url: "https://atlas.example/teams/graphene",
      parentOrganization: {
        name: "University of Manchester",
        identifier: { "@type": "PropertyValue", propertyID: "ROR", value: "https://ror.org/027m9bs27" },
      },
      knowsLanguage: ["en", "de"],
      areaServed: [
        { "@type": "Country", identifier: "GB" },
        { "@type": "Country", identifier: "DE" },
      ],
    });
    expect(ld.knowsAbout).toEqual(expect.arrayContaining(["graphene", "coatings"]));
    expect((ld.knowsAbout as string[]).length).toBe(3);
  });

  it("types institutions by kind and lists their teams", () => {
    const ld = institutionJsonLd("https://atlas.example", {
      ...institution,
      kind: "university",
      acronyms: ["UoM"],
      aliases: [],
      website: "https://www.manchester.ac.uk",
      lat: 53.46,
      lng: -2.23,
      teams: [{ slug: "graphene", name: "Graphene" }],
    }) as unknown as Record<string, unknown>;
    expect(ld).toMatchObject({
      "@type": "CollegeOrUniversity",
      identifier: { propertyID: "ROR", value: "https://ror.org/027m9bs27" },
      sameAs: ["https://ror.org/027m9bs27", "https://www.manchester.ac.uk"],
      alternateName: ["UoM"],
      subOrganization: [{ "@type": "ResearchOrganization", url: "https://atlas.example/teams/graphene" }],
    });
  });

  it("escapes < so listing text cannot close the script element", () => {
    const text = jsonLdText(teamJsonLd("https://atlas.example", team));
    expect(text).not.toContain("<");
    expect(text).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(text)).toMatchObject({ name: team.name });
  });
});

// A realistic ROR v2 record for tests, with overrides.
export function rorRecord(overrides: Record<string, unknown> = {}) {
  return {
    id: "https://ror.org/052gg0110",
    names: [
      { lang: "en", types: ["ror_display", "label"], value: "University of Oxford" },
      { lang: null, types: ["acronym"], value: "OU" },
      { lang: "cy", types: ["label"], value: "Prifysgol Rhydychen" },
      { lang: null, types: ["alias"], value: "Oxford University" },
    ],
    locations: [
      { geonames_id: 2640729, geonames_details: { country_code: "GB", name: "Oxford", lat: 51.75222, lng: -1.25596 } },
    ],
    links: [{ type: "website", value: "https://www.ox.ac.uk" }],
    domains: ["ox.ac.uk"],
    types: ["education", "funder"],
    status: "active",
    ...overrides,
  };
}

import { describe, expect, it } from "vitest";
import { mapRorRecord } from "./map-record";
import { rorRecord } from "@/tests/support/ror-fixtures";

describe("mapRorRecord", () => {
  it("maps a v2 record", () => {
    const r = mapRorRecord(rorRecord());
    expect(r).toEqual({
      ok: true,
      value: {
        rorId: "https://ror.org/052gg0110",
        name: "University of Oxford",
        aliases: ["Oxford University", "Prifysgol Rhydychen"],
        acronyms: ["OU"],
        countryCode: "GB",
        city: "Oxford",
        lat: 51.75222,
        lng: -1.25596,
        website: "https://www.ox.ac.uk",
        emailDomains: ["ox.ac.uk"],
        kind: "university",
        rorTypes: ["education", "funder"],
        rorStatus: "active",
      },
    });
  });

  it.each([
    [null, "not an object"],
    [[1, 2], "not an object"],
    ["text", "not an object"],
    [{ names: [] }, "missing id"],
    [rorRecord({ names: [] }), "missing name"],
    [rorRecord({ locations: [] }), "missing country"],
    [rorRecord({ id: "https://ror.org/052gg0111" }), "rorId: Not a valid ROR id (check digits do not match)"],
    [
      rorRecord({ locations: [{ geonames_details: { country_code: "QQ", name: "X" } }] }),
      "countryCode: Unknown ISO 3166-1 country code",
    ],
    [rorRecord({ status: "exploded" }), "rorStatus"],
  ])("skips %j with a reason", (record, reason) => {
    const r = mapRorRecord(record);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(reason);
  });

  it("drops a non-http website and malformed domains rather than the record", () => {
    const r = mapRorRecord(
      rorRecord({ links: [{ type: "website", value: "ftp://x.org" }], domains: ["ox.ac.uk", 42] }),
    );
    expect(r.ok && r.value.website).toBeNull();
    expect(r.ok && r.value.emailDomains).toEqual(["ox.ac.uk"]);
  });

  it("ignores out-of-range coordinates by rejecting the record with a reason", () => {
    const r = mapRorRecord(
      rorRecord({ locations: [{ geonames_details: { country_code: "GB", name: "X", lat: 123, lng: 0 } }] }),
    );
    expect(r.ok).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { normaliseQueryText, parseInstitutionQuery } from "./institution-query";

describe("parseInstitutionQuery", () => {
  it.each(["constructor", "__proto__", "tostring", "valueof", "hasownproperty"])(
    "treats %s as a plain word",
    (word) => {
      expect(parseInstitutionQuery(word)?.terms).toEqual([{ text: word, countryCodes: [] }]);
    },
  );

  it("needs at least two characters", () => {
    expect(parseInstitutionQuery("")).toBeNull();
    expect(parseInstitutionQuery("  l ")).toBeNull();
    expect(parseInstitutionQuery("le")).not.toBeNull();
  });

  it("recognises a ROR id, bare or as a URL, and checks its checksum", () => {
    expect(parseInstitutionQuery("024mrxd33")?.rorId).toBe("https://ror.org/024mrxd33");
    expect(parseInstitutionQuery("https://ror.org/024MRXD33")?.rorId).toBe("https://ror.org/024mrxd33");
    const wrongChecksum = parseInstitutionQuery("024mrxd34");
    expect(wrongChecksum?.rorId).toBeNull();
    expect(wrongChecksum?.terms.map((t) => t.text)).toEqual(["024mrxd34"]);
  });

  it("splits words, every one of which must match, and reads countries by code, name and common alias", () => {
    const q = parseInstitutionQuery("  Leeds   UK ")!;
    expect(q.phrase).toBe("leeds uk");
    expect(q.terms).toEqual([
      { text: "leeds", countryCodes: [] },
      { text: "uk", countryCodes: ["GB"] },
    ]);
    expect(parseInstitutionQuery("delft neth")!.terms[1]!.countryCodes).toEqual(["NL"]);
    expect(parseInstitutionQuery("brazil")!.terms[0]!.countryCodes).toEqual(["BR"]);
    expect(parseInstitutionQuery("zürich ch")!.terms[1]!.countryCodes).toEqual(["CH"]);
    // "South" begins several countries' names.
    expect(parseInstitutionQuery("south")!.terms[0]!.countryCodes).toEqual(expect.arrayContaining(["ZA", "KR", "SS"]));
  });

  it("bounds the work a query can ask for", () => {
    expect(normaliseQueryText("x".repeat(500)).length).toBe(100);
    expect(parseInstitutionQuery("a1 b2 c3 d4 e5 f6 g7 h8")!.terms).toHaveLength(6);
    expect(parseInstitutionQuery("leeds leeds")!.terms).toHaveLength(1);
    expect(normaliseQueryText("Leeds\u0000\nUni")).toBe("leeds uni");
  });
});

import { describe, expect, it } from "vitest";
import { domainCandidates, emailDomain, matchInstitutions } from "./domains";

describe("emailDomain", () => {
  it("takes the part after the last @, lower-cased", () => {
    expect(emailDomain("Jane.Doe@ENG.Ox.AC.uk")).toBe("eng.ox.ac.uk");
    expect(emailDomain("odd@name@manchester.ac.uk")).toBe("manchester.ac.uk");
  });
  it("rejects addresses without a usable domain", () => {
    expect(emailDomain("nobody")).toBeNull();
    expect(emailDomain("@ox.ac.uk")).toBeNull();
    expect(emailDomain("x@localhost")).toBeNull();
    expect(emailDomain("x@-bad-.com")).toBeNull();
  });
});

describe("domainCandidates", () => {
  it("lists the domain and its parents, never a bare top-level label", () => {
    expect(domainCandidates("eng.ox.ac.uk")).toEqual(["eng.ox.ac.uk", "ox.ac.uk", "ac.uk"]);
    expect(domainCandidates("mit.edu")).toEqual(["mit.edu"]);
  });
});

describe("matchInstitutions", () => {
  const ox = { id: 1, emailDomains: ["ox.ac.uk"] };
  const eng = { id: 2, emailDomains: ["eng.ox.ac.uk"] };
  const hospital = { id: 3, emailDomains: ["manchester.ac.uk"] };
  const uni = { id: 4, emailDomains: ["Manchester.ac.uk", "student.manchester.ac.uk"] };

  it("matches a subdomain to its parent institution", () => {
    expect(matchInstitutions("eng.ox.ac.uk", [ox])).toEqual([{ institution: ox, matchedDomain: "ox.ac.uk" }]);
  });
  it("prefers the most specific domain", () => {
    expect(matchInstitutions("eng.ox.ac.uk", [ox, eng]).map((m) => m.institution.id)).toEqual([2]);
  });
  it("returns every owner of a shared domain", () => {
    expect(matchInstitutions("manchester.ac.uk", [hospital, uni]).map((m) => m.institution.id)).toEqual([3, 4]);
  });
  it("does not match look-alike or unrelated domains", () => {
    expect(matchInstitutions("fox.ac.uk", [ox])).toEqual([]);
    expect(matchInstitutions("ox.ac.uk.evil.com", [ox])).toEqual([]);
    expect(matchInstitutions("gmail.com", [ox, eng, uni])).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { isValidOrcid, isValidRorId, normaliseOrcid, normaliseRorId } from "./identifiers";

describe("ORCID", () => {
  it.each([
    "0000-0002-1825-0097",
    "0000-0001-5109-3700",
    "0000-0002-1694-233X",
    "https://orcid.org/0000-0002-1825-0097",
  ])("accepts %s", (id) => expect(isValidOrcid(id)).toBe(true));
  it.each([
    "0000-0002-1825-0098",
    "0000-0002-1825-009",
    "0000000218250097",
    "",
    "abcd-0002-1825-0097",
    "0000-0002-1694-2330",
  ])("rejects %s", (id) => expect(isValidOrcid(id)).toBe(false));
  it("normalises the URL form and lower-case x", () => {
    expect(normaliseOrcid("https://orcid.org/0000-0002-1694-233x")).toBe("0000-0002-1694-233X");
  });
});

describe("ROR id", () => {
  it.each(["052gg0110", "https://ror.org/052gg0110", "00dcsjn06", "https://ror.org/00003ef66", "02JX3X895"])(
    "accepts %s",
    (id) => expect(isValidRorId(id)).toBe(true),
  );
  it.each(["052gg0111", "152gg0110", "052gg011", "https://example.org/052gg0110", "052gi0110", ""])(
    "rejects %s",
    (id) => expect(isValidRorId(id)).toBe(false),
  );
  it("returns the canonical URL form", () => {
    expect(normaliseRorId("02JX3X895")).toBe("https://ror.org/02jx3x895");
  });
});

import { describe, expect, it } from "vitest";
import { firmLanguage } from "./language";

const known = ["en", "de", "fr", "pt", "cy"];

describe("firmLanguage", () => {
  it("keeps the firm's own earlier choice", () => {
    expect(firmLanguage({ lastChoice: "cy", acceptLanguage: "de-DE", known })).toBe("cy");
  });
  it("follows the browser's Accept-Language, regional variants included", () => {
    expect(firmLanguage({ lastChoice: null, acceptLanguage: "en-GB,en;q=0.9,de;q=0.5", known })).toBe("en");
    expect(firmLanguage({ lastChoice: null, acceptLanguage: "de-DE,de;q=0.9,en;q=0.8", known })).toBe("de");
    expect(firmLanguage({ lastChoice: null, acceptLanguage: "pt-BR", known })).toBe("pt");
  });
  it("falls back to English without a usable preference", () => {
    expect(firmLanguage({ lastChoice: null, acceptLanguage: undefined, known })).toBe("en");
    expect(firmLanguage({ lastChoice: null, acceptLanguage: "*", known })).toBe("en");
    expect(firmLanguage({ lastChoice: null, acceptLanguage: "xx-YY", known })).toBe("en");
    expect(firmLanguage({ lastChoice: "zz", acceptLanguage: "", known })).toBe("en");
  });
});

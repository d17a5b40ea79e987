import { describe, expect, it } from "vitest";
import {
  compareQuerySchema,
  introductionInputSchema,
  messageInputSchema,
  requestStepSchema,
  savedSearchInputSchema,
} from "./introduction";

const valid = {
  teamSlug: "manchester-graphene-coatings",
  need: "We need to understand why our graphene coating flakes after three months outdoors, and what to change.",
  knowledgeType: "specialist-advice",
  budgetBand: "5k-25k",
  timeline: "1-3-months",
  preferredLanguage: "EN",
  companyName: "Leeds Widgets Ltd",
  companySize: "micro",
  companyCountry: "gb",
  companySector: "c",
  companyDescription: "We coat steel parts for garden furniture.",
  consentShareContact: true,
  idempotencyKey: "0b7d5a0e-5d7c-4f55-9c8e-2b0f0c1d2e3f",
  website: "",
};

describe("introductionInputSchema", () => {
  it("accepts a good request and normalises codes", () => {
    const r = introductionInputSchema.parse(valid);
    expect([r.preferredLanguage, r.companyCountry, r.companySector]).toEqual(["en", "GB", "C"]);
  });
  it("limits the length of the need, both ways", () => {
    expect(introductionInputSchema.safeParse({ ...valid, need: "Help" }).success).toBe(false);
    expect(introductionInputSchema.safeParse({ ...valid, need: "x".repeat(4001) }).success).toBe(false);
    expect(introductionInputSchema.safeParse({ ...valid, need: "x".repeat(4000) }).success).toBe(true);
  });
  it("strips control characters but keeps the text as typed (it is escaped when shown)", () => {
    const need = "<script>alert(1)</script> we need\u0000 help with coatings on steel parts, urgently please";
    expect(introductionInputSchema.parse({ ...valid, need }).need).toBe(
      "<script>alert(1)</script> we need help with coatings on steel parts, urgently please",
    );
  });
  it("requires consent to share the firm's contact details", () => {
    const r = introductionInputSchema.safeParse({ ...valid, consentShareContact: false });
    expect(r.success).toBe(false);
  });
  it("rejects a filled-in honeypot", () => {
    const r = introductionInputSchema.safeParse({ ...valid, website: "http://spam.example" });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["website"]);
  });
  it("rejects unknown codes and a malformed idempotency key", () => {
    for (const bad of [
      { knowledgeType: "magic" },
      { budgetBand: "lots" },
      { companyCountry: "XX" },
      { preferredLanguage: "klingon" },
      { idempotencyKey: "a b" },
      { teamSlug: "../etc" },
    ]) {
      expect(introductionInputSchema.safeParse({ ...valid, ...bad }).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe("requestStepSchema", () => {
  it("needs a reason of some substance to decline", () => {
    expect(requestStepSchema.safeParse({ action: "decline", reason: "no" }).success).toBe(false);
    expect(requestStepSchema.parse({ action: "decline", reason: "Fully booked until spring." })).toEqual({
      action: "decline",
      reason: "Fully booked until spring.",
      teams: [],
    });
  });
  it("needs at least one team to suggest, at most three", () => {
    expect(requestStepSchema.safeParse({ action: "suggest", teams: [], note: "" }).success).toBe(false);
    expect(requestStepSchema.safeParse({ action: "suggest", teams: ["a", "b", "c", "d"] }).success).toBe(false);
    expect(requestStepSchema.parse({ action: "suggest", teams: ["a", "a"], note: "" })).toEqual({
      action: "suggest",
      teams: ["a"],
      note: null,
    });
  });
  it("rejects unknown actions", () => {
    expect(requestStepSchema.safeParse({ action: "delete" }).success).toBe(false);
  });
});

describe("other inputs", () => {
  it("limits messages", () => {
    expect(messageInputSchema.safeParse({ body: "  " }).success).toBe(false);
    expect(messageInputSchema.safeParse({ body: "x".repeat(4001) }).success).toBe(false);
  });
  it("compares at most four teams", () => {
    expect(compareQuerySchema.parse({ teams: "a,b,a, c" }).teams).toEqual(["a", "b", "c"]);
    expect(compareQuerySchema.safeParse({ teams: "a,b,c,d,e" }).success).toBe(false);
  });
  it("saves a search only with words or a filter, and only known facets", () => {
    expect(
      savedSearchInputSchema.safeParse({ name: "x", query: "", filters: {}, alertFrequency: "daily" }).success,
    ).toBe(false);
    const r = savedSearchInputSchema.parse({
      name: "Coatings",
      query: "",
      filters: { country: ["GB"], bogus: ["1"] },
      alertFrequency: "weekly",
    });
    expect(r.filters).toEqual({ country: ["GB"] });
  });
});

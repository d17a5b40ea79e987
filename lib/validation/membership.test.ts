import { describe, expect, it } from "vitest";
import { claimTokenSchema, membershipClaimSchema } from "./membership";

describe("membershipClaimSchema", () => {
  it("takes an institutional address, a note, or both", () => {
    expect(
      membershipClaimSchema.parse({ institution: "university-of-leeds", email: " Ada@Leeds.AC.uk ", note: "" }),
    ).toEqual({
      institution: "university-of-leeds",
      email: "ada@leeds.ac.uk",
      jobTitle: null,
      note: null,
    });
    expect(
      membershipClaimSchema.parse({
        institution: "tu-delft",
        email: "",
        note: "I moved here in May; ask Prof. Jansen.",
      }).note,
    ).toMatch(/moved/);
  });

  it("asks for some evidence, beside the address field", () => {
    const r = membershipClaimSchema.safeParse({ institution: "tu-delft", email: "  ", note: "" });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["email", expect.stringMatching(/note for the curator/)],
    ]);
  });

  it("refuses what is not an address or an institution", () => {
    const r = membershipClaimSchema.safeParse({
      institution: "../admin",
      email: "not an address",
      note: "x".repeat(1001),
    });
    expect(r.error?.issues.map((i) => i.path.join(".")).sort()).toEqual(["email", "institution", "note"]);
  });
});

describe("claimTokenSchema", () => {
  it("accepts an id and a 32-byte base64url secret only", () => {
    expect(claimTokenSchema.safeParse(`12.${"a".repeat(43)}`).success).toBe(true);
    expect(claimTokenSchema.safeParse(`12.${"a".repeat(42)}`).success).toBe(false);
    expect(claimTokenSchema.safeParse(`x.${"a".repeat(43)}`).success).toBe(false);
  });
});

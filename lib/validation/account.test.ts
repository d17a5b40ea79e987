import { describe, expect, it } from "vitest";
import {
  membershipDecisionSchema,
  resetPasswordSchema,
  roleChangeSchema,
  smeSignUpSchema,
  universitySignUpSchema,
} from "./account";

describe("account forms", () => {
  const sme = {
    name: " Pat ",
    email: " Pat@Widgets.Example ",
    password: "long enough pw",
    companyName: "Widgets",
    companySize: "micro",
    companyCountry: "gb",
    companySector: "c",
  };

  it("normalise an SME sign-up", () => {
    expect(smeSignUpSchema.parse(sme)).toEqual({
      ...sme,
      name: "Pat",
      email: "pat@widgets.example",
      companyCountry: "GB",
      companySector: "C",
    });
  });

  it.each([
    [{ password: "short" }, "password"],
    [{ password: "x".repeat(129) }, "password"],
    [{ email: "not an email" }, "email"],
    [{ email: `${"a".repeat(250)}@b.co` }, "email"],
    [{ companySize: "huge" }, "companySize"],
    [{ companyCountry: "XX" }, "companyCountry"],
    [{ companySector: "Z" }, "companySector"],
    [{ companyName: "x".repeat(201) }, "companyName"],
    [{ name: "" }, "name"],
  ])("reject %o", (change, field) => {
    const r = smeSignUpSchema.safeParse({ ...sme, ...change });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.map((i) => i.path[0])).toContain(field);
  });

  it("make a university applicant's optional fields null when empty, and limit the note", () => {
    const base = { name: "Dr Lee", email: "lee@leeds.ac.uk", password: "long enough pw" };
    expect(universitySignUpSchema.parse({ ...base, institutionName: "", jobTitle: "  ", note: "" })).toMatchObject({
      institutionName: null,
      jobTitle: null,
      note: null,
    });
    expect(universitySignUpSchema.safeParse({ ...base, note: "x".repeat(1001) }).success).toBe(false);
  });

  it("reset: passwords must match and the token must look like one", () => {
    expect(
      resetPasswordSchema.safeParse({ token: "abcDEF123_-xyz", password: "long enough pw", confirm: "long enough pw" })
        .success,
    ).toBe(true);
    expect(
      resetPasswordSchema.safeParse({ token: "abcDEF123_-xyz", password: "long enough pw", confirm: "other pw!!" })
        .error?.issues[0]?.path,
    ).toEqual(["confirm"]);
    expect(
      resetPasswordSchema.safeParse({ token: "../../etc", password: "long enough pw", confirm: "long enough pw" })
        .success,
    ).toBe(false);
  });

  it("a curator must give a reason to reject a member, not to approve", () => {
    expect(membershipDecisionSchema.safeParse({ membershipId: "3", decision: "approve" }).success).toBe(true);
    expect(membershipDecisionSchema.safeParse({ membershipId: "3", decision: "reject", note: "" }).success).toBe(false);
  });

  it("roles come from the fixed list", () => {
    expect(roleChangeSchema.safeParse({ userId: "abc", role: "superuser" }).success).toBe(false);
    expect(roleChangeSchema.safeParse({ userId: "abc'; drop", role: "admin" }).success).toBe(false);
  });
});

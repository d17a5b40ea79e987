import { describe, expect, it } from "vitest";
import { longTextField } from "./form";

describe("longTextField", () => {
  const need = longTextField("Your need", 40, 4000);
  it("refuses text over the limit, saying how long it is, and never cuts it", () => {
    const r = need.safeParse("x".repeat(4210));
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe("Your need is 4,210 characters: the limit is 4,000. Shorten it by 210.");
  });
  it("accepts text up to the limit, and says the minimum", () => {
    expect(need.parse("y".repeat(4000))).toHaveLength(4000);
    expect(need.safeParse("Too short").error?.issues[0]?.message).toBe("Your need must be at least 40 characters");
  });
});

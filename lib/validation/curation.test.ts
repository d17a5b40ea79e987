import { describe, expect, it } from "vitest";
import { exportQuerySchema, mergeFormSchema, mergeQuerySchema } from "./curation";

describe("curation input", () => {
  it("reads export filters leniently where blank, strictly where wrong", () => {
    expect(
      exportQuerySchema.parse({ format: "json", status: "", institution: " university-of-leeds ", country: "gb" }),
    ).toEqual({
      format: "json",
      institution: "university-of-leeds",
      country: "GB",
    });
    expect(exportQuerySchema.parse({})).toEqual({ format: "csv" });
    expect(exportQuerySchema.safeParse({ format: "xml" }).success).toBe(false);
    expect(exportQuerySchema.safeParse({ status: "live" }).success).toBe(false);
    expect(exportQuerySchema.safeParse({ country: "XX" }).success).toBe(false);
    expect(exportQuerySchema.safeParse({ institution: "Not A Slug" }).success).toBe(false);
  });

  it("previews a merge only for well-formed slugs, keeping the survivor's values by default", () => {
    expect(mergeQuerySchema.parse({ duplicate: "a-lab", survivor: "b-lab" })).toEqual({
      duplicate: "a-lab",
      survivor: "b-lab",
      keep: "survivor",
    });
    expect(mergeQuerySchema.parse({ keep: "duplicate" }).keep).toBe("duplicate");
    expect(mergeQuerySchema.parse({ keep: "nonsense" }).keep).toBe("survivor");
    expect(mergeQuerySchema.safeParse({ duplicate: "../etc" }).success).toBe(false);
  });

  it("asks for a reason on every merge", () => {
    const base = { duplicate: "a", survivor: "b", duplicateVersion: "1", survivorVersion: "2", keep: "survivor" };
    expect(mergeFormSchema.safeParse({ ...base, reason: "dup" }).error?.issues[0]?.message).toBe(
      "Reason must be at least 10 characters",
    );
    expect(mergeFormSchema.parse({ ...base, reason: "Same team listed twice." })).toMatchObject({
      duplicateVersion: 1,
      survivorVersion: 2,
    });
  });
});

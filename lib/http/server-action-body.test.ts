import { describe, expect, it } from "vitest";
import { formActionProblem, replyProblem } from "./server-action-body";

const parts = (o: Record<string, string>) => new Map(Object.entries(o));

describe("replyProblem", () => {
  it("accepts what this app's forms send", () => {
    // useActionState: [previous state, FormData]
    const state = JSON.stringify([{ status: "idle", message: "$$5 off", values: { name: "$$x" } }, "$K1"]);
    expect(replyProblem(parts({ "0": state, "1_name": "A", "1_email": "a@b.c" }))).toBeNull();
    expect(replyProblem(parts({ "0": "[]" }))).toBeNull();
    expect(
      replyProblem(
        parts({ "0": '["$D2026-01-01T00:00:00.000Z","$u","$n12","$-0","$1"]', "1": '{"a":"$@2"}', "2": "1" }),
      ),
    ).toBeNull();
  });
  it.each([
    ["bad JSON in the root", { "0": '["$K1", {' }],
    ["no root part", { "1_email": "a@b.c" }],
    ["a reference to a missing part", { "0": '["$5"]' }],
    ["bad JSON in a referenced part", { "0": '["$@1"]', "1": "{" }],
    ["a temporary reference", { "0": '["$T"]' }],
    ["a typed array", { "0": '["$AB1"]' }],
    ["a bad BigInt", { "0": '["$nabc"]' }],
    ["a bad date", { "0": '["$Dnever"]' }],
    ["a server reference", { "0": '["$h1"]', "1": '{"id":"x","bound":null}' }],
    ["a stream", { "0": '["$R1"]' }],
    ["deep nesting", { "0": "[".repeat(100) + "]".repeat(100) }],
  ])("refuses %s", (_what, body) => {
    expect(replyProblem(parts(body))).toEqual(expect.any(String));
  });
  it("does not loop on a part that refers to itself", () => {
    expect(replyProblem(parts({ "0": '["$1"]', "1": '["$1"]' }))).toBeNull();
  });
});

describe("formActionProblem", () => {
  it("accepts a no-script form post", () => {
    expect(formActionProblem(parts({ $ACTION_ID_abc: "", email: "a@b.c" }))).toBeNull();
    expect(
      formActionProblem(parts({ $ACTION_REF_1: "", "$ACTION_1:0": '{"id":"abc","bound":"$@1"}', "$ACTION_1:1": "[]" })),
    ).toBeNull();
  });
  it("refuses malformed parts", () => {
    expect(formActionProblem(parts({ $ACTION_REF_1: "", "$ACTION_1:0": "{" }))).toEqual(expect.any(String));
    expect(formActionProblem(parts({ $ACTION_REF_1: "" }))).toEqual(expect.any(String));
    expect(formActionProblem(parts({ "$ACTION_2:0": "nope" }))).toEqual(expect.any(String));
  });
});

import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FORM_ONLY_ACTIONS, fetchArgumentsProblem, formPostProblem } from "./server-action-shapes";

const ids = new Map([
  ["state1", "state" as const],
  ["form1", "form" as const],
]);
const fields = (o: Record<string, string>) => new Map(Object.entries(o));

describe("fetch calls", () => {
  it("accepts (previous state, form) and (form)", () => {
    expect(fetchArgumentsProblem("state", [{ status: "idle" }, "$K1"])).toBeNull();
    expect(fetchArgumentsProblem("form", ["$K1"])).toBeNull();
    // signOutAction never reads its form, so Next.js sends no arguments at all.
    expect(fetchArgumentsProblem("form", [])).toBeNull();
    expect(fetchArgumentsProblem(undefined, "anything")).toBeNull();
  });
  it.each([[[]], [["$K1"]], [[{}, "x"]], [-0], [[{}, "$K1", 3]], [{ 0: "$K1" }]])(
    "refuses %j for a state action",
    (root) => {
      expect(fetchArgumentsProblem("state", root)).toEqual(expect.any(String));
    },
  );
  it("refuses anything else for a form action", () => {
    expect(fetchArgumentsProblem("form", [{}, "$K1"])).toEqual(expect.any(String));
    expect(fetchArgumentsProblem("form", ["x"])).toEqual(expect.any(String));
  });
});

describe("no-script form posts", () => {
  it("accepts what React renders", () => {
    expect(
      formPostProblem(
        fields({
          $ACTION_REF_1: "",
          "$ACTION_1:0": '{"id":"state1","bound":"$@1"}',
          "$ACTION_1:1": '[{"status":"idle"}]',
          $ACTION_KEY: "k1",
        }),
        ids,
      ),
    ).toBeNull();
    expect(formPostProblem(fields({ $ACTION_ID_form1: "" }), ids)).toBeNull();
  });
  it("refuses the wrong shapes", () => {
    expect(formPostProblem(fields({ $ACTION_ID_state1: "" }), ids)).toEqual(expect.any(String));
    expect(
      formPostProblem(
        fields({ $ACTION_REF_1: "", "$ACTION_1:0": '{"id":"state1","bound":"$@1"}', "$ACTION_1:1": "[1,2,3]" }),
        ids,
      ),
    ).toEqual(expect.any(String));
    expect(formPostProblem(fields({ $ACTION_REF_1: "", "$ACTION_1:0": '{"id":"state1","bound":null}' }), ids)).toEqual(
      expect.any(String),
    );
    expect(formPostProblem(fields({ $ACTION_REF_1: "", "$ACTION_1:0": "[]" }), ids)).toEqual(expect.any(String));
  });
});

describe("the app's server actions", () => {
  function files(dir: string): string[] {
    return readdirSync(dir).flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(n) ? [p] : [];
    });
  }
  const sources = () =>
    files("app")
      .map((f) => readFileSync(f, "utf8"))
      .filter((src) => /^["']use server["']/m.test(src));
  it("all have one of the two shapes the proxy checks", () => {
    const functions = sources().flatMap((src) => [...src.matchAll(/export async function (\w+)\(([^)]*)\)/g)]);
    // lib/actions/define-action.ts makes every action `(prevState, formData)` by its type.
    const defined = sources().flatMap((src) => [...src.matchAll(/export const (\w+) = defineAction\b/g)]);
    expect(functions.length + defined.length).toBeGreaterThan(30);
    for (const [, name, params] of functions) {
      const shape = FORM_ONLY_ACTIONS.has(name!) ? /^\s*(\w+: FormData)?\s*$/ : /^\s*\w+: \w+, \w+: FormData\s*$/;
      expect(params, name).toMatch(shape);
    }
    for (const [, name] of defined) expect(FORM_ONLY_ACTIONS.has(name!), name).toBe(false);
  });
  it("export nothing else (an exported value of another kind would escape the check above)", () => {
    for (const src of sources())
      for (const [line] of src.matchAll(/^export .*$/gm))
        expect(line).toMatch(/^export (async function \w+\(|const \w+ = defineAction\b|type |interface )/);
  });
});

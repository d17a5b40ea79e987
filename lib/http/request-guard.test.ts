import { describe, expect, it } from "vitest";
import { refuseBeforeNext } from "./request-guard";

const req = (tree?: string | string[]) => ({ headers: tree === undefined ? {} : { "next-router-state-tree": tree } });

describe("refuseBeforeNext", () => {
  it("lets requests without the router header through", () => {
    expect(refuseBeforeNext(req())).toBeNull();
  });
  it("lets a valid router state through", () => {
    const state = encodeURIComponent(
      JSON.stringify(["", { children: ["teams", { children: ["__PAGE__", {}] }] }, null, null, 1]),
    );
    expect(refuseBeforeNext(req(state))).toBeNull();
    expect(refuseBeforeNext(req('["",{}]'))).toBeNull();
  });
  it.each(["garbage", "%7B", "[1,2]", "%E0%A4%A", '["",{"children":5}]', "x".repeat(50_000), ["a", "b"]])(
    "refuses %j with 400",
    (tree) => {
      expect(refuseBeforeNext(req(tree))).toMatchObject({ status: 400 });
    },
  );
});

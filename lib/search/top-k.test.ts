import { describe, expect, it } from "vitest";
import { topK } from "./top-k";

describe("topK", () => {
  it("keeps the best k in order, with the first key as a function or as an array", () => {
    // Enough results for the bounded heap (more than 2,048, k far below a quarter of them).
    const n = 5000;
    const scores = Float64Array.from({ length: n }, (_, i) => ((i * 7919) % 1000) / 10);
    const cmp = (a: number, b: number) => scores[b]! - scores[a]! || a - b;
    const expected = [...Array(n).keys()].sort(cmp).slice(0, 20);
    expect([...topK(n, 20, cmp, (p) => scores[p]!)]).toEqual(expected);
    expect([...topK(n, 20, cmp, scores)]).toEqual(expected);
    expect([...topK(10, 3, cmp, scores)]).toEqual([...Array(10).keys()].sort(cmp).slice(0, 3));
    expect(topK(n, 0, cmp, scores)).toHaveLength(0);
  });
});

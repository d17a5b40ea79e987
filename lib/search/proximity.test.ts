import { describe, expect, it } from "vitest";
import { FIELD_GAP, NO_CONCEPT, accumulateProximity, proximityScore, proximityWeight } from "./proximity";

const _ = NO_CONCEPT;
const acc = (seq: number[], w: number[]) => {
  const a = new Float64Array(w.length);
  accumulateProximity(seq, seq.length, w, a);
  return [...a];
};

describe("Büttcher et al.'s proximity accumulators", () => {
  it("credits each term with the other's weight over the squared distance", () => {
    expect(acc([0, 1], [2, 3])).toEqual([3, 2]);
    expect(acc([0, _, 1], [2, 3])).toEqual([3 / 4, 2 / 4]);
    expect(acc([0, _, _, _, 1], [1, 1])).toEqual([1 / 16, 1 / 16]);
  });

  it("pairs an occurrence only with the previous query-term occurrence, and not with the same term", () => {
    // 0 1 0: (0,1) at 1 and (1,0) at 1.
    expect(acc([0, 1, 0], [1, 1])).toEqual([2, 2]);
    // 0 0 1: the second 0 is the previous occurrence of 1 (distance 1); the first is not paired.
    expect(acc([0, 0, 1], [1, 1])).toEqual([1, 1]);
    // 0 1 2: (0,1) and (1,2), never (0,2).
    expect(acc([0, 1, 2], [1, 1, 1])).toEqual([1, 2, 1]);
  });

  it("never pairs occurrences across the end of a field, and gaps do not count as positions", () => {
    expect(acc([0, FIELD_GAP, 1], [1, 1])).toEqual([0, 0]);
    expect(acc([0, FIELD_GAP, 1, _, 0], [1, 1])).toEqual([1 / 4, 1 / 4]);
  });

  it("gives nothing to a document with one concept or none", () => {
    expect(acc([0, _, 0, 0], [1, 1])).toEqual([0, 0]);
    expect(acc([_, _], [1, 1])).toEqual([0, 0]);
  });
});

describe("proximityScore", () => {
  it("saturates each term's accumulator as BM25 saturates tf, weighted by min(1, w)", () => {
    // K = 1.2 · (0.25 + 0.75 · 10/10) = 1.2
    const s = proximityScore([1, 0.5], [2, 0.5], 2, 10, 10, 1.2, 0.75);
    expect(s).toBeCloseTo((1 * 1 * 2.2) / (1 + 1.2) + (0.5 * 0.5 * 2.2) / (0.5 + 1.2), 10);
  });

  it("gives less to a longer document", () => {
    const short = proximityScore([1, 1], [1, 1], 2, 5, 10, 1.2, 0.75);
    const long = proximityScore([1, 1], [1, 1], 2, 40, 10, 1.2, 0.75);
    expect(short).toBeGreaterThan(long);
    expect(proximityScore([0, 0], [1, 1], 2, 5, 10, 1.2, 0.75)).toBe(0);
  });
});

describe("proximityWeight", () => {
  it("is log(N / N_t), and 0 for a term found nowhere or everywhere", () => {
    expect(proximityWeight(100, 10)).toBeCloseTo(Math.log(10), 12);
    expect(proximityWeight(100, 0)).toBe(0);
    expect(proximityWeight(100, 100)).toBe(0);
  });
});

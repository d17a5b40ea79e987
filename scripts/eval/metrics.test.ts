import { describe, expect, it } from "vitest";
import { parseJudgements, parseRecords } from "./collection";
import { averagePrecision, meanScores, ndcgAt, recallAt } from "./metrics";

const judged = new Map([
  [1, 4], // complete answer (code 1)
  [2, 1], // minimum interest (code 4)
]);

describe("ranking measures", () => {
  it("nDCG@10 is 1 for the ideal order and uses gain 2^g − 1 with a log2 discount", () => {
    expect(ndcgAt([1, 2], judged, 10)).toBeCloseTo(1);
    const swapped = (1 + 15 / Math.log2(3)) / (15 + 1 / Math.log2(3));
    expect(ndcgAt([2, 1], judged, 10)).toBeCloseTo(swapped);
    expect(ndcgAt([9, 8], judged, 10)).toBe(0);
  });

  it("recall@k and average precision", () => {
    expect(recallAt([9, 1, 8], judged, 2)).toBe(0.5);
    expect(averagePrecision([9, 1, 2], judged)).toBeCloseTo((1 / 2 + 2 / 3) / 2);
  });

  it("averages over judged questions only", () => {
    const m = meanScores([
      { ranked: [1, 2], judged },
      { ranked: [5], judged: new Map() },
    ]);
    expect(m.ndcg10).toBeCloseTo(1);
    expect(m.recall100).toBe(1);
  });
});

describe("Cranfield format", () => {
  it("reads .I records with multi-line fields and CRLF line ends", () => {
    const r = parseRecords(
      ".I 1\r\n.T\r\nwing in a\r\nslipstream .\r\n.A\r\nbrenckman,m.\r\n.W\r\nan experimental\r\nstudy .\r\n.I 2\r\n.W\r\nsecond\r\n",
    );
    expect(r).toHaveLength(2);
    expect(r[0]!.fields.get("T")).toBe("wing in a slipstream .");
    expect(r[0]!.fields.get("W")).toBe("an experimental study .");
    expect(r[1]!.id).toBe("2");
  });

  it("turns codes 1–4 into gains 4–1 and leaves out code −1", () => {
    const j = parseJudgements("1 184 2\n1 29 -1\n2 12 4\n\n");
    expect([...j.get(1)!]).toEqual([[184, 3]]);
    expect(j.get(2)!.get(12)).toBe(1);
  });
});

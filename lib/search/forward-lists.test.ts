import { describe, expect, it } from "vitest";
import { FIELD_BREAK, ForwardLists } from "./forward-lists";

const decoded = (f: ForwardLists, doc: number) => {
  const out = new Int32Array(Math.max(1, f.maxEntries(doc)));
  return [...out.subarray(0, f.decode(doc, out))];
};

describe("ForwardLists", () => {
  it("keeps each document's term ids in text order, fields ended by a break", () => {
    const f = new ForwardLists();
    f.append(0, [[3, 1, 3], [], [0]]);
    f.append(1, [[200, 70_000, 5_000_000]]);
    expect(decoded(f, 0)).toEqual([4, 2, 4, FIELD_BREAK, 1, FIELD_BREAK]);
    expect(decoded(f, 1)).toEqual([201, 70_001, 5_000_001, FIELD_BREAK]);
    expect(decoded(f, 7)).toEqual([]);
  });

  it("grows past its first pool and keeps every document", () => {
    const f = new ForwardLists();
    const ids = (doc: number) => Array.from({ length: 50 }, (_, i) => (doc * 131 + i * 977) % 300_000);
    for (let doc = 0; doc < 3000; doc++) f.append(doc, [ids(doc)]);
    for (const doc of [0, 1, 1499, 2999]) expect(decoded(f, doc)).toEqual([...ids(doc).map((x) => x + 1), 0]);
  });

  it("compacts to the live documents, renumbered", () => {
    const f = new ForwardLists();
    for (let doc = 0; doc < 4; doc++) f.append(doc, [[doc * 1000, doc]]);
    f.compact(Uint8Array.from([1, 0, 1, 1]), Int32Array.from([0, -1, 1, 2]), 3);
    expect(decoded(f, 0)).toEqual([1, 1, 0]);
    expect(decoded(f, 1)).toEqual([2001, 3, 0]);
    expect(decoded(f, 2)).toEqual([3001, 4, 0]);
    f.append(3, [[9]]);
    expect(decoded(f, 3)).toEqual([10, 0]);
  });

  it("captures with renumbered terms and restores what it captured", () => {
    const f = new ForwardLists();
    f.append(0, [[0, 2], [5]]);
    f.append(1, [[5, 5, 2]]);
    const remap = Int32Array.from([0, -1, 1, -1, -1, 2]);
    const { bytes, offsets } = f.capture(2, remap);
    const g = new ForwardLists();
    g.restore(bytes, offsets, 2, 3);
    expect(decoded(g, 0)).toEqual([1, 2, 0, 3, 0]);
    expect(decoded(g, 1)).toEqual([3, 3, 2, 0]);
    const same = f.capture(2, null);
    expect(decoded(f, 1)).toEqual([6, 6, 3, 0]);
    expect([...same.offsets]).toEqual([0, 5, 9]);
  });

  it("refuses arrays that do not fit together", () => {
    const f = new ForwardLists();
    f.append(0, [[1, 2]]);
    f.append(1, [[300]]);
    const { bytes, offsets } = f.capture(2, null);
    expect(() => new ForwardLists().restore(bytes, offsets, 3, 400)).toThrow(/offsets/);
    expect(() => new ForwardLists().restore(bytes, offsets, 2, 100)).toThrow(/bad term/);
    expect(() => new ForwardLists().restore(bytes, Int32Array.from([0, 4, 6]), 2, 400)).toThrow(/cut/);
  });
});

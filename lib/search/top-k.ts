// Ordering a result set when only the first k are shown: a bounded heap instead of sorting
// 100,000 entries for a page of 20.

/** Negative when result a ranks before result b. Arguments are positions in the result arrays. */
export type Compare = (a: number, b: number) => number;

/**
 * Positions 0..count-1 of the best k results, in order. `primary` (by position) must be the first
 * sort key (higher first): results strictly below the current k-th skip the full comparison.
 */
export function topK(
  count: number,
  k: number,
  cmp: Compare,
  primary: ((p: number) => number) | Float64Array,
): Int32Array {
  const want = Math.max(0, Math.min(k, count));
  if (want === 0) return new Int32Array(0);
  if (want * 4 >= count || count <= 2048) {
    const all = new Int32Array(count);
    for (let i = 0; i < count; i++) all[i] = i;
    all.sort(cmp);
    return all.subarray(0, want);
  }
  // Heap whose root is the worst of the kept results.
  const heap = new Int32Array(want);
  let size = 0;
  const worse = (a: number, b: number) => cmp(a, b) > 0;
  const siftUp = (i: number) => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  };
  const siftDown = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let w = i;
      if (l < size && worse(heap[l]!, heap[w]!)) w = l;
      if (r < size && worse(heap[r]!, heap[w]!)) w = r;
      if (w === i) return;
      [heap[i], heap[w]] = [heap[w]!, heap[i]!];
      i = w;
    }
  };
  const key = typeof primary === "function" ? primary : (p: number) => primary[p]!;
  let p = 0;
  for (; p < count && size < want; p++) {
    heap[size++] = p;
    siftUp(size - 1);
  }
  if (typeof primary !== "function") {
    // The common case (by relevance) without a call per result.
    let floor = primary[heap[0]!]!;
    for (; p < count; p++) {
      if (primary[p]! < floor || cmp(p, heap[0]!) >= 0) continue;
      heap[0] = p;
      siftDown(0);
      floor = primary[heap[0]!]!;
    }
  }
  for (; p < count; p++) {
    if (key(p) >= key(heap[0]!) && cmp(p, heap[0]!) < 0) {
      heap[0] = p;
      siftDown(0);
    }
  }
  return heap.sort(cmp);
}

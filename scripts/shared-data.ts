// Where the reference data lives: ../shared/data beside the project, or SHARED_DATA_DIR when set
// (a git worktree elsewhere, CI). Scripts read it at run time and carry on without it.
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export function sharedDataPath(...parts: string[]): string {
  const base = process.env.SHARED_DATA_DIR || path.resolve(ROOT, "../shared/data");
  return path.resolve(base, ...parts);
}

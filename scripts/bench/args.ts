// Command-line flags of scripts/bench-search.ts.
import type { Combine } from "./fts5-query";

/** A bad command line: printed as a message, without a stack trace. */
export class UsageError extends Error {}

export interface BenchOptions {
  teams: number;
  queries: number;
  seed: number;
  json: boolean;
  fts5: boolean;
  keep: boolean;
  /** Write a CPU profile of the timed engine queries and print where the time goes. */
  profile: boolean;
  /** How the FTS5 baseline joins query words; "auto" = the engine's minimumMatch. */
  fts5Combine: Combine;
  /**
   * How many queries of the mix (the first ones) the FTS5 baseline runs: all of them by default
   * up to 200,000 teams, the first 60 above (at 1,000,000 teams the whole mix took about an hour).
   */
  fts5Queries: number | null;
}

/** The FTS5 baseline's share of a mix of `mixSize` queries at `teams` teams. */
export function fts5QueryCount(o: Pick<BenchOptions, "teams" | "fts5Queries">, mixSize: number): number {
  return Math.min(mixSize, o.fts5Queries ?? (o.teams > 200_000 ? 60 : mixSize));
}

export const USAGE = `Usage: npx tsx --expose-gc scripts/bench-search.ts [flags]
  --teams N         teams in the synthetic corpus (default 10000; 100k and 1M accepted)
  --queries N       queries in the timed mix (default 600, at least 500 recommended)
  --seed S          corpus and query seed (default 1)
  --json            print one JSON object as the last line
  --no-fts5         skip the SQLite FTS5 baseline
  --fts5-combine M  and | or | auto (default auto: at least k of n words, as the engine)
  --fts5-queries N  run FTS5 on the first N queries of the mix only (default: all up to 200k
                    teams, 60 above; the ratio then compares the engine on the same N)
  --keep            keep the temporary snapshot and database
  --profile         CPU-profile the timed engine queries (writes a .cpuprofile, prints top functions)`;

/** "100000", "100k", "1m", "1_000_000" → number. */
export function parseCount(raw: string | undefined, flag: string): number {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec((raw ?? "").replace(/_/g, ""));
  if (!m) throw new UsageError(`${flag} expects a number, got "${raw ?? ""}"`);
  const n = Number(m[1]) * ({ k: 1e3, m: 1e6 }[(m[2] ?? "").toLowerCase()] ?? 1);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} expects a positive whole number, got "${raw}"`);
  return n;
}

export function parseArgs(argv: readonly string[]): BenchOptions {
  const o: BenchOptions = {
    teams: 10_000,
    queries: 600,
    seed: 1,
    json: false,
    fts5: true,
    keep: false,
    profile: false,
    fts5Combine: "auto",
    fts5Queries: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = (argv[i] as string).split("=", 2) as [string, string | undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    switch (flag) {
      case "--teams":
        o.teams = parseCount(value(), flag);
        break;
      case "--queries":
        o.queries = parseCount(value(), flag);
        break;
      case "--seed":
        o.seed = parseCount(value(), flag);
        break;
      case "--json":
        o.json = true;
        break;
      case "--no-fts5":
        o.fts5 = false;
        break;
      case "--keep":
        o.keep = true;
        break;
      case "--profile":
        o.profile = true;
        break;
      case "--fts5-queries":
        o.fts5Queries = parseCount(value(), flag);
        break;
      case "--fts5-combine": {
        const v = value();
        if (v !== "and" && v !== "or" && v !== "auto") throw new UsageError(`--fts5-combine expects and, or or auto`);
        o.fts5Combine = v;
        break;
      }
      case "--help":
      case "-h":
        throw new UsageError(USAGE);
      default:
        throw new UsageError(`unknown flag ${flag}\n${USAGE}`);
    }
  }
  return o;
}

// Shared plumbing for command-line scripts: the app database and a system context.
import { getDb } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import type { DalContext } from "@/lib/dal/context";
import { env } from "@/lib/env";
import { SYSTEM } from "@/lib/viewer";

export function systemContext(): DalContext {
  return { db: getDb(env().DATABASE_PATH), viewer: SYSTEM };
}

export function migratedSystemContext(): DalContext {
  const ctx = systemContext();
  migrateDatabase(ctx.db);
  return ctx;
}

/** Runs a script body, printing a plain message (not a stack trace) for expected failures. */
export async function runScript(main: () => Promise<void> | void): Promise<void> {
  try {
    await main();
  } catch (err) {
    console.error(`Error: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  }
}

// Applies migrations and, when the register is empty and SEED_DEMO is on, loads the demo data.
import { countTeams, seedDemoData } from "@/lib/dal/seed";
import { env } from "@/lib/env";
import { migratedSystemContext, runScript } from "./lib";

export function prepareDatabase(): void {
  const ctx = migratedSystemContext();
  if (env().SEED_DEMO && countTeams(ctx) === 0) {
    const r = seedDemoData(ctx, { requestHistory: true });
    console.log(`Seeded demo data: ${r.teamsInserted} teams at ${r.institutions} institutions.`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runScript(prepareDatabase);

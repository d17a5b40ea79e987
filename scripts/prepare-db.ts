// Applies migrations and, when the register is empty and SEED_DEMO is on, loads the demo data.
import { resolveAuthSecret } from "@/lib/auth/secret";
import { seedDemoTwoFactor } from "@/lib/dal/seed/internal/demo-two-factor";
import { countTeams, seedDemoData } from "@/lib/dal/seed/seed";
import { appUrl, env } from "@/lib/env";
import { migratedSystemContext, runScript } from "./lib";

export async function prepareDatabase(): Promise<void> {
  const ctx = migratedSystemContext();
  if (env().SEED_DEMO && countTeams(ctx) === 0) {
    const r = seedDemoData(ctx, { requestHistory: true });
    console.log(`Seeded demo data: ${r.teamsInserted} teams at ${r.institutions} institutions.`);
  }
  await seedDemoStaffTwoFactor(ctx.db);
}

/** The demo curator and admin need two-step sign-in for their roles (README, demo accounts). */
export async function seedDemoStaffTwoFactor(db: Parameters<typeof seedDemoTwoFactor>[0]): Promise<void> {
  const e = env();
  const secret = resolveAuthSecret({
    authSecret: e.AUTH_SECRET,
    nodeEnv: e.NODE_ENV,
    appUrl: appUrl(),
    databasePath: e.DATABASE_PATH,
  });
  const n = await seedDemoTwoFactor(db, secret);
  if (n > 0) console.log(`Set up two-step sign-in for ${n} demo staff account${n === 1 ? "" : "s"}.`);
}

if (import.meta.url === `file://${process.argv[1]}`) await runScript(prepareDatabase);

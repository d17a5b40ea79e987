// npm run db:seed — loads the demonstration register (idempotent).
import { seedDemoData } from "@/lib/dal/seed/seed";
import { migratedSystemContext, runScript } from "./lib";
import { seedDemoStaffTwoFactor } from "./prepare-db";

await runScript(async () => {
  const ctx = migratedSystemContext();
  const r = seedDemoData(ctx, { requestHistory: true });
  await seedDemoStaffTwoFactor(ctx.db);
  console.log(
    `Demo data: ${r.institutions} institutions, ${r.teamsInserted} teams added, ${r.teamsExisting} already present, ${r.requestsCreated} demonstration requests added.`,
  );
});

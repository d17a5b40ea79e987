// npm run db:seed — loads the demonstration register (idempotent).
import { seedDemoData } from "@/lib/dal/seed";
import { migratedSystemContext, runScript } from "./lib";

await runScript(() => {
  const r = seedDemoData(migratedSystemContext(), { requestHistory: true });
  console.log(
    `Demo data: ${r.institutions} institutions, ${r.teamsInserted} teams added, ${r.teamsExisting} already present, ${r.requestsCreated} demonstration requests added.`,
  );
});

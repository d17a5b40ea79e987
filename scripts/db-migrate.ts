import { env } from "@/lib/env";
import { migratedSystemContext, runScript } from "./lib";

await runScript(() => {
  migratedSystemContext();
  console.log(`Migrations applied to ${env().DATABASE_PATH}`);
});

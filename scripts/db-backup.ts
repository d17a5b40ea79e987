// npm run db:backup -- <file>   (writes a consistent copy of DATABASE_PATH while the site runs)
import { existsSync } from "node:fs";
import { dirname } from "node:path";
import { backupDatabase } from "@/db/backup";
import { env } from "@/lib/env";
import { runScript, systemContext } from "./lib";

await runScript(async () => {
  const target = process.argv[2];
  if (!target) {
    console.log("Usage: npm run db:backup -- <file>");
    process.exitCode = 2;
    return;
  }
  if (!existsSync(env().DATABASE_PATH)) throw new Error(`No database at ${env().DATABASE_PATH}`);
  if (!existsSync(dirname(target) || ".")) throw new Error(`Folder does not exist: ${dirname(target)}`);
  if (existsSync(target)) throw new Error(`Refusing to overwrite ${target}; choose a new file name.`);
  const { pages } = await backupDatabase(systemContext().db, target);
  console.log(`Backed up ${env().DATABASE_PATH} to ${target} (${pages} pages).`);
});

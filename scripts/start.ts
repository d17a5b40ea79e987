// npm start — build when the build is missing or older than the sources, prepare the database
// (migrate; seed demo data when empty), then serve the production build on $PORT.
import { spawn } from "node:child_process";
import { env } from "@/lib/env";
import { buildIfStale, WEB_SERVER_COMMAND } from "./build-if-stale";
import { runScript } from "./lib";
import { prepareDatabase } from "./prepare-db";

await runScript(async () => {
  const { PORT } = env(); // fail fast on bad configuration, before a long build
  if (!buildIfStale()) throw new Error("The build failed; see the messages above.");
  await prepareDatabase();
  const [cmd, ...args] = WEB_SERVER_COMMAND;
  const server = spawn(cmd, args, {
    stdio: "inherit",
    env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env, PORT: String(PORT), NODE_ENV: "production" },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
});

// Run by `npm start` before it starts the web server processes: makes sure a current search index
// snapshot exists (rebuilding it from the database when missing or stale), so that every process
// loads it in a second instead of each rebuilding the index itself. A separate process, so that the
// cluster's primary does not keep an index in memory it never searches.
import { searchIndexManager } from "@/lib/search/service";
import { runScript } from "./lib";

await runScript(async () => {
  const manager = searchIndexManager();
  await manager.current();
  if (manager.origin === "rebuild") await manager.flushSnapshot();
});

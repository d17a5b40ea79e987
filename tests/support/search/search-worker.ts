// A second process for the "always current" test: the app's search service, driven by JSON lines
// on stdin ({id, op: "search" | "flush" | "exit", q?}) and answering on stdout. Run it with
// `node --conditions=react-server --import tsx` and DATABASE_PATH / SEARCH_SNAPSHOT_PATH set.
import { createInterface } from "node:readline";
import { searchIndexManager } from "@/lib/search/service";

// stdout carries the protocol; the service's log lines go to stderr.
console.info = (...args: unknown[]) => void process.stderr.write(`${args.join(" ")}\n`);
const manager = searchIndexManager();
const reply = (body: object) => process.stdout.write(`${JSON.stringify(body)}\n`);

createInterface({ input: process.stdin }).on("line", (line) => {
  void (async () => {
    const cmd = JSON.parse(line) as { id: number; op: string; q?: string };
    try {
      if (cmd.op === "search") {
        const engine = await manager.current();
        const r = engine.search({ q: cmd.q ?? "", filters: {}, sort: "relevance", page: 1, pageSize: 50 });
        reply({
          id: cmd.id,
          total: r.total,
          ids: r.hits.map((h) => h.id),
          origin: manager.origin,
          position: manager.position,
        });
      } else if (cmd.op === "flush") {
        await manager.flushSnapshot();
        reply({ id: cmd.id, ok: true });
      } else if (cmd.op === "exit") {
        reply({ id: cmd.id, ok: true });
        process.exit(0);
      }
    } catch (err) {
      reply({ id: cmd.id, error: err instanceof Error ? err.message : String(err) });
    }
  })();
});
reply({ ready: true });

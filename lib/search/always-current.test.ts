// "Always current" across processes: this test process writes to the register (as any write path
// would), while a separate Node process with its own index answers searches from the same
// database file. Its index must show each write within a second, through the search_changes
// outbox; a restart must load the snapshot (and fall back to a rebuild when it is corrupt).
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, truncateSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSynonymGroup, deleteSynonymGroup, updateSynonymGroup } from "@/lib/dal/curation/synonyms";
import { createDemoSearchData, type DemoSearchData } from "@/tests/support/search/demo";
import { insertTeam, updateTeam } from "@/tests/support/search/team-writes";

interface Answer {
  id: number;
  total?: number;
  ids?: number[];
  origin?: string;
  position?: number;
  error?: string;
}

class SearchProcess {
  private next = 1;
  private waiting = new Map<number, (a: Answer) => void>();
  private readonly child: ChildProcessWithoutNullStreams;
  readonly ready: Promise<void>;

  constructor(env: Record<string, string>) {
    const root = resolve(__dirname, "../..");
    this.child = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", join(__dirname, "../../tests/support/search/search-worker.ts")],
      {
        cwd: root,
        env: { ...process.env, NODE_ENV: "test", ...env },
      },
    );
    let stderr = "";
    this.child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    this.ready = new Promise((ok, fail) => {
      this.child.once("exit", (code) => fail(new Error(`search process exited (${code}): ${stderr}`)));
      createInterface({ input: this.child.stdout }).on("line", (line) => {
        if (!line.startsWith("{")) return;
        const msg = JSON.parse(line) as Answer & { ready?: boolean };
        if (msg.ready) ok();
        else this.waiting.get(msg.id)?.(msg);
      });
    });
  }

  ask(op: string, q?: string): Promise<Answer> {
    const id = this.next++;
    return new Promise((ok) => {
      this.waiting.set(id, ok);
      this.child.stdin.write(`${JSON.stringify({ id, op, q })}\n`);
    });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((ok) => this.child.once("exit", ok));
    this.child.stdin.write(`${JSON.stringify({ id: 0, op: "exit" })}\n`);
    await exited;
  }
}

/** Searches in the other process until `done` holds; returns how long that took. */
async function waitFor(p: SearchProcess, q: string, done: (a: Answer) => boolean, limitMs = 3000): Promise<number> {
  const started = Date.now();
  for (;;) {
    const a = await p.ask("search", q);
    if (a.error) throw new Error(a.error);
    if (done(a)) return Date.now() - started;
    if (Date.now() - started > limitMs)
      throw new Error(`"${q}" not as expected after ${limitMs} ms: ${JSON.stringify(a)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

let demo: DemoSearchData;
let snapshots: string;
let env: Record<string, string>;
const processes: SearchProcess[] = [];
const start = async () => {
  const p = new SearchProcess(env);
  processes.push(p);
  await p.ready;
  return p;
};

beforeAll(() => {
  demo = createDemoSearchData();
  snapshots = mkdtempSync(join(tmpdir(), "atlas-two-process-"));
  env = { DATABASE_PATH: demo.db.path, SEARCH_SNAPSHOT_PATH: snapshots };
});
afterAll(async () => {
  await Promise.all(processes.map((p) => p.stop()));
  demo.db.close();
  rmSync(snapshots, { recursive: true, force: true });
});

describe("two processes on one database file", () => {
  let other: SearchProcess;
  let teamId: number;

  it("starts the other process, which rebuilds its index (no snapshot yet)", async () => {
    other = await start();
    const a = await other.ask("search", "graphene coatings");
    expect(a.origin).toBe("rebuild");
    expect(a.total).toBe(3);
  });

  it("sees a team published here within a second", async () => {
    teamId = insertTeam(demo.db.db, "zorblaxite");
    const ms = await waitFor(other, "zorblaxite", (a) => a.ids?.includes(teamId) ?? false);
    expect(ms).toBeLessThan(1000);
  });

  it("sees an edit within a second", async () => {
    updateTeam(demo.db.db, teamId, {
      name: "Quuxium Research Group",
      keywords: ["quuxium"],
      summary: "We study quuxium.",
    });
    const ms = await waitFor(other, "quuxium", (a) => a.ids?.includes(teamId) ?? false);
    expect(ms).toBeLessThan(1000);
    expect((await other.ask("search", "zorblaxite ")).total).toBe(0);
  });

  it("sees a curator's new, edited and removed synonym group within a second", async () => {
    const curator = demo.db.systemCtx();
    const found = (a: Answer) => a.ids?.includes(teamId) ?? false;
    expect(found(await other.ask("search", "frobnicator"))).toBe(false);
    const group = createSynonymGroup(curator, { terms: ["frobnicator", "quuxium"], note: null });
    expect(await waitFor(other, "frobnicator", found)).toBeLessThan(1000);
    updateSynonymGroup(curator, group.id, { terms: ["widgetry", "quuxium"], note: null });
    expect(await waitFor(other, "frobnicator", (a) => !found(a))).toBeLessThan(1000);
    expect(await waitFor(other, "widgetry", found)).toBeLessThan(1000);
    deleteSynonymGroup(curator, group.id);
    expect(await waitFor(other, "widgetry", (a) => !found(a))).toBeLessThan(1000);
  });

  it("drops an archived team and a merged duplicate within a second", async () => {
    updateTeam(demo.db.db, teamId, { status: "archived" });
    expect(await waitFor(other, "quuxium", (a) => a.total === 0)).toBeLessThan(1000);
    const graphene = (await other.ask("search", "graphene coatings")).ids!;
    updateTeam(demo.db.db, graphene[2]!, { status: "archived", mergedIntoId: graphene[0]! });
    expect(await waitFor(other, "graphene coatings", (a) => a.total === 2)).toBeLessThan(1000);
  });

  it("after a restart, loads the snapshot and catches up with writes made meanwhile", async () => {
    await other.ask("flush");
    await other.stop();
    const late = insertTeam(demo.db.db, "latecomer");
    const restarted = await start();
    const a = await restarted.ask("search", "latecomer");
    expect(a.origin).toBe("snapshot");
    expect(a.ids).toEqual([late]);
    expect((await restarted.ask("search", "graphene coatings")).total).toBe(2);
    await restarted.stop();
  });

  it("rebuilds when the snapshot is corrupt, with the same answers", async () => {
    const dir = join(snapshots, readFileSync(join(snapshots, "CURRENT"), "utf8").trim());
    truncateSync(join(dir, "tier1.postings.bin"), 100);
    const fresh = await start();
    const a = await fresh.ask("search", "latecomer");
    expect(a.origin).toBe("rebuild");
    expect(a.total).toBe(1);
    expect((await fresh.ask("search", "graphene coatings")).total).toBe(2);
  });
});

// Optional CPU profile of the timed engine queries only (not corpus generation or index build),
// through the inspector protocol: a .cpuprofile for Chrome DevTools plus a self-time summary.
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import path from "node:path";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

export class CpuProfiler {
  private readonly session = new Session();

  async start(): Promise<void> {
    this.session.connect();
    await this.session.post("Profiler.enable");
    await this.session.post("Profiler.setSamplingInterval", { interval: 100 });
    await this.session.post("Profiler.start");
  }

  /** Writes the profile and returns the top functions by self time. */
  async stop(file: string, top = 15): Promise<string[]> {
    const { profile } = (await this.session.post("Profiler.stop")) as { profile: Profile };
    this.session.disconnect();
    writeFileSync(file, JSON.stringify(profile));
    const totalMs = (profile.endTime - profile.startTime) / 1000;
    const hits = profile.nodes.reduce((sum, n) => sum + (n.hitCount ?? 0), 0) || 1;
    const byFn = new Map<string, number>();
    for (const n of profile.nodes) {
      const f = n.callFrame;
      // tsx-transpiled modules report line 0 for everything; the file alone is still useful.
      const line = f.lineNumber > 0 ? `:${f.lineNumber + 1}` : "";
      const where = f.url ? `${path.relative(process.cwd(), f.url.replace(/^file:\/\//, ""))}${line}` : "";
      const key = `${f.functionName || "(anonymous)"} ${where}`.trim();
      byFn.set(key, (byFn.get(key) ?? 0) + (n.hitCount ?? 0));
    }
    return [...byFn.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(
        ([fn, n]) =>
          `${((100 * n) / hits).toFixed(1).padStart(5)}%  ${((totalMs * n) / hits).toFixed(0).padStart(6)} ms  ${fn}`,
      );
  }
}

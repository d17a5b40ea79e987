// Cluster workers run the web server (scripts/web-server.ts) with the primary's loader flags (tsx)
// but without the react-server condition that the scripts use: Next.js loads React itself.
export function workerExecArgv(execArgv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const a = execArgv[i]!;
    if (a === "--conditions=react-server" || a === "-C=react-server") continue;
    if ((a === "--conditions" || a === "-C") && execArgv[i + 1] === "react-server") {
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

// Heavy work waits its turn; light requests never do. Rendering a page is CPU-bound: fifty at once
// in one process take no less time in all than a few at a time, but every other request then
// waits behind all fifty at each of its own steps (a health check or a shortlist write took over
// ten seconds). So each process renders at most `concurrency` pages at once and queues the rest,
// while health checks, writes (any method but GET/HEAD) and static files go straight through.
import type { IncomingMessage, ServerResponse } from "node:http";

export interface RenderLimiterOptions {
  concurrency: number;
  /**
   * A render that has not finished after this long gives up its turn (it goes on, but no longer
   * holds the queue): one stuck request must never stop every other page of the process.
   */
  maxTurnMs?: number;
  /** Requests waiting beyond this are answered 503 at once (the server is overloaded). */
  maxQueue: number;
}

type Next = (req: IncomingMessage, res: ServerResponse) => void;

/** Requests that are cheap or must not wait behind page views. */
export function isLightRequest(req: IncomingMessage): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return true;
  const url = req.url ?? "/";
  // "/_not-found" is the not-found page Next.js may fetch from this very server while rendering
  // another request (a rewrite): queueing it behind that request would wait for ever.
  return (
    url === "/api/health" ||
    url.startsWith("/api/health?") ||
    url.startsWith("/_next/static/") ||
    url === "/_not-found" ||
    url.startsWith("/_not-found?")
  );
}

export class RenderLimiter {
  private running = 0;
  private readonly queue: { req: IncomingMessage; res: ServerResponse; next: Next }[] = [];

  constructor(private readonly options: RenderLimiterOptions) {}

  stats(): { running: number; queued: number } {
    return { running: this.running, queued: this.queue.length };
  }

  handle(req: IncomingMessage, res: ServerResponse, next: Next): void {
    if (isLightRequest(req)) return next(req, res);
    if (this.running < this.options.concurrency) return this.start(req, res, next);
    if (this.queue.length >= this.options.maxQueue) {
      res.writeHead(503, { "content-type": "text/plain; charset=utf-8", "retry-after": "5" });
      res.end("The server is busy; please try again in a few seconds.\n");
      return;
    }
    this.queue.push({ req, res, next });
    // A client that gives up while waiting is dropped from the queue.
    res.on("close", () => {
      const i = this.queue.findIndex((q) => q.res === res);
      if (i !== -1) this.queue.splice(i, 1);
    });
  }

  private start(req: IncomingMessage, res: ServerResponse, next: Next): void {
    this.running++;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      this.running--;
      const waiting = this.queue.shift();
      if (waiting) this.start(waiting.req, waiting.res, waiting.next);
    };
    res.on("finish", release);
    res.on("close", release);
    setTimeout(release, this.options.maxTurnMs ?? 15_000).unref();
    next(req, res);
  }
}

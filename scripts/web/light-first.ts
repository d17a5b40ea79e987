// Light requests first. Under load every page view — a stored copy served from the page cache as
// much as a render — is work on the one event loop of a process, and requests were handled in
// the order they arrived: a health check or a shortlist write arriving behind twenty-five stored
// search pages waited for all twenty-five. Here page views are started one per turn of the event
// loop (setImmediate), while light requests (health checks, writes, static files: see
// isLightRequest) start the moment they arrive; so a light request waits for at most one page
// view already under way, not for every one that came before it.
import type { IncomingMessage, ServerResponse } from "node:http";
import { isLightRequest } from "./render-limiter";

type Next = (req: IncomingMessage, res: ServerResponse) => void;

export class LightFirst {
  private readonly queue: { req: IncomingMessage; res: ServerResponse; next: Next }[] = [];
  private scheduled = false;

  pending(): number {
    return this.queue.length;
  }

  handle(req: IncomingMessage, res: ServerResponse, next: Next): void {
    if (isLightRequest(req)) return next(req, res);
    this.queue.push({ req, res, next });
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled || this.queue.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      const job = this.queue.shift();
      // A client that gave up while waiting costs nothing more.
      if (job && !job.res.destroyed) job.next(job.req, job.res);
      this.schedule();
    });
  }
}

import type { IncomingMessage, ServerResponse } from "node:http";
import { EventEmitter } from "node:events";
import { describe, expect, it, vi } from "vitest";
import { RenderLimiter } from "./render-limiter";

function request(method: string, url: string) {
  return { method, url } as IncomingMessage;
}
function response() {
  const res = new EventEmitter() as EventEmitter & { status?: number; writeHead: unknown; end: unknown };
  res.writeHead = (status: number) => {
    res.status = status;
  };
  res.end = () => res.emit("finish");
  return res as unknown as ServerResponse & { status?: number };
}

describe("RenderLimiter", () => {
  it("renders a few pages at a time and starts the next when one finishes", () => {
    const limiter = new RenderLimiter({ concurrency: 2, maxQueue: 10 });
    const started: string[] = [];
    const responses = ["/a", "/b", "/c"].map((url) => {
      const res = response();
      limiter.handle(request("GET", url), res, () => started.push(url));
      return res;
    });
    expect(started).toEqual(["/a", "/b"]);
    expect(limiter.stats()).toEqual({ running: 2, queued: 1 });
    responses[0]!.emit("finish");
    expect(started).toEqual(["/a", "/b", "/c"]);
  });

  it("lets health checks, writes and static files straight through while pages wait", () => {
    const limiter = new RenderLimiter({ concurrency: 1, maxQueue: 10 });
    const started: string[] = [];
    limiter.handle(request("GET", "/search?q=a"), response(), () => started.push("page"));
    limiter.handle(request("GET", "/search?q=b"), response(), () => started.push("queued page"));
    limiter.handle(request("GET", "/api/health"), response(), () => started.push("health"));
    limiter.handle(request("POST", "/teams/x"), response(), () => started.push("write"));
    limiter.handle(request("GET", "/_next/static/chunks/a.js"), response(), () => started.push("static"));
    expect(started).toEqual(["page", "health", "write", "static"]);
  });

  it("answers 503 when too many are waiting, and forgets clients that gave up", () => {
    const limiter = new RenderLimiter({ concurrency: 1, maxQueue: 1 });
    limiter.handle(request("GET", "/a"), response(), () => undefined);
    const waiting = response();
    limiter.handle(request("GET", "/b"), waiting, () => undefined);
    const refused = response();
    limiter.handle(request("GET", "/c"), refused, () => undefined);
    expect(refused.status).toBe(503);
    waiting.emit("close");
    expect(limiter.stats()).toEqual({ running: 1, queued: 0 });
  });

  it("never queues the not-found page a render fetches from this server (that would wait for ever)", () => {
    const limiter = new RenderLimiter({ concurrency: 1, maxQueue: 10 });
    const started: string[] = [];
    limiter.handle(request("GET", "/teams/%ff"), response(), () => started.push("page"));
    limiter.handle(request("GET", "/_not-found"), response(), () => started.push("not found"));
    expect(started).toEqual(["page", "not found"]);
  });

  it("takes the turn back from a render that never finishes, so the next page still starts", () => {
    vi.useFakeTimers();
    try {
      const limiter = new RenderLimiter({ concurrency: 1, maxQueue: 10, maxTurnMs: 1_000 });
      const started: string[] = [];
      limiter.handle(request("GET", "/stuck"), response(), () => started.push("stuck"));
      limiter.handle(request("GET", "/next"), response(), () => started.push("next"));
      expect(started).toEqual(["stuck"]);
      vi.advanceTimersByTime(1_000);
      expect(started).toEqual(["stuck", "next"]);
    } finally {
      vi.useRealTimers();
    }
  });
});

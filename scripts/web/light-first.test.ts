import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { LightFirst } from "./light-first";

const req = (method: string, url: string) => ({ method, url, headers: {} }) as unknown as IncomingMessage;
const res = () => ({ destroyed: false }) as unknown as ServerResponse;

describe("light requests first", () => {
  it("starts health checks and writes at once, and page views one per turn of the event loop", async () => {
    const order: string[] = [];
    const lf = new LightFirst();
    const handle = (r: IncomingMessage) => lf.handle(r, res(), (x) => order.push(`${x.method} ${x.url}`));
    for (let i = 1; i <= 3; i++) handle(req("GET", `/search?q=${i}`));
    handle(req("GET", "/api/health"));
    handle(req("POST", "/teams/water-lab"));
    expect(order).toEqual(["GET /api/health", "POST /teams/water-lab"]);
    expect(lf.pending()).toBe(3);
    await new Promise((r) => setImmediate(r));
    expect(order).toHaveLength(3);
    // Arriving between two page views, a health check goes before the views still waiting.
    handle(req("GET", "/api/health"));
    expect(order.at(-1)).toBe("GET /api/health");
    await new Promise((r) => setTimeout(r, 10));
    expect(order.slice(-2)).toEqual(["GET /search?q=2", "GET /search?q=3"]);
    expect(lf.pending()).toBe(0);
  });

  it("drops a page view whose client has gone", async () => {
    const started: string[] = [];
    const lf = new LightFirst();
    const gone = { destroyed: true } as unknown as ServerResponse;
    lf.handle(req("GET", "/"), gone, () => started.push("gone"));
    lf.handle(req("GET", "/teams"), res(), () => started.push("here"));
    await new Promise((r) => setTimeout(r, 10));
    expect(started).toEqual(["here"]);
  });
});

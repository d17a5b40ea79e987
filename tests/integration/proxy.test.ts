// proxy.ts on its own: headers on every answer, a fresh nonce each time, and the refusals the
// end-to-end suite also sends to the real server (e2e/security.spec.ts).
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { proxy } from "@/proxy";

const BASE = "http://127.0.0.1:3100";
const req = (path: string, init: { method?: string; headers?: Record<string, string>; body?: BodyInit } = {}) =>
  new NextRequest(`${BASE}${path}`, { ...init, headers: { host: "127.0.0.1:3100", ...init.headers } });

describe("proxy", () => {
  it("passes a page on with a fresh nonce in both the response and the request to Next.js", async () => {
    const a = await proxy(req("/teams"));
    const b = await proxy(req("/teams"));
    const policy = a.headers.get("content-security-policy")!;
    expect(policy).toMatch(/script-src 'nonce-[^']+' 'strict-dynamic'/);
    expect(policy).not.toContain("unsafe-inline' 'strict");
    expect(policy).not.toBe(b.headers.get("content-security-policy"));
    // NextResponse.next({ request: { headers } }) hands Next.js the policy it takes the nonce from.
    expect(a.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    expect(a.headers.get("cross-origin-opener-policy")).toBe("same-origin");
    expect(a.headers.get("cross-origin-resource-policy")).toBe("same-origin");
  });

  it("shows the 404 page for a path that is not valid percent-encoding", async () => {
    const res = await proxy(req("/teams/%ff"));
    expect(res.status).toBe(404);
    expect(res.headers.get("x-middleware-rewrite")).toContain("/_not-found");
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it.each(["null", "not a url", "http://127.0.0.1:3100.evil.example", "https://evil.example"])(
    "refuses a cross-site POST from %j with 403",
    async (origin) => {
      const res = await proxy(req("/sign-in", { method: "POST", headers: { origin, "next-action": "x" }, body: "[]" }));
      expect(res.status).toBe(403);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    },
  );

  it("refuses server-action arguments React cannot decode with 400", async () => {
    const res = await proxy(
      req("/sign-in", {
        method: "POST",
        headers: { origin: BASE, "next-action": "abc", "content-type": "text/plain;charset=UTF-8" },
        body: '["$K1", {',
      }),
    );
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/not valid JSON/);
  });

  it("leaves route handlers' own bodies alone", async () => {
    const res = await proxy(
      req("/api/introductions", {
        method: "POST",
        headers: { origin: BASE, "content-type": "application/json" },
        body: "{",
      }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("x-middleware-next")).toBe("1");
  });

  it("adds HSTS only when APP_URL is https", async () => {
    const before = process.env.APP_URL;
    try {
      process.env.APP_URL = "https://atlas.example";
      resetEnvCache();
      expect((await proxy(req("/"))).headers.get("strict-transport-security")).toMatch(/max-age=\d{7,}/);
      process.env.APP_URL = BASE;
      resetEnvCache();
      expect((await proxy(req("/"))).headers.get("strict-transport-security")).toBeNull();
    } finally {
      if (before === undefined) delete process.env.APP_URL;
      else process.env.APP_URL = before;
      resetEnvCache();
    }
  });
});

import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, nonceOf, securityHeaders } from "./csp";

describe("content security policy", () => {
  it("allows scripts only by nonce, with strict-dynamic, never inline or eval in production", () => {
    const nonce = newNonce();
    const policy = contentSecurityPolicy(nonce);
    const script = policy.split("; ").find((d) => d.startsWith("script-src "))!;
    expect(script).toContain(`'nonce-${nonce}'`);
    expect(script).toContain("'strict-dynamic'");
    expect(script).not.toContain("unsafe-inline");
    expect(script).not.toContain("unsafe-eval");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(nonceOf(policy)).toBe(nonce);
  });
  it("adds eval for the development overlay only", () => {
    expect(contentSecurityPolicy("x", { dev: true })).toContain("'unsafe-eval'");
  });
  it("makes a new, unguessable nonce every time", () => {
    const seen = new Set(Array.from({ length: 1000 }, newNonce));
    expect(seen.size).toBe(1000);
    for (const n of seen) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });
  it("sends HSTS only over https", () => {
    const names = (https: boolean) => securityHeaders({ https }).map(([k]) => k);
    expect(names(true)).toContain("Strict-Transport-Security");
    expect(names(false)).not.toContain("Strict-Transport-Security");
    expect(names(false)).toEqual(
      expect.arrayContaining(["Cross-Origin-Opener-Policy", "Cross-Origin-Resource-Policy"]),
    );
  });
});

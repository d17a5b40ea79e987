import { describe, expect, it } from "vitest";
import { isCrossSite, originHost, originVerdict, siteHosts } from "./origin";

const HOSTS = ["127.0.0.1:3000"];

describe("originVerdict", () => {
  it("accepts this site, in any case", () => {
    expect(originVerdict("http://127.0.0.1:3000", HOSTS)).toBe("same");
    expect(originVerdict("HTTP://127.0.0.1:3000", HOSTS)).toBe("same");
  });
  it("says when no Origin was sent", () => {
    expect(originVerdict(null, HOSTS)).toBe("absent");
    expect(originVerdict("", HOSTS)).toBe("absent");
  });
  it.each([
    "null",
    "not a url",
    "http://127.0.0.1:3000.evil.example",
    "http://127.0.0.1:3000@evil.example",
    "http://evil.example",
    "https://127.0.0.1:3001",
    "file:///etc/passwd",
    "javascript:alert(1)",
    "http://[::1",
    "%",
    "http://127.0.0.1:99999",
    "\u0000",
  ])("refuses %j without throwing", (origin) => {
    expect(originVerdict(origin, HOSTS)).toBe("cross");
  });
  it("parses only http(s) origins", () => {
    expect(originHost("ftp://127.0.0.1:3000")).toBeNull();
    expect(originHost("https://Example.org")).toBe("example.org");
  });
});

describe("isCrossSite", () => {
  const req = (headers: Record<string, string>) =>
    new Request("http://127.0.0.1:3000/x", { method: "POST", headers: { host: "127.0.0.1:3000", ...headers } });
  it("uses the Host and APP_URL", () => {
    expect(isCrossSite(req({ origin: "http://127.0.0.1:3000" }))).toBe(false);
    expect(isCrossSite(req({ origin: "https://atlas.example" }), "https://atlas.example")).toBe(false);
    expect(isCrossSite(req({ origin: "null" }))).toBe(true);
    expect(isCrossSite(req({}))).toBe(false);
  });
  it("lists the first forwarded host", () => {
    expect(siteHosts(new Headers({ "x-forwarded-host": "a.example, b.example", host: "c" }))).toEqual([
      "a.example",
      "c",
    ]);
  });
});

import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import {
  CLIENT_ADDRESS_HEADER,
  clientAddressOf,
  NO_PROXY,
  parseProxyTrust,
  resolveClientAddress,
  stampClientAddress,
} from "./client-address";

describe("parseProxyTrust", () => {
  it("reads nothing, a hop count or a list", () => {
    expect(parseProxyTrust(undefined)).toEqual(NO_PROXY);
    expect(parseProxyTrust("")).toEqual(NO_PROXY);
    expect(parseProxyTrust("0")).toEqual(NO_PROXY);
    expect(parseProxyTrust("2")).toEqual({ kind: "hops", hops: 2 });
    expect(parseProxyTrust("10.0.0.0/8, 192.168.1.5,loopback")).toEqual({
      kind: "list",
      ranges: ["10.0.0.0/8", "192.168.1.5", "loopback"],
    });
  });

  it.each(["proxy.example", "10.0.0.0/99", "300.1.1.1", "11", "-1"])("refuses %s", (value) => {
    expect(() => parseProxyTrust(value)).toThrow();
  });
});

describe("resolveClientAddress", () => {
  it("ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(resolveClientAddress("203.0.113.9", "10.89.1.2", NO_PROXY)).toBe("203.0.113.9");
    expect(resolveClientAddress("::ffff:127.0.0.1", "10.89.1.2, 10.89.1.3", NO_PROXY)).toBe("127.0.0.1");
  });

  it("with one trusted hop, takes the entry the proxy appended, not what the client prepended", () => {
    const one = parseProxyTrust("1");
    expect(resolveClientAddress("10.0.0.1", "198.51.100.4", one)).toBe("198.51.100.4");
    expect(resolveClientAddress("10.0.0.1", "6.6.6.6, 198.51.100.4", one)).toBe("198.51.100.4");
    expect(resolveClientAddress("10.0.0.1", undefined, one)).toBe("10.0.0.1");
  });

  it("with a list, walks past the trusted proxies only", () => {
    const list = parseProxyTrust("10.0.0.0/8");
    expect(resolveClientAddress("10.0.0.1", "6.6.6.6, 198.51.100.4, 10.1.2.3", list)).toBe("198.51.100.4");
    // A request straight from an untrusted address: its header means nothing.
    expect(resolveClientAddress("203.0.113.5", "1.2.3.4", list)).toBe("203.0.113.5");
  });

  it("falls back to the socket on junk", () => {
    const one = parseProxyTrust("1");
    expect(resolveClientAddress("10.0.0.1", "not-an-address", one)).toBe("10.0.0.1");
    expect(resolveClientAddress("10.0.0.1", "x".repeat(300), one)).toBe("10.0.0.1");
  });

  it("joins repeated headers", () => {
    expect(resolveClientAddress("10.0.0.1", ["6.6.6.6", "198.51.100.4"], parseProxyTrust("1"))).toBe("198.51.100.4");
  });
});

describe("stampClientAddress", () => {
  const request = (headers: Record<string, string>) =>
    ({ socket: { remoteAddress: "::ffff:192.0.2.1" }, headers: { ...headers } }) as unknown as IncomingMessage;

  it("replaces a client-sent copy of the header", () => {
    const req = request({ [CLIENT_ADDRESS_HEADER]: "1.1.1.1", "x-forwarded-for": "2.2.2.2" });
    stampClientAddress(req);
    expect(req.headers[CLIENT_ADDRESS_HEADER]).toBe("192.0.2.1");
    stampClientAddress(req, parseProxyTrust("1"));
    expect(req.headers[CLIENT_ADDRESS_HEADER]).toBe("2.2.2.2");
  });

  it("is what clientAddressOf reads back", () => {
    expect(clientAddressOf(new Headers({ [CLIENT_ADDRESS_HEADER]: "192.0.2.1", "x-forwarded-for": "9.9.9.9" }))).toBe(
      "192.0.2.1",
    );
    expect(clientAddressOf(new Headers({ "x-forwarded-for": "9.9.9.9" }))).toBeNull();
  });
});

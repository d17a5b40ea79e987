// The client's address as this server saw it, stamped on every request by scripts/web-server.ts
// before Next.js handles it. Every per-address limit (the app's throttles and the auth library's
// own limiter) reads only this header: a client can send any X-Forwarded-For, but never this
// header (an incoming copy is removed first).
//
// Without TRUSTED_PROXIES the address is the socket's peer, and forwarded headers are ignored.
// With it, X-Forwarded-For is walked from the right (the entries the nearest proxies appended)
// past the trusted hops, as Express's "trust proxy" does (proxy-addr).
import type { IncomingMessage } from "node:http";
import proxyAddr from "proxy-addr";

export const CLIENT_ADDRESS_HEADER = "x-atlas-client-address";
/** The request's path (no query), for security events; also never taken from the client. */
export const REQUEST_PATH_HEADER = "x-atlas-request-path";

/** Which proxies in front of this server may say who the client is. */
export type ProxyTrust =
  | { kind: "none" }
  /** This many proxies sit in front of the server; each appends the address it saw. */
  | { kind: "hops"; hops: number }
  /** Proxies at these addresses or CIDR ranges are trusted, wherever they are in the chain. */
  | { kind: "list"; ranges: string[] };

export const NO_PROXY: ProxyTrust = { kind: "none" };

/** Drops the IPv4-mapped IPv6 prefix ("::ffff:127.0.0.1" → "127.0.0.1"). */
export function normaliseAddress(raw: string): string {
  const trimmed = raw.trim();
  return trimmed.toLowerCase().startsWith("::ffff:") && trimmed.includes(".") ? trimmed.slice(7) : trimmed;
}

/**
 * Parses TRUSTED_PROXIES: empty → none; a whole number → hop count; otherwise a comma-separated
 * list of IP addresses or CIDR ranges (also proxy-addr's names "loopback", "linklocal",
 * "uniquelocal"). Throws with a readable message on anything else.
 */
export function parseProxyTrust(value: string | undefined): ProxyTrust {
  const text = (value ?? "").trim();
  if (text === "" || text === "0") return NO_PROXY;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 10) throw new Error("a hop count of at most 10");
    return { kind: "hops", hops };
  }
  const ranges = text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (ranges.length === 0) return NO_PROXY;
  try {
    proxyAddr.compile(ranges);
  } catch (err) {
    throw new Error(`a hop count or IP addresses/CIDR ranges (${err instanceof Error ? err.message : "invalid"})`);
  }
  return { kind: "list", ranges };
}

function trustFunction(trust: ProxyTrust): (addr: string, i: number) => boolean {
  if (trust.kind === "none") return () => false;
  if (trust.kind === "hops") return (_addr, i) => i < trust.hops;
  return proxyAddr.compile(trust.ranges);
}

/**
 * The client's address from the socket's peer address and the X-Forwarded-For header(s), under
 * the given trust. Pure; the same rules as proxy-addr (Express). Never longer than 64 characters.
 */
export function resolveClientAddress(
  socket: string,
  forwardedFor: string | readonly string[] | undefined,
  trust: ProxyTrust,
): string {
  const peer = normaliseAddress(socket);
  if (trust.kind === "none" || !peer) return peer;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  // proxy-addr reads the socket and the header from a request-shaped object.
  const fake = {
    socket: { remoteAddress: peer },
    connection: { remoteAddress: peer },
    headers: { "x-forwarded-for": header },
  } as unknown as IncomingMessage;
  let resolved: string;
  try {
    resolved = normaliseAddress(proxyAddr(fake, trustFunction(trust)));
  } catch {
    return peer; // a malformed entry: fall back to what the socket says
  }
  return resolved && resolved.length <= 64 && /^[0-9a-f:.]+$/i.test(resolved) ? resolved : peer;
}

/** The socket's peer address, without the IPv4-mapped IPv6 prefix. */
export function socketAddress(req: Pick<IncomingMessage, "socket">): string {
  return normaliseAddress(req.socket?.remoteAddress ?? "");
}

/** Replaces any client-sent copy of the headers with what this server knows (address, path). */
export function stampClientAddress(req: IncomingMessage, trust: ProxyTrust = NO_PROXY): void {
  delete req.headers[CLIENT_ADDRESS_HEADER];
  delete req.headers[REQUEST_PATH_HEADER];
  const address = resolveClientAddress(socketAddress(req), req.headers["x-forwarded-for"], trust);
  if (address) req.headers[CLIENT_ADDRESS_HEADER] = address;
  const path = (req.url ?? "").split("?")[0]!.slice(0, 200);
  if (path) req.headers[REQUEST_PATH_HEADER] = path;
}

/** The stamped address of a request, or null (outside the web server, e.g. in a script). */
export function clientAddressOf(headers: Headers | null | undefined): string | null {
  const value = headers?.get(CLIENT_ADDRESS_HEADER)?.trim();
  return value && value.length <= 64 ? value : null;
}

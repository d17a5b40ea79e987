// The client's address as this server saw it, stamped on every request by scripts/web-server.ts
// before Next.js handles it. The app reads only this header for per-address limits: a client can
// send any X-Forwarded-For, but never this header (an incoming copy is removed first).
import type { IncomingMessage } from "node:http";

export const CLIENT_ADDRESS_HEADER = "x-atlas-client-address";

/** The socket's peer address, without the IPv4-mapped IPv6 prefix ("::ffff:127.0.0.1"). */
export function socketAddress(req: Pick<IncomingMessage, "socket">): string {
  const raw = req.socket?.remoteAddress ?? "";
  return raw.startsWith("::ffff:") && raw.includes(".") ? raw.slice(7) : raw;
}

/** Replaces any client-sent copy of the header with the address this server trusts. */
export function stampClientAddress(req: IncomingMessage): void {
  delete req.headers[CLIENT_ADDRESS_HEADER];
  const address = socketAddress(req);
  if (address) req.headers[CLIENT_ADDRESS_HEADER] = address;
}

// Checks scripts/web-server.ts makes on the raw request before Next.js sees it: what proxy.ts
// cannot check, because Next.js hides its router headers from the proxy and crashes on them
// (a malformed `Next-Router-State-Tree` is a 500 inside Next.js).
import type { IncomingMessage, ServerResponse } from "node:http";
import { createRequire } from "node:module";
import type * as RouterState from "next/dist/server/app-render/parse-and-validate-flight-router-state";
import { securityHeaders } from "./csp";

export interface GuardRefusal {
  status: 400;
  message: string;
}

// Next.js's own parser, so that what passes here is exactly what Next.js accepts.
const { parseAndValidateFlightRouterState } = createRequire(import.meta.url)(
  "next/dist/server/app-render/parse-and-validate-flight-router-state",
) as typeof RouterState;

/** The refusal for a request Next.js would answer with a 500, or null to let Next.js handle it. */
export function refuseBeforeNext(req: Pick<IncomingMessage, "headers">): GuardRefusal | null {
  const tree = req.headers["next-router-state-tree"];
  if (tree !== undefined) {
    try {
      parseAndValidateFlightRouterState(tree);
    } catch {
      return { status: 400, message: "The Next-Router-State-Tree header is not valid." };
    }
  }
  return null;
}

/** Sends a refusal as plain text with the site's security headers. */
export function writeRefusal(res: ServerResponse, { status, message }: GuardRefusal, https: boolean): void {
  res.writeHead(status, {
    "Content-Type": "text/plain; charset=utf-8",
    "Cache-Control": "no-store",
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    ...Object.fromEntries(securityHeaders({ https })),
  });
  res.end(message);
}

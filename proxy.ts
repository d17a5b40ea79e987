// Runs before every request Next.js answers (pages, server actions, route handlers): a fresh CSP
// nonce for each response, the security headers, and a 4xx for requests Next.js would answer
// with a 500 (see lib/http/request-checks.ts). The nonce plumbing lives here and in lib/http/csp.ts.
import { NextResponse, type NextRequest } from "next/server";
import { appUrl } from "@/lib/env";
import { contentSecurityPolicy, newNonce, securityHeaders } from "@/lib/http/csp";
import { crossSiteRefusal, serverActionRefusal, validPath, type Refusal } from "@/lib/http/request-checks";

const dev = process.env.NODE_ENV === "development";

function withHeaders(res: NextResponse, policy: string): NextResponse {
  res.headers.set("Content-Security-Policy", policy);
  for (const [k, v] of securityHeaders({ https: appUrl().startsWith("https:") })) res.headers.set(k, v);
  return res;
}

function refuse({ status, message }: Refusal, policy: string): NextResponse {
  const res = new NextResponse(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
  return withHeaders(res, policy);
}

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, { dev });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);

  const { pathname } = request.nextUrl;
  if (!validPath(pathname)) {
    // The site's own "not found" page, with a 404 (no route has this path). The rewrite keeps this
    // request's own origin (nextUrl), so Next.js renders it in place rather than proxying it.
    const notFound = request.nextUrl.clone();
    notFound.pathname = "/_not-found";
    notFound.search = "";
    const res = NextResponse.rewrite(notFound, {
      status: 404,
      request: { headers: requestHeaders },
    });
    return withHeaders(res, policy);
  }
  const refusal =
    crossSiteRefusal(request, appUrl()) ?? (await serverActionRefusal(request.clone(), pathname).catch(() => null));
  if (refusal) return refuse(refusal, policy);

  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), policy);
}

export const config = {
  // Static build files carry no HTML; everything else (pages, actions, APIs, errors) is covered.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};

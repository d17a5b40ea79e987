import "server-only";
// What every public JSON API answer shares: the per-address rate limit (429 + Retry-After),
// errors as JSON bodies, and conditional requests (ETag / Last-Modified, 304).
import { createHash } from "node:crypto";
import { clientIp } from "@/lib/auth/throttle";
import { appDb } from "@/lib/dal/context";
import { consumeRateLimit } from "@/lib/dal/internal/rate-limits";
import { env } from "@/lib/env";
import type { ErrorBody } from "@/lib/errors";
import { errorResponse } from "@/lib/http/json-response";

export const RATE_LIMIT_WINDOW_SECONDS = 60;

export interface ApiResult {
  body: unknown;
  /** The newest change the body reflects (Last-Modified), when known. */
  lastModified?: Date | null;
  /** Answer with a redirect instead (a merged team's old address). */
  redirect?: string;
}

const JSON_TYPE = "application/json; charset=utf-8";
// Clients may keep answers but must ask again each time: a 304 costs one cheap round trip.
const CACHEABLE = "public, no-cache";

// Open data: any web page may read the answers (no cookies are used: the API is anonymous).
const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Last-Modified, RateLimit-Policy, Retry-After",
};

function rateLimitPolicy(): string {
  return `${env().API_RATE_LIMIT_PER_MINUTE};w=${RATE_LIMIT_WINDOW_SECONDS}`;
}

function jsonError(status: number, body: ErrorBody, extra: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      "Content-Type": JSON_TYPE,
      "Cache-Control": "no-store",
      "RateLimit-Policy": rateLimitPolicy(),
      ...extra,
    },
  });
}

/** Counts the request against the caller's address; a Response when it is over the limit. */
export function checkApiRateLimit(request: Request): Response | null {
  const ip = clientIp(request.headers) ?? "unknown";
  const limit = env().API_RATE_LIMIT_PER_MINUTE;
  const d = consumeRateLimit(appDb(), `api:ip:${ip}`, { window: RATE_LIMIT_WINDOW_SECONDS, max: limit });
  if (d.allowed) return null;
  const wait = d.retryAfter ?? RATE_LIMIT_WINDOW_SECONDS;
  return jsonError(
    429,
    {
      error: {
        code: "rate_limited",
        message: `Too many requests: at most ${limit} a minute from one address. Try again in ${wait} second${wait === 1 ? "" : "s"}.`,
      },
    },
    { "Retry-After": String(wait) },
  );
}

const etagOf = (text: string) => `"${createHash("sha256").update(text).digest("base64url").slice(0, 27)}"`;
const opaque = (tag: string) => tag.trim().replace(/^W\//, "");

/** RFC 9110 §13.1: If-None-Match wins over If-Modified-Since; tags compare weakly. */
export function isNotModified(request: Request, etag: string, lastModified: Date | null | undefined): boolean {
  const inm = request.headers.get("if-none-match");
  if (inm !== null) return inm.trim() === "*" || inm.split(",").some((t) => opaque(t) === opaque(etag));
  const ims = request.headers.get("if-modified-since");
  if (ims === null || !lastModified) return false;
  const since = Date.parse(ims);
  return Number.isFinite(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

/**
 * Runs one public API request: rate limit, then the handler, then a JSON answer with validators
 * (or 304 when the client's copy is current). Thrown AppErrors become their 4xx JSON body.
 */
export async function publicApi(request: Request, handle: () => ApiResult | Promise<ApiResult>): Promise<Response> {
  try {
    const limited = checkApiRateLimit(request);
    if (limited) return limited;
    const result = await handle();
    if (result.redirect)
      return new Response(null, {
        status: 301,
        headers: {
          Location: result.redirect,
          "Cache-Control": "no-store",
          "RateLimit-Policy": rateLimitPolicy(),
          ...CORS,
        },
      });
    const text = JSON.stringify(result.body);
    const etag = etagOf(text);
    const headers: Record<string, string> = {
      ETag: etag,
      "Cache-Control": CACHEABLE,
      "RateLimit-Policy": rateLimitPolicy(),
      ...CORS,
    };
    if (result.lastModified) headers["Last-Modified"] = result.lastModified.toUTCString();
    if (isNotModified(request, etag, result.lastModified)) return new Response(null, { status: 304, headers });
    return new Response(text, { status: 200, headers: { ...headers, "Content-Type": JSON_TYPE } });
  } catch (err) {
    return errorResponse(err, { headers: { "Content-Type": JSON_TYPE, "RateLimit-Policy": rateLimitPolicy() } });
  }
}

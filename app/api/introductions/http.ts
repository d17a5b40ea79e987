// Shared by the introductions JSON API: its answers (lib/http/json-response, as every route
// handler), and JSON bodies that only a same-site script (never a cross-site form) can send.
import { appUrl } from "@/lib/env";
import { AppError, badRequest } from "@/lib/errors";
import { isCrossSite } from "@/lib/http/origin";
import { errorResponse, invalidResponse, jsonResponse } from "@/lib/http/json-response";

export const json = (body: unknown, status = 200): Response => jsonResponse(body, status);

/** The request limits count by the hour. */
export const fail = (err: unknown): Response => errorResponse(err, { retryAfterSeconds: 3600 });

/**
 * The request's JSON body. Requires `Content-Type: application/json` (a cross-site HTML form
 * cannot send it without a CORS preflight, which we never grant) and, when the browser sends an
 * Origin, that it is this site.
 */
export async function readJson(req: Request): Promise<unknown> {
  const type = req.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/json"))
    throw new AppError("bad_request", "Send JSON with Content-Type: application/json.");
  if (isCrossSite(req, appUrl())) throw new AppError("forbidden", "Cross-site requests are not accepted.");
  const text = await req.text();
  if (text.length > 64_000) throw badRequest("The request body is too large.");
  try {
    return JSON.parse(text);
  } catch {
    throw badRequest("The request body is not valid JSON.");
  }
}

/** Zod issues → the API's error body (400 with per-field messages). */
export const invalid = (issues: { path: PropertyKey[]; message: string }[]): Response => invalidResponse(issues);

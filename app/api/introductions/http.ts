// Shared by the introductions JSON API: error shaping, and JSON bodies that only a same-site
// script (never a cross-site form) can send.
import { NextResponse } from "next/server";
import { appUrl } from "@/lib/env";
import { AppError, badRequest, toErrorResponse } from "@/lib/errors";
import { isCrossSite } from "@/lib/http/origin";

const NO_STORE = { "Cache-Control": "no-store" };

export function json(body: unknown, status = 200): NextResponse {
  return NextResponse.json(body, { status, headers: NO_STORE });
}

export function fail(err: unknown): NextResponse {
  const { status, body } = toErrorResponse(err);
  const headers: Record<string, string> = { ...NO_STORE };
  if (status === 429) headers["Retry-After"] = "3600";
  return NextResponse.json(body, { status, headers });
}

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
export function invalid(issues: { path: PropertyKey[]; message: string }[]): NextResponse {
  const fields: Record<string, string> = {};
  for (const i of issues) fields[i.path.map(String).join(".") || "body"] ??= i.message;
  return fail(badRequest("Some fields are not valid.", fields));
}

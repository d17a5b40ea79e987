// The JSON answers of every route handler in app/: one shape for errors ({ error: { code, message,
// fields? } }, from lib/errors), never cached, never a stack trace. A handler does its work inside
// handleJson (or catches into errorResponse) and returns jsonResponse.
import { badRequest, toErrorResponse } from "@/lib/errors";

const NO_STORE = { "Cache-Control": "no-store" };

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...NO_STORE, ...headers } });
}

export interface ErrorResponseOptions {
  headers?: Record<string, string>;
  /** Sent as Retry-After with a 429. */
  retryAfterSeconds?: number;
}

/** Any thrown value as its JSON error answer: an AppError's status and message, else a bare 500. */
export function errorResponse(err: unknown, options: ErrorResponseOptions = {}): Response {
  const { status, body } = toErrorResponse(err);
  const headers: Record<string, string> = { ...NO_STORE, ...options.headers };
  if (status === 429 && options.retryAfterSeconds !== undefined)
    headers["Retry-After"] = String(options.retryAfterSeconds);
  return Response.json(body, { status, headers });
}

/** Zod issues as a 400 with one message per field ("body" for the body as a whole). */
export function invalidResponse(
  issues: readonly { path: PropertyKey[]; message: string }[],
  message = "Some fields are not valid.",
): Response {
  const fields: Record<string, string> = {};
  for (const i of issues) fields[i.path.map(String).join(".") || "body"] ??= i.message;
  return errorResponse(badRequest(message, fields));
}

/** Runs a handler; whatever it throws becomes its JSON error answer. */
export async function handleJson(
  run: () => Response | Promise<Response>,
  options?: ErrorResponseOptions,
): Promise<Response> {
  try {
    return await run();
  } catch (err) {
    return errorResponse(err, options);
  }
}

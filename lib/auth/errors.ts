import "server-only";
import { isAPIError } from "better-auth/api";

export interface AuthFailure {
  status: number;
  code: string;
  message: string;
}

/** A better-auth APIError as status + code + message; anything else is rethrown. */
export function authFailure(err: unknown): AuthFailure {
  if (!isAPIError(err)) throw err;
  const body = (err.body ?? {}) as { code?: string; message?: string };
  return { status: err.statusCode, code: body.code ?? String(err.status), message: body.message ?? "Request failed" };
}

// Application errors, each mapped once to an HTTP status and a message a person can act on.

export type ErrorCode = "bad_request" | "unauthenticated" | "forbidden" | "not_found" | "conflict" | "rate_limited";

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
};

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Per-field messages for forms and JSON bodies. */
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = "AppError";
  }
  get status(): number {
    return STATUS[this.code];
  }
}

export const badRequest = (message: string, fields?: Record<string, string>) =>
  new AppError("bad_request", message, fields);
export const notFound = (message = "Not found.") => new AppError("not_found", message);
/** Told of every refusal (lib/dal/context installs one that records a security event). */
export type DenialReporter = (message: string) => void;
const denials = globalThis as unknown as { __atlasDenialReporter?: DenialReporter };
export function setDenialReporter(reporter: DenialReporter | undefined): void {
  denials.__atlasDenialReporter = reporter;
}

export const forbidden = (message = "You do not have permission to do that.") => {
  try {
    denials.__atlasDenialReporter?.(message);
  } catch {
    // Reporting must never change the answer.
  }
  return new AppError("forbidden", message);
};
export const conflict = (message: string) => new AppError("conflict", message);

export interface ErrorBody {
  error: { code: ErrorCode | "internal"; message: string; fields?: Record<string, string> };
}

/** Shapes any thrown value as a JSON body and status; unknown errors never leak their details. */
export function toErrorResponse(err: unknown): { status: number; body: ErrorBody } {
  if (err instanceof AppError) {
    return { status: err.status, body: { error: { code: err.code, message: err.message, fields: err.fields } } };
  }
  console.error(err);
  return { status: 500, body: { error: { code: "internal", message: "Something went wrong on our side." } } };
}

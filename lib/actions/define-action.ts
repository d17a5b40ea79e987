import "server-only";
// The one way to write a server action. An action is a public HTTP endpoint whatever the page
// shows, so every one goes through the same steps, in the same order:
//   1. the person's input is kept (minus secrets) for any error answer;
//   2. the request context is resolved (auth "user" | "any"), and "user" refuses without a session;
//   3. the form is parsed (a zod schema and its input, or a parser of the same shape);
//   4. an idempotent form must carry its key (README "Idempotent forms");
//   5. run() does the work and returns the answer, or redirectTo(url);
// and anything thrown becomes form state: an AppError its message and fields, anything else a
// generic message (logged, never shown). The redirect happens outside that error handling.
import { redirect } from "next/navigation";
import type { z } from "zod";
import type { DalContext } from "@/lib/dal/context";
import { requestContext } from "@/lib/dal/request-context";
import { formError, keepValues, toFormState, type FormState } from "@/lib/form-state";
import { isSignedIn, type UserViewer } from "@/lib/policy/viewer-kinds";
import { fieldErrorsOf, formString, type FieldErrors } from "@/lib/validation/form";
import { FORM_EXPIRED, idempotencyKeyOf } from "@/lib/validation/idempotency";

/** The one answer to an action called without a session (auth "user"). */
export const NOT_SIGNED_IN = "Your session has ended. Please sign in again.";
/** A form whose hidden fields no longer match anything (a stale page or a forged post). */
export const OUT_OF_DATE = "This form is out of date. Reload the page.";
export const CHECK_FIELDS = "Check the highlighted fields.";

export type Values = Record<string, string>;
export type Parsed<T> = { ok: true; value: T } | { ok: false; fields: FieldErrors };

/** "user": a signed-in person is required; "any": the DAL decides (guests too); "none": no context. */
export type Auth = "user" | "any" | "none";
export type ContextFor<A extends Auth> = A extends "user"
  ? DalContext & { viewer: UserViewer }
  : A extends "any"
    ? DalContext
    : undefined;

/** A form's state: FormState, or a form's own states beside it (two-step sign-in's set-up steps). */
export interface StateLike {
  status: string;
}

export interface Redirect {
  readonly redirectTo: string;
}
/** Ends the action on another page (after a write, so a reload does not post again). */
export const redirectTo = (url: string): Redirect => ({ redirectTo: url });

/** The form's text fields, by name (absent ones undefined), as a schema's input. */
export const fields = (fd: FormData, names: readonly string[]): Record<string, string | undefined> =>
  Object.fromEntries(names.map((n) => [n, formString(fd, n)]));

export interface RunArgs<A extends Auth, T, I extends boolean> {
  ctx: ContextFor<A>;
  input: T;
  fd: FormData;
  values: Values;
  /** The form's idempotency key (idempotent actions only). */
  key: I extends true ? string : undefined;
}

export interface ActionSpec<A extends Auth, T, I extends boolean, R extends StateLike> {
  auth: A;
  /** The message for auth "user" without a session, when this form needs a more specific one. */
  notSignedIn?: string;
  /** The form's schema and its input, picked from the form (and from who asks, when it depends on that)… */
  schema?: z.ZodType<T>;
  input?: (fd: FormData, ctx: ContextFor<A>) => unknown;
  /** …or a parser of the same shape, for forms no one schema describes. */
  parse?: (fd: FormData, ctx: ContextFor<A>) => Parsed<T>;
  /** The answer when parsing fails: a message beside the field errors (default CHECK_FIELDS), or a whole state. */
  invalid?: string | ((fields: FieldErrors) => FormState);
  /** The form carries an idempotency key, required before run(). */
  idempotent?: I;
  /** Field messages of a thrown AppError are dropped (the fields are on another page). */
  dropErrorFields?: boolean;
  /** Completes every error answer (the team editor sends back its draft). */
  onError?: (state: FormState, fd: FormData) => R;
  run: (args: RunArgs<A, T, I>) => NoInfer<R> | FormState | Redirect | Promise<NoInfer<R> | FormState | Redirect>;
}

const isRedirect = (x: unknown): x is Redirect =>
  typeof x === "object" && x !== null && typeof (x as Redirect).redirectTo === "string";

/** A server action `(prevState, formData) => state` for useActionState. */
export function defineAction<A extends Auth, T, R extends StateLike = FormState, I extends boolean = false>(
  spec: ActionSpec<A, T, I, R>,
): (prev: R | FormState, fd: FormData) => Promise<R | FormState> {
  const finish = (state: R | FormState, fd: FormData, values: Values): R => {
    if (state.status !== "error") return state as R;
    const error = state as FormState;
    const kept = error.values === undefined ? { ...error, values } : error;
    return spec.onError ? spec.onError(kept, fd) : (kept as R);
  };

  return async (_prev, fd) => {
    const values = keepValues(fd);
    let outcome: R | FormState | Redirect;
    try {
      outcome = await steps(spec, fd, values);
    } catch (err) {
      const state = toFormState(err, values);
      outcome = spec.dropErrorFields ? { ...state, fields: undefined } : state;
    }
    if (isRedirect(outcome)) redirect(outcome.redirectTo);
    return finish(outcome, fd, values);
  };
}

function parseWith<A extends Auth, T>(
  spec: Pick<ActionSpec<A, T, boolean, FormState>, "schema" | "input" | "parse">,
  fd: FormData,
  ctx: ContextFor<A>,
): Parsed<T> {
  if (spec.parse) return spec.parse(fd, ctx);
  if (!spec.schema || !spec.input) throw new Error("defineAction: give schema and input, or parse");
  const r = spec.schema.safeParse(spec.input(fd, ctx));
  return r.success ? { ok: true, value: r.data } : { ok: false, fields: fieldErrorsOf(r.error) };
}

async function steps<A extends Auth, T, I extends boolean, R extends StateLike>(
  spec: ActionSpec<A, T, I, R>,
  fd: FormData,
  values: Values,
): Promise<R | FormState | Redirect> {
  const ctx = (spec.auth === "none" ? undefined : await requestContext()) as ContextFor<A>;
  if (spec.auth === "user" && !isSignedIn((ctx as DalContext).viewer))
    return formError(spec.notSignedIn ?? NOT_SIGNED_IN);
  const parsed = parseWith(spec, fd, ctx);
  if (!parsed.ok) {
    const invalid = spec.invalid ?? CHECK_FIELDS;
    return typeof invalid === "string" ? formError(invalid, parsed.fields) : invalid(parsed.fields);
  }
  let key: string | undefined;
  if (spec.idempotent) {
    const k = idempotencyKeyOf(fd);
    if (!k) return formError(FORM_EXPIRED, undefined, values);
    key = k;
  }
  return spec.run({ ctx, input: parsed.value, fd, values, key: key as RunArgs<A, T, I>["key"] });
}

// Server actions are public endpoints, and React hands them whatever arguments the request
// encodes. Every action of this app is a form action with one of two signatures:
// - `(previousState, formData)` — forms driven by useActionState (all but the ones below);
// - `(formData)` — plain `<form action={…}>` forms: FORM_ONLY_ACTIONS.
// A request whose arguments do not have the action's shape would crash the action (a 500), so
// proxy.ts refuses it with a 400. tests check that every exported action has one of these shapes.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const FORM_ONLY_ACTIONS: ReadonlySet<string> = new Set(["signOutAction"]);

type Shape = "state" | "form";

let shapes: Map<string, Shape> | null = null;

/** Action id → shape, from the build's manifest (read once); empty when there is no build. */
export function actionShapes(dir = process.cwd()): Map<string, Shape> {
  if (shapes) return shapes;
  const out = new Map<string, Shape>();
  try {
    const manifest = JSON.parse(
      readFileSync(join(dir, ".next", "server", "server-reference-manifest.json"), "utf8"),
    ) as {
      node?: Record<string, { exportedName?: string }>;
    };
    for (const [id, entry] of Object.entries(manifest.node ?? {}))
      if (entry.exportedName) out.set(id, FORM_ONLY_ACTIONS.has(entry.exportedName) ? "form" : "state");
  } catch {
    // No manifest (development, tests): shapes are not checked; React's own checks remain.
  }
  shapes = out;
  return out;
}

const FORM_DATA = /^\$K[0-9a-f]{1,8}$/;

/** For a fetch call (Next-Action header): the decoded root of the arguments. */
export function fetchArgumentsProblem(shape: Shape | undefined, root: unknown): string | null {
  if (shape === undefined) return null; // an unknown action: Next.js answers that itself
  if (!Array.isArray(root)) return "the action was sent the wrong arguments.";
  // Next.js leaves out arguments an action never reads (the id's first byte says which): a form
  // action that ignores its form, like signOutAction, is called with none.
  if (shape === "form" && root.length === 0) return null;
  const expected = shape === "form" ? 1 : 2;
  if (root.length !== expected) return "the action was sent the wrong arguments.";
  const last: unknown = root[expected - 1];
  return typeof last === "string" && FORM_DATA.test(last) ? null : "the action was not sent a form.";
}

/**
 * For a no-script form post: `$ACTION_ID_<id>` calls the action with the form alone, and
 * `$ACTION_REF_<n>` with its bound arguments (the previous state) and then the form.
 */
export function formPostProblem(fields: ReadonlyMap<string, string>, ids: Map<string, Shape>): string | null {
  for (const [name] of fields) {
    const plain = /^\$ACTION_ID_(.+)$/.exec(name);
    if (plain) {
      const shape = ids.get(plain[1]!);
      if (shape === "state") return "this form needs the page's script, or a fresh copy of the page.";
    }
    const ref = /^\$ACTION_REF_(\d{1,6})$/.exec(name);
    if (ref) {
      const head = parseJson(fields.get(`$ACTION_${ref[1]}:0`));
      if (!isRecord(head) || typeof head.id !== "string") return "the form's action is not valid.";
      const shape = ids.get(head.id);
      if (shape === undefined) continue;
      const bound = head.bound;
      if (shape === "form") {
        if (bound !== null && bound !== undefined) return "the action was sent the wrong arguments.";
        continue;
      }
      const at = typeof bound === "string" ? /^\$@([0-9a-f]{1,8})$/.exec(bound) : null;
      const args = at ? parseJson(fields.get(`$ACTION_${ref[1]}:${parseInt(at[1]!, 16)}`)) : undefined;
      if (!Array.isArray(args) || args.length !== 1) return "the action was sent the wrong arguments.";
    }
  }
  return null;
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

// A conservative check of a server action's encoded arguments, before React decodes them. React
// turns a malformed reply (bad JSON in a field, a reference to a part that is not there, a
// reference type the app never sends) into an uncaught error and Next.js into a 500. The forms of
// this app only send plain values, FormData and Dates; anything else is refused with a 400.

type Parts = ReadonlyMap<string, string>;

const MAX_DEPTH = 64;
const MAX_PARTS = 1000;

/**
 * The problem with a reply, or null when React can decode it. `parts` are the body's string fields
 * (multipart) — or only "0" for a text body — and `prefix` the field-name prefix of a no-script
 * form's reply ("$ACTION_1:" for `$ACTION_1:0`).
 */
export function replyProblem(parts: Parts, prefix = ""): string | null {
  if (parts.size > MAX_PARTS) return "Too many parts.";
  const seen = new Set<string>();
  const visit = (id: string, depth: number): string | null => {
    if (seen.has(id)) return null;
    seen.add(id);
    const text = parts.get(prefix + id);
    if (text === undefined) return `Part ${id} is missing.`;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return `Part ${id} is not valid JSON.`;
    }
    return walk(value, depth);
  };
  const walk = (value: unknown, depth: number): string | null => {
    if (depth > MAX_DEPTH) return "The arguments are nested too deeply.";
    if (typeof value === "string") return stringProblem(value, (id) => visit(id, depth + 1));
    if (Array.isArray(value)) {
      for (const v of value) {
        const p = walk(v, depth + 1);
        if (p) return p;
      }
      return null;
    }
    if (value !== null && typeof value === "object") {
      for (const v of Object.values(value)) {
        const p = walk(v, depth + 1);
        if (p) return p;
      }
    }
    return null;
  };
  return visit("0", 0);
}

const HEX = /^[0-9a-f]{1,8}$/;

function stringProblem(s: string, follow: (id: string) => string | null): string | null {
  if (s[0] !== "$") return null;
  const tag = s[1];
  const rest = s.slice(2);
  switch (tag) {
    case "$": // an escaped string that starts with "$"
    case "u": // undefined
    case "I": // Infinity
    case "N": // NaN
    case "-": // -0 / -Infinity
    case undefined:
      return null;
    case "D":
      return Number.isNaN(Date.parse(rest)) ? "A date argument is not valid." : null;
    case "n":
      return /^-?\d{1,300}$/.test(rest) ? null : "A number argument is not valid.";
    case "K": // FormData: the fields named <id>_…
      return HEX.test(rest) ? null : "A form argument is not valid.";
    case "@": // a promise, a Map, a Set, an iterator: their value is another part
    case "Q":
    case "W":
    case "i":
      return HEX.test(rest) ? follow(String(parseInt(rest, 16))) : "A reference argument is not valid.";
    default:
      // "$<hex>": an outlined value in another part. Every other tag (temporary references, typed
      // arrays, streams, blobs, server references…) is never sent by this app's forms.
      if (HEX.test(s.slice(1))) return follow(String(parseInt(s.slice(1), 16)));
      return "The arguments hold a value this site does not accept.";
  }
}

/** A no-script form post: `$ACTION_REF_<n>` and its `$ACTION_<n>:<m>` parts must decode too. */
export function formActionProblem(fields: Parts): string | null {
  for (const [name] of fields) {
    const ref = /^\$ACTION_REF_(\d{1,6})$/.exec(name);
    if (ref) {
      const p = replyProblem(fields, `$ACTION_${ref[1]}:`);
      if (p) return p;
    }
  }
  for (const [name, value] of fields) {
    if (/^\$ACTION_\d+:\d+$/.test(name)) {
      try {
        JSON.parse(value);
      } catch {
        return "A form part is not valid JSON.";
      }
    }
  }
  return null;
}

// Where to go after signing in: only a path on this site, under one of its own page prefixes.
// Anything else (another origin, "//host", "/\thost", backslashes, control characters, encoded
// versions of them, the sign-in pages themselves) gives the caller's safe default.

/** First path segments of the site's own pages a person may be sent back to. */
export const NEXT_PATH_PREFIXES: ReadonlySet<string> = new Set([
  "about",
  "account",
  "admin",
  "broker",
  "collections",
  "compare",
  "countries",
  "curate",
  "dashboard",
  "institutions",
  "introductions",
  "saved-searches",
  "search",
  "shortlist",
  "teams",
  "welcome",
]);

const BASE = "http://atlas.invalid";
// Control characters (tab, CR, LF…), backslashes and whitespace: browsers strip or rewrite them.
const UNSAFE = /[\u0000-\u0020\u007f\\]/;

function decodedFully(value: string): string | null {
  let current = value;
  for (let i = 0; i < 4; i++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return null;
    }
    if (next === current) return current;
    current = next;
  }
  return current;
}

/** A same-site path to return to after signing in, normalised by the URL parser; else `fallback`. */
export function safeNextPath(value: unknown, fallback = "/account"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 500) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || UNSAFE.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE || url.username || url.password) return fallback;
  const path = url.pathname;
  // The path once the browser (or a second server) decodes it: still no tricks.
  const decoded = decodedFully(path);
  if (decoded === null || UNSAFE.test(decoded) || decoded.includes("//")) return fallback;
  const first = path.split("/")[1] ?? "";
  if (path !== "/" && !NEXT_PATH_PREFIXES.has(first)) return fallback;
  return `${path}${url.search}${url.hash}`;
}

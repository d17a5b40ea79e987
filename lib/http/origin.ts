// The one place that reads an `Origin` header. Browsers send `Origin: null` (sandboxed frames,
// privacy redirects) and attackers send anything, so the header is parsed defensively: anything
// that is not an http(s) origin naming one of this site's hosts is cross-site.

export type OriginVerdict = "absent" | "same" | "cross";

/** The host (with port) an origin names, or null when it is not an http(s) origin. */
export function originHost(origin: string): string | null {
  if (!URL.canParse(origin)) return null;
  const url = new URL(origin);
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  return url.host.toLowerCase();
}

/**
 * Whether `origin` (the header's value, null when not sent) is one of `hosts` (the request's Host,
 * and the host of APP_URL). A missing header is "absent": same-site navigations and non-browser
 * clients do not always send one, and the other checks (JSON content type, session cookie with
 * SameSite=Lax) still apply.
 */
export function originVerdict(
  origin: string | null | undefined,
  hosts: readonly (string | null | undefined)[],
): OriginVerdict {
  if (origin === null || origin === undefined || origin === "") return "absent";
  const host = originHost(origin.trim());
  if (!host) return "cross";
  return hosts.some((h) => typeof h === "string" && h.toLowerCase() === host) ? "same" : "cross";
}

/** The hosts a request may legitimately come from: its own Host (as the client sent it) and APP_URL's. */
export function siteHosts(headers: Headers, appUrl?: string): string[] {
  const out: string[] = [];
  for (const h of [headers.get("x-forwarded-host"), headers.get("host")]) if (h) out.push(h.split(",")[0]!.trim());
  if (appUrl && URL.canParse(appUrl)) out.push(new URL(appUrl).host);
  return out;
}

/** True when the request carries an Origin that is not this site (refuse it with 403). */
export function isCrossSite(req: Request, appUrl?: string): boolean {
  return originVerdict(req.headers.get("origin"), siteHosts(req.headers, appUrl)) === "cross";
}

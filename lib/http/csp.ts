// The Content-Security-Policy and the other security headers, in one place. proxy.ts makes a fresh
// nonce for every request and passes the policy to Next.js in the request headers; Next.js reads
// the nonce from it and puts it on its own scripts, so no script runs without it.

/** 128 random bits, base64: unpredictable and new for every response (never cache a page with it). */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

export interface PolicyOptions {
  /** Development: React's overlay needs eval. */
  dev?: boolean;
}

export function contentSecurityPolicy(nonce: string, { dev = false }: PolicyOptions = {}): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': the nonced bootstrap may load Next's chunks; nothing else runs. 'self' and
    // https: are ignored by browsers that know strict-dynamic, and only keep old ones working.
    `script-src 'nonce-${nonce}' 'strict-dynamic' 'self'${dev ? " 'unsafe-eval'" : ""}`,
    // React writes style attributes (progress bars, map positions); style injection cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Headers every response carries besides the CSP. HSTS only when the site is served over https. */
export function securityHeaders({ https }: { https: boolean }): [string, string][] {
  const headers: [string, string][] = [
    ["Cross-Origin-Opener-Policy", "same-origin"],
    ["Cross-Origin-Resource-Policy", "same-origin"],
    ["Referrer-Policy", "strict-origin-when-cross-origin"],
    ["X-Content-Type-Options", "nosniff"],
    ["X-Frame-Options", "DENY"],
    ["Permissions-Policy", "camera=(), microphone=(), geolocation=()"],
  ];
  if (https) headers.push(["Strict-Transport-Security", "max-age=63072000; includeSubDomains"]);
  return headers;
}

/** The nonce a policy carries (what Next.js extracts), for tests. */
export function nonceOf(policy: string): string | null {
  return /'nonce-([^']+)'/.exec(policy)?.[1] ?? null;
}

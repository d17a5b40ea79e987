// Which of the auth library's endpoints answer over HTTP at /api/auth/*. Every form (sign-in and
// its second step, sign-out, reset, e-mail and password changes, two-step set-up) is the app's
// own server action calling auth.api with the app's limits, throttles and notices, so over HTTP
// only the links we e-mail are needed. Everything else answers 404: no JSON sign-in handing a
// session token to scripts, no get-session or list-sessions, no change-password or change-email
// that would skip the account page's password check, throttle and notice.
import type { BetterAuthPlugin } from "better-auth";

export const AUTH_BASE_PATH = "/api/auth";

/** The endpoints that stay on, with why. */
export const HTTP_ENDPOINTS: readonly { method: "GET"; path: string | RegExp; why: string }[] = [
  { method: "GET", path: "/verify-email", why: "the link in the confirm-your-address and new-address e-mails" },
  { method: "GET", path: /^\/reset-password\/[A-Za-z0-9_-]{1,200}$/, why: "the link in the password-reset e-mail" },
  { method: "GET", path: "/error", why: "the library's error page for a broken link" },
  { method: "GET", path: "/ok", why: "a health check that reveals nothing" },
];

/** Whether a request to /api/auth/* reaches the library. */
export function httpEndpointAllowed(method: string, pathname: string): boolean {
  if (!pathname.startsWith(`${AUTH_BASE_PATH}/`)) return false;
  const path = pathname.slice(AUTH_BASE_PATH.length);
  return HTTP_ENDPOINTS.some(
    (e) => e.method === method.toUpperCase() && (typeof e.path === "string" ? e.path === path : e.path.test(path)),
  );
}

const notFound = () =>
  new Response(JSON.stringify({ code: "NOT_FOUND", message: "Not found" }), {
    status: 404,
    headers: { "content-type": "application/json" },
  });

/** A plugin that answers 404 to every HTTP request outside HTTP_ENDPOINTS (auth.api calls are unaffected). */
export function httpAllowList(): BetterAuthPlugin {
  return {
    id: "atlas-http-allow-list",
    async onRequest(request) {
      let pathname: string;
      try {
        pathname = new URL(request.url).pathname;
      } catch {
        return { response: notFound() };
      }
      if (!httpEndpointAllowed(request.method, pathname.replace(/\/+$/, ""))) return { response: notFound() };
    },
  };
}

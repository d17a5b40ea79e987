import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { getAuth } from "@/lib/auth/auth";
import { setDenialReporter } from "@/lib/errors";
import { clientAddressOf, REQUEST_PATH_HEADER } from "@/lib/http/client-address";
import { ANONYMOUS } from "@/lib/viewer";
import { loadViewer } from "./accounts/internal/viewer";
import { appDb, type DalContext } from "./context";
import { recordSecurityEvent } from "./accounts/internal/security-events";

/**
 * Context for the current request: the session cookie, checked by the auth library, then the
 * user's role and active memberships from the database (so a role change or suspension applies
 * on the very next request). Memoised per request; server actions and route handlers call it
 * again themselves — nothing trusts what a page showed.
 */
export const requestContext = cache(async (): Promise<DalContext> => {
  const h = await headers();
  const db = appDb();
  const session = await getAuth().api.getSession({ headers: h });
  return { db, viewer: session ? loadViewer(db, session.user.id) : ANONYMOUS };
});

/** Every permission refusal in a request becomes an "access.denied" security event. */
async function reportDenial(message: string): Promise<void> {
  try {
    const h = await headers();
    const { db, viewer } = await requestContext();
    recordSecurityEvent(db, {
      event: "access.denied",
      userId: viewer.kind === "user" ? viewer.id : null,
      ip: clientAddressOf(h),
      route: h.get(REQUEST_PATH_HEADER),
      detail: { message: message.slice(0, 200) },
    });
  } catch {
    // Outside a request (scripts, tests): nothing to report.
  }
}
setDenialReporter((message) => void reportDenial(message));

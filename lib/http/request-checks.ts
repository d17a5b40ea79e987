// Checks proxy.ts makes before Next.js sees a request, each answering what Next.js would otherwise
// turn into a 500: a path that is not valid percent-encoding, a cross-site write, and server
// action arguments React cannot decode.
import { isCrossSite } from "./origin";
import { formActionProblem, replyProblem } from "./server-action-body";
import { actionShapes, fetchArgumentsProblem, formPostProblem } from "./server-action-shapes";

export interface Refusal {
  status: 400 | 403 | 404;
  message: string;
}

/** Whether every segment of a path is valid percent-encoded UTF-8 (Next.js throws on `/teams/%ff`). */
export function validPath(pathname: string): boolean {
  try {
    for (const segment of pathname.split("/")) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Route handlers that take POST bodies themselves (server actions live only on pages). */
const OWN_BODY_PREFIXES = ["/api/", "/curate/import/upload"];

export function crossSiteRefusal(req: Request, appUrl: string): Refusal | null {
  if (SAFE_METHODS.has(req.method) || !isCrossSite(req, appUrl)) return null;
  return { status: 403, message: "Cross-site requests are not accepted." };
}

/** A server action's body, checked the way React will decode it. `req` must be a clone. */
export async function serverActionRefusal(req: Request, pathname: string): Promise<Refusal | null> {
  if (req.method !== "POST" || OWN_BODY_PREFIXES.some((p) => pathname.startsWith(p))) return null;
  const type = (req.headers.get("content-type") ?? "").toLowerCase();
  const actionId = req.headers.get("next-action");
  const multipart = type.startsWith("multipart/form-data");
  if (actionId === null && !multipart) return null;
  const bad = (message: string): Refusal => ({ status: 400, message: `The form could not be read: ${message}` });
  const parts = new Map<string, string>();
  if (multipart) {
    let fd: FormData;
    try {
      fd = await req.formData();
    } catch {
      return bad("the form data is malformed.");
    }
    for (const [k, v] of fd.entries()) if (typeof v === "string") parts.set(k, v);
  } else {
    parts.set("0", await req.text());
  }
  const problem =
    actionId !== null
      ? (replyProblem(parts) ?? fetchArgumentsProblem(actionShapes().get(actionId), JSON.parse(parts.get("0")!)))
      : (formActionProblem(parts) ?? formPostProblem(parts, actionShapes()));
  return problem ? bad(problem) : null;
}

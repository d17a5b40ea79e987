import "server-only";
// A page for signed-in people only: anyone else goes to the sign-in page, and comes back after.
import { redirect } from "next/navigation";
import type { DalContext } from "@/lib/dal/context";
import { isSignedIn, type UserViewer } from "@/lib/policy/viewer-kinds";

export type SignedInContext = DalContext & { viewer: UserViewer };

/** Redirects to /sign-in?next=… without a session; afterwards `ctx.viewer` is the signed-in person. */
export function requireSignedIn(ctx: DalContext, next: string): asserts ctx is SignedInContext {
  if (!isSignedIn(ctx.viewer)) redirect(`/sign-in?next=${next}`);
}

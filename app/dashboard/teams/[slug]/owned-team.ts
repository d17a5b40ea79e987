import { requireSignedIn } from "@/lib/auth/require-sign-in";
import "server-only";
import { notFound } from "next/navigation";
import type { DalContext } from "@/lib/dal/context";
import { requestContext } from "@/lib/dal/request-context";
import { getTeamForOwner, type EditableTeam } from "@/lib/dal/teams/owner-queries";
import { AppError } from "@/lib/errors";
import { slugParam } from "@/lib/validation/browse";

/**
 * The listing a dashboard page is about, for its owners and curators: signed-out visitors go to
 * sign-in, and a bad slug or a listing the viewer may not see is a plain 404 (its existence is
 * not leaked).
 */
export async function loadOwnedTeam(slug: string): Promise<{ ctx: DalContext; team: EditableTeam }> {
  const ctx = await requestContext();
  requireSignedIn(ctx, `/dashboard`);
  const s = slugParam.safeParse(slug);
  if (!s.success) notFound();
  try {
    return { ctx, team: getTeamForOwner(ctx, s.data) };
  } catch (err) {
    if (err instanceof AppError) notFound();
    throw err;
  }
}

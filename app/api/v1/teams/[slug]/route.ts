import { teamDetailBody } from "@/lib/api/bodies";
import { publicApi } from "@/lib/api/http";
import { publicContext } from "@/lib/dal/context";
import { resolveMergedSlug } from "@/lib/dal/curation/duplicates";
import { lastRegisterChange } from "@/lib/dal/register/open-data";
import { getTeam } from "@/lib/dal/teams/public";
import { appUrl } from "@/lib/env";
import { notFound } from "@/lib/errors";
import { findSimilarTeams } from "@/lib/search/similar-teams";
import { noQuerySchema, parseApiQuery, parsePathParams, teamSlugPath } from "@/lib/validation/api";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/teams/:slug — one published team's public profile (never its contact e-mail), with
 * up to 6 teams of similar expertise. A listing merged into another answers 301 to the survivor;
 * anything else unpublished is a 404.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const path = parsePathParams(teamSlugPath, await params);
  return publicApi(request, async () => {
    parseApiQuery(noQuerySchema, new URL(request.url).searchParams);
    const ctx = publicContext();
    const team = path ? getTeam(ctx, path.slug) : null;
    if (!team || team.status !== "published") {
      const survivor = path ? resolveMergedSlug(ctx, path.slug) : null;
      if (survivor) return { body: null, redirect: `${appUrl()}/api/v1/teams/${survivor}` };
      throw notFound("No published team has that address.");
    }
    const similar = await findSimilarTeams(ctx, team.slug);
    // The similar teams depend on every other listing, so the answer changes with the register.
    return { body: teamDetailBody(team, similar?.teams ?? []), lastModified: lastRegisterChange(ctx) };
  });
}

import { similarTeamBody } from "@/lib/api/bodies";
import { publicApi } from "@/lib/api/http";
import { publicContext } from "@/lib/dal/context";
import { lastRegisterChange } from "@/lib/dal/register/open-data";
import { notFound } from "@/lib/errors";
import { findSimilarTeams } from "@/lib/search/similar-teams";
import { parseApiQuery, parsePathParams, teamSlugPath } from "@/lib/validation/api";
import { SIMILAR_API_LIMITS, similarTeamsQuerySchema } from "@/lib/validation/similar";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/teams/{slug}/similar?limit=1…12 (default 6) — published teams with expertise like
 * this team's, never the team itself, with what they share ("why it matched"). 404 when there is
 * no published team at that address.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const path = parsePathParams(teamSlugPath, await params);
  return publicApi(request, async () => {
    const { limit } = parseApiQuery(similarTeamsQuerySchema, new URL(request.url).searchParams);
    const ctx = publicContext();
    const similar = path ? await findSimilarTeams(ctx, path.slug, limit ?? SIMILAR_API_LIMITS.defaultLimit) : null;
    if (!path || !similar) throw notFound("There is no published team at that address.");
    return {
      body: { team: path.slug, basedOn: similar.basedOn, results: similar.teams.map(similarTeamBody) },
      lastModified: lastRegisterChange(ctx),
    };
  });
}

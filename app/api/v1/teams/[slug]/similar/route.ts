import { NextResponse } from "next/server";
import { publicContext } from "@/lib/dal/context";
import { notFound, toErrorResponse } from "@/lib/errors";
import { findSimilarTeams, similarTeamJson } from "@/lib/search/similar-teams";
import { parseSimilarTeamsRequest } from "@/lib/validation/similar";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/teams/{slug}/similar?limit=1…12 (default 6) — published teams with expertise like
 * this team's, never the team itself, with what they share ("why it matched"). 404 when there is
 * no published team at that address.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  try {
    const { slug, limit } = parseSimilarTeamsRequest((await params).slug, new URL(request.url).searchParams);
    const similar = await findSimilarTeams(publicContext(), slug, limit);
    if (!similar) throw notFound("There is no published team at that address.");
    return NextResponse.json(
      { team: slug, basedOn: similar.basedOn, results: similar.teams.map(similarTeamJson) },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (err) {
    const { status, body } = toErrorResponse(err);
    return NextResponse.json(body, { status, headers: { "Cache-Control": "no-store" } });
  }
}

import { NextResponse } from "next/server";
import { publicContext } from "@/lib/dal/context";
import { toErrorResponse } from "@/lib/errors";
import { runTeamSearch } from "@/lib/search/service";
import { parseSearchApiParams } from "@/lib/validation/search";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/teams?q=&country=&region=&field=&knowledgeType=&engagementMode=&costBand=&sector=
 * &language=&availability=&sort=relevance|updated&page=&pageSize= — the same search as /search.
 * Repeated facet parameters are OR-ed; facets are AND-ed; an empty q lists every matching team.
 */
export async function GET(request: Request) {
  try {
    const params = parseSearchApiParams(new URL(request.url).searchParams);
    // A client paging through results is still running one search: record it on page 1 only.
    const result = await runTeamSearch(publicContext(), params, { record: params.page === 1 });
    return NextResponse.json(
      {
        results: result.hits.map((h) => ({
          slug: h.team.slug,
          name: h.team.name,
          institution: h.team.institution.name,
          country: h.team.institution.countryCode,
          summary: h.team.summary,
          score: h.score,
          matchedFields: h.matchedFields,
          isDemo: h.team.isDemo,
        })),
        total: result.total,
        page: result.page,
        pageCount: result.pageCount,
        facets: result.facets,
        didYouMean: result.didYouMean,
        ignoredTerms: result.ignoredTerms ?? [],
      },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (err) {
    const { status, body } = toErrorResponse(err);
    return NextResponse.json(body, { status, headers: { "Cache-Control": "no-store" } });
  }
}

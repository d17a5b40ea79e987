import { NextResponse } from "next/server";
import { publicContext } from "@/lib/dal/context";
import { toErrorResponse } from "@/lib/errors";
import { runTeamSearch } from "@/lib/search/service";
import { parseSearchApiParams } from "@/lib/validation/search";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/teams?q=&country=&region=&field=&knowledgeType=&engagementMode=&costBand=&sector=
 * &language=&availability=&sort=relevance|updated&page=&pageSize=&drop= — the same search as /search.
 * q is up to 5,000 characters (a pasted problem; reduced to its most telling words, listed in
 * usedTerms); drop (repeated) leaves words out; a q with no letter or digit is a 400.
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
          ...(h.typoOnly ? { typoOnly: true } : {}),
          isDemo: h.team.isDemo,
        })),
        total: result.total,
        page: result.page,
        pageCount: result.pageCount,
        facets: result.facets,
        didYouMean: result.didYouMean,
        ignoredTerms: result.ignoredTerms ?? [],
        usedTerms: result.usedTerms ?? [],
        droppedTerms: result.droppedTerms ?? [],
        unmatchedTerms: result.unmatchedTerms ?? [],
        ...(result.languageNote ? { languageNote: result.languageNote } : {}),
      },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (err) {
    const { status, body } = toErrorResponse(err);
    return NextResponse.json(body, { status, headers: { "Cache-Control": "no-store" } });
  }
}

import { publicApi } from "@/lib/api/http";
import { teamSearchBody } from "@/lib/api/bodies";
import { publicContext } from "@/lib/dal/context";
import { lastRegisterChange } from "@/lib/dal/register/open-data";
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
  return publicApi(request, async () => {
    const params = parseSearchApiParams(new URL(request.url).searchParams);
    const ctx = publicContext();
    // A client paging through results is still running one search: record it on page 1 only.
    const result = await runTeamSearch(ctx, params, { record: params.page === 1 });
    return { body: teamSearchBody(result), lastModified: lastRegisterChange(ctx) };
  });
}

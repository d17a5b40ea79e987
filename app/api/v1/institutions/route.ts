import { institutionListBody } from "@/lib/api/bodies";
import { publicApi } from "@/lib/api/http";
import { publicContext } from "@/lib/dal/context";
import { lastRegisterChange, listPublicInstitutions } from "@/lib/dal/register/open-data";
import { API_DEFAULT_PAGE_SIZE, institutionListQuerySchema, parseApiQuery } from "@/lib/validation/api";

export const dynamic = "force-dynamic";

/** GET /api/v1/institutions?q=&country=&kind=&hasTeams=&page=&pageSize= — the register's institutions. */
export async function GET(request: Request) {
  return publicApi(request, () => {
    const {
      page = 1,
      pageSize = API_DEFAULT_PAGE_SIZE,
      ...filter
    } = parseApiQuery(institutionListQuerySchema, new URL(request.url).searchParams);
    const ctx = publicContext();
    return {
      body: institutionListBody(listPublicInstitutions(ctx, filter, page, pageSize)),
      lastModified: lastRegisterChange(ctx),
    };
  });
}

import { collectionListBody } from "@/lib/api/bodies";
import { publicApi } from "@/lib/api/http";
import { publicContext } from "@/lib/dal/context";
import { listPublishedCollections } from "@/lib/dal/curation/collections";
import { lastRegisterChange } from "@/lib/dal/register/open-data";
import { noQuerySchema, parseApiQuery } from "@/lib/validation/api";

export const dynamic = "force-dynamic";

/** GET /api/v1/collections — every published collection with at least one public team. */
export async function GET(request: Request) {
  return publicApi(request, () => {
    parseApiQuery(noQuerySchema, new URL(request.url).searchParams);
    const ctx = publicContext();
    return { body: collectionListBody(listPublishedCollections(ctx)), lastModified: lastRegisterChange(ctx) };
  });
}

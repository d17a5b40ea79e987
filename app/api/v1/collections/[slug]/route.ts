import { collectionDetailBody } from "@/lib/api/bodies";
import { publicApi } from "@/lib/api/http";
import { publicContext } from "@/lib/dal/context";
import { getCollection } from "@/lib/dal/curation/collections";
import { notFound } from "@/lib/errors";
import { collectionSlugPath, noQuerySchema, parseApiQuery, parsePathParams } from "@/lib/validation/api";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/collections/:slug — a published collection and its public teams, in the curator's
 * order. Unpublished and unknown collections are the same 404 (the API has no preview).
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const path = parsePathParams(collectionSlugPath, await params);
  return publicApi(request, () => {
    parseApiQuery(noQuerySchema, new URL(request.url).searchParams);
    const c = path ? getCollection(publicContext(), path.slug) : null;
    if (!c) throw notFound("No published collection has that address.");
    const newest = Math.max(c.updatedAt.getTime(), ...c.entries.map((e) => e.team.updatedAt.getTime()));
    return { body: collectionDetailBody(c), lastModified: new Date(newest) };
  });
}

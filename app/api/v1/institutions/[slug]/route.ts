import { institutionDetailBody } from "@/lib/api/bodies";
import { publicApi } from "@/lib/api/http";
import { publicContext } from "@/lib/dal/context";
import { getInstitution } from "@/lib/dal/institutions/public";
import { listTeams } from "@/lib/dal/teams/public";
import { notFound } from "@/lib/errors";
import {
  API_DEFAULT_PAGE_SIZE,
  institutionDetailQuerySchema,
  institutionSlugPath,
  parseApiQuery,
  parsePathParams,
} from "@/lib/validation/api";

export const dynamic = "force-dynamic";

/** GET /api/v1/institutions/:slug?page=&pageSize= — one institution and a page of its published teams. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const path = parsePathParams(institutionSlugPath, await params);
  return publicApi(request, () => {
    const { page = 1, pageSize = API_DEFAULT_PAGE_SIZE } = parseApiQuery(
      institutionDetailQuerySchema,
      new URL(request.url).searchParams,
    );
    const ctx = publicContext();
    const inst = path ? getInstitution(ctx, path.slug) : null;
    if (!inst) throw notFound("No institution has that address.");
    const teams = listTeams(ctx, { institutionId: inst.id }, page, pageSize);
    const newest = Math.max(inst.updatedAt.getTime(), ...teams.items.map((t) => t.updatedAt.getTime()));
    return { body: institutionDetailBody(inst, teams), lastModified: new Date(newest) };
  });
}

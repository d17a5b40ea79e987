import { NextResponse } from "next/server";
import { publicContext } from "@/lib/dal/context";
import { getCollection } from "@/lib/dal/collections";
import { notFound, toErrorResponse } from "@/lib/errors";
import { collectionSlugParam } from "@/lib/validation/collection";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/collections/:slug — a published collection and its public teams, in the curator's
 * order. Unpublished and unknown collections are the same 404 (the API has no preview).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  try {
    const slug = collectionSlugParam.safeParse((await params).slug);
    const c = slug.success ? getCollection(publicContext(), slug.data) : null;
    if (!c) throw notFound("No published collection has that address.");
    return NextResponse.json(
      {
        slug: c.slug,
        title: c.title,
        editorialNote: c.editorialNote,
        updatedAt: c.updatedAt.toISOString(),
        isDemo: c.isDemo,
        countries: c.countries,
        teams: c.entries.map(({ team, note }) => ({
          slug: team.slug,
          name: team.name,
          institution: team.institution.name,
          country: team.institution.countryCode,
          summary: team.summary,
          availability: team.availability,
          note,
          isDemo: team.isDemo,
        })),
      },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (err) {
    const { status, body } = toErrorResponse(err);
    return NextResponse.json(body, { status, headers: { "Cache-Control": "no-store" } });
  }
}

import { NextResponse } from "next/server";
import { publicContext } from "@/lib/dal/context";
import { listPublishedCollections } from "@/lib/dal/collections";
import { toErrorResponse } from "@/lib/errors";

export const dynamic = "force-dynamic";

/** GET /api/v1/collections — every published collection with at least one public team. */
export async function GET() {
  try {
    const items = listPublishedCollections(publicContext());
    return NextResponse.json(
      {
        collections: items.map((c) => ({
          slug: c.slug,
          title: c.title,
          editorialNote: c.editorialNote,
          teamCount: c.teamCount,
          countryCount: c.countryCount,
          updatedAt: c.updatedAt.toISOString(),
          isDemo: c.isDemo,
        })),
      },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (err) {
    const { status, body } = toErrorResponse(err);
    return NextResponse.json(body, { status, headers: { "Cache-Control": "no-store" } });
  }
}

import { NextResponse } from "next/server";
import { toErrorResponse } from "@/lib/errors";
import { suggestSearch } from "@/lib/search/service";
import { parseSuggestParams } from "@/lib/validation/search";

export const dynamic = "force-dynamic";

/** GET /api/search/suggest?q=&limit= — keyword phrases, then team names, for the search box. */
export async function GET(request: Request) {
  try {
    const { q, limit } = parseSuggestParams(new URL(request.url).searchParams);
    const suggestions = q.trim() === "" ? [] : await suggestSearch(q, limit);
    return NextResponse.json({ q, suggestions }, { headers: { "Cache-Control": "no-store" } });
  } catch (err) {
    const { status, body } = toErrorResponse(err);
    return NextResponse.json(body, { status, headers: { "Cache-Control": "no-store" } });
  }
}

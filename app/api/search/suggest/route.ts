import { handleJson, jsonResponse } from "@/lib/http/json-response";
import { suggestSearch } from "@/lib/search/service";
import { parseSuggestParams } from "@/lib/validation/search";

export const dynamic = "force-dynamic";

/** GET /api/search/suggest?q=&limit= — keyword phrases, then team names, for the search box. */
export function GET(request: Request) {
  return handleJson(async () => {
    const { q, limit } = parseSuggestParams(new URL(request.url).searchParams);
    const suggestions = q.trim() === "" ? [] : await suggestSearch(q, limit);
    return jsonResponse({ q, suggestions });
  });
}

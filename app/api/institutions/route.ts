import { requestContext } from "@/lib/dal/request-context";
import { searchInstitutions } from "@/lib/dal/institutions/find";
import { badRequest } from "@/lib/errors";
import { handleJson, jsonResponse } from "@/lib/http/json-response";
import { institutionSearchSchema } from "@/lib/validation/institution";

export const dynamic = "force-dynamic";

/** GET /api/institutions?q=&limit= — institutions for the pickers (signed-in users only). */
export function GET(request: Request) {
  return handleJson(async () => {
    const params = new URL(request.url).searchParams;
    const unknown = [...params.keys()].find((k) => k !== "q" && k !== "limit");
    if (unknown)
      throw badRequest(`Parameter "${unknown.slice(0, 50)}": Unknown parameter. Use: q, limit`, {
        [unknown.slice(0, 50)]: "Unknown parameter",
      });
    const parsed = institutionSearchSchema.safeParse({
      q: params.get("q") ?? undefined,
      limit: params.get("limit") ?? undefined,
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const name = String(issue?.path[0] ?? "q");
      throw badRequest(`Parameter "${name}": ${issue?.message ?? "not valid"}`, {
        [name]: issue?.message ?? "not valid",
      });
    }
    const ctx = await requestContext();
    const institutions = searchInstitutions(ctx, parsed.data.q, parsed.data.limit);
    return jsonResponse({ q: parsed.data.q, institutions });
  });
}

// GET /api/v1/teams/export?format=csv|json&institution=&country= — published teams only, without
// contact e-mails, in the same format as the curators' export.
import { exportResponse } from "@/app/_lib/export-response";
import { checkApiRateLimit } from "@/lib/api/http";
import { publicContext } from "@/lib/dal/context";
import { toErrorResponse } from "@/lib/errors";
import { parseApiQuery, publicExportQuerySchema } from "@/lib/validation/api";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  const params = new URL(req.url).searchParams;
  try {
    const limited = checkApiRateLimit(req);
    if (limited) return limited;
    parseApiQuery(publicExportQuerySchema, params);
  } catch (err) {
    const { status, body } = toErrorResponse(err);
    return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
  }
  return exportResponse(publicContext(), params, "public");
}

// GET /api/v1/teams/export?format=csv|json&institution=&country= — published teams only, without
// contact e-mails, in the same format as the curators' export.
import { exportResponse } from "@/app/_lib/export-response";
import { checkApiRateLimit } from "@/lib/api/http";
import { publicContext } from "@/lib/dal/context";
import { errorResponse } from "@/lib/http/json-response";
import { parseApiQuery, publicExportQuerySchema } from "@/lib/validation/api";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  const params = new URL(req.url).searchParams;
  try {
    const limited = checkApiRateLimit(req);
    if (limited) return limited;
    parseApiQuery(publicExportQuerySchema, params);
  } catch (err) {
    return errorResponse(err);
  }
  return exportResponse(publicContext(), params, "public");
}

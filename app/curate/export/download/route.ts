// GET /curate/export/download?format=csv|json&status=&institution=&country= — every listing, with
// contact e-mails: curators and admins only (404 for anyone else).
import { exportResponse } from "@/app/_lib/export-response";
import { requestContext } from "@/lib/dal/request-context";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  return exportResponse(await requestContext(), new URL(req.url).searchParams, "staff");
}

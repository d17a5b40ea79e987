// GET /api/v1/teams/export?format=csv|json&institution=&country= — published teams only, without
// contact e-mails, in the same format as the curators' export.
import { exportResponse } from "@/app/_lib/export-response";
import { publicContext } from "@/lib/dal/context";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  return exportResponse(publicContext(), new URL(req.url).searchParams, "public");
}

import { openApiDocument } from "@/lib/api/openapi";
import { appUrl } from "@/lib/env";

export const dynamic = "force-dynamic";

/** GET /api/v1/openapi.json — the OpenAPI 3.1 description of the public API. */
export function GET() {
  return Response.json(openApiDocument(appUrl()), {
    headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" },
  });
}

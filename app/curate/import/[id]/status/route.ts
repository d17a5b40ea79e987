// GET /curate/import/:id/status — how far a run has got, for the progress bar on its page.
import { requestContext } from "@/lib/dal/request-context";
import { getImportRun } from "@/lib/dal/curation/import-runs";
import { notFound } from "@/lib/errors";
import { handleJson, jsonResponse } from "@/lib/http/json-response";
import { runIdParam } from "@/lib/validation/curation";

export const dynamic = "force-dynamic";

export function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleJson(async () => {
    const id = runIdParam.safeParse((await params).id);
    if (!id.success) throw notFound();
    const run = getImportRun(await requestContext(), id.data);
    return jsonResponse({
      id: run.id,
      status: run.status,
      processedRows: run.processedRows,
      totalRows: run.totalRows,
      counts: run.counts,
    });
  });
}

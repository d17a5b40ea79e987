// GET /curate/import/:id/status — how far a run has got, for the progress bar on its page.
import { NextResponse } from "next/server";
import { requestContext } from "@/lib/dal/request-context";
import { getImportRun } from "@/lib/dal/curation/import-runs";
import { toErrorResponse } from "@/lib/errors";
import { runIdParam } from "@/lib/validation/curation";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const headers = { "Cache-Control": "no-store" };
  const id = runIdParam.safeParse((await params).id);
  if (!id.success)
    return NextResponse.json({ error: { code: "not_found", message: "Not found." } }, { status: 404, headers });
  try {
    const run = getImportRun(await requestContext(), id.data);
    return NextResponse.json(
      {
        id: run.id,
        status: run.status,
        processedRows: run.processedRows,
        totalRows: run.totalRows,
        counts: run.counts,
      },
      { headers },
    );
  } catch (err) {
    const { status, body } = toErrorResponse(err);
    return NextResponse.json(body, { status, headers });
  }
}

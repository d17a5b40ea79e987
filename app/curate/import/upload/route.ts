// POST /curate/import/upload — the upload form (multipart, works without JavaScript). Every upload
// becomes an import run: a dry run working in the background, or a failed run saying what is
// wrong with the file. Either way the curator lands on the run's page; never on an error page.
import { isSignedIn } from "@/lib/policy/viewer-kinds";
import { startImportJob } from "@/lib/curation/import-listings";
import { IMPORT_LIMITS, parseListingCsv } from "@/lib/curation/listing-csv-import";
import { requestContext } from "@/lib/dal/request-context";
import { appUrl } from "@/lib/env";
import { isCrossSite } from "@/lib/http/origin";
import { createImportRun } from "@/lib/dal/curation/import-runs";
import { canImport } from "@/lib/policy";
import { importStatusSchema } from "@/lib/validation/curation";
import { formString } from "@/lib/validation/form";

export const dynamic = "force-dynamic";

const seeOther = (location: string) =>
  new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
const plain = (status: number, text: string) =>
  new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function POST(req: Request) {
  const ctx = await requestContext();
  if (!isSignedIn(ctx.viewer)) return seeOther("/sign-in?next=/curate/import");
  if (!canImport(ctx.viewer)) return plain(404, "Not found.");
  if (isCrossSite(req, appUrl())) return plain(403, "Cross-site uploads are not accepted.");

  let fileName = "upload.csv";
  let targetStatus: "draft" | "pending" | "published" = "draft";
  const refuse = (failure: string) =>
    seeOther(`/curate/import/${createImportRun(ctx, { fileName, csv: "", totalRows: 0, targetStatus, failure })}`);

  // The form adds a little around the file; anything much larger than the limit is not read at all.
  if (Number(req.headers.get("content-length") ?? 0) > IMPORT_LIMITS.bytes + 64 * 1024) {
    return refuse(
      `The file is larger than the ${IMPORT_LIMITS.bytes / 1024 / 1024} MB limit. Split it into smaller files.`,
    );
  }
  let fd: FormData;
  try {
    fd = await req.formData();
  } catch {
    return refuse("The upload could not be read. Choose the file again and press “Check the file”.");
  }
  const status = importStatusSchema.safeParse(formString(fd, "targetStatus"));
  if (status.success) targetStatus = status.data;
  const file = fd.get("file");
  if (!(file instanceof File) || file.size === 0) return refuse("Choose a CSV file to import.");
  fileName = file.name || fileName;
  if (!status.success) return refuse("Choose what new listings become: draft, waiting for review, or published.");
  const parsed = parseListingCsv(new Uint8Array(await file.arrayBuffer()));
  if (!parsed.ok) return refuse(parsed.message);
  const id = createImportRun(ctx, { fileName, csv: parsed.text, totalRows: parsed.rows.length, targetStatus });
  startImportJob(ctx, id);
  return seeOther(`/curate/import/${id}`);
}

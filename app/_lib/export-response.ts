import "server-only";
// The download of a listings export, shared by the curators' route and the public API.
import type { DalContext } from "@/lib/dal/context";
import { exportListings } from "@/lib/dal/curation/team-export";
import { badRequest } from "@/lib/errors";
import { errorResponse } from "@/lib/http/json-response";
import { exportQuerySchema } from "@/lib/validation/curation";
import { listingsToCsv, listingsToJson } from "@/lib/curation/listing-csv";

export function exportResponse(ctx: DalContext, searchParams: URLSearchParams, scope: "staff" | "public"): Response {
  const headers = { "Cache-Control": "no-store" };
  const q = exportQuerySchema.safeParse(Object.fromEntries(searchParams));
  if (!q.success) {
    const message = q.error.issues.map((i) => i.message).join("; ");
    return errorResponse(badRequest(message));
  }
  try {
    const { format, ...filter } = q.data;
    const listings = exportListings(ctx, filter, scope);
    const now = new Date();
    const name = `expertise-atlas-${scope === "staff" ? "listings" : "published-teams"}-${now.toISOString().slice(0, 10)}.${format}`;
    // The byte-order mark makes spreadsheet programs read the file as UTF-8; the import skips it.
    const body =
      format === "csv" ? `\uFEFF${listingsToCsv(listings, scope === "staff")}` : listingsToJson(listings, now);
    return new Response(body, {
      headers: {
        ...headers,
        "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="${name}"`,
      },
    });
  } catch (err) {
    return errorResponse(err);
  }
}

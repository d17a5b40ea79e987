// GET /account/data — "download my data": everything held about the signed-in person, as JSON.
import { NextResponse } from "next/server";
import { exportMyData } from "@/lib/dal/accounts/data-export";
import { requestContext } from "@/lib/dal/request-context";
import { AppError } from "@/lib/errors";
import { handleJson } from "@/lib/http/json-response";
import { isSignedIn } from "@/lib/policy/viewer-kinds";

export const dynamic = "force-dynamic";

export function GET() {
  return handleJson(async () => {
    const ctx = await requestContext();
    if (!isSignedIn(ctx.viewer)) throw new AppError("unauthenticated", "Sign in to download your data.");
    const data = exportMyData(ctx);
    const date = new Date().toISOString().slice(0, 10);
    return new NextResponse(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="expertise-atlas-my-data-${date}.json"`,
        "Cache-Control": "no-store",
      },
    });
  });
}

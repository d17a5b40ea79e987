// GET /account/data — "download my data": everything held about the signed-in person, as JSON.
import { NextResponse } from "next/server";
import { exportMyData } from "@/lib/dal/accounts/data-export";
import { requestContext } from "@/lib/dal/request-context";
import { toErrorResponse } from "@/lib/errors";

export const dynamic = "force-dynamic";

export async function GET() {
  const ctx = await requestContext();
  if (ctx.viewer.kind !== "user") {
    return NextResponse.json({ error: { code: "unauthenticated", message: "Sign in to download your data." } }, { status: 401, headers: { "Cache-Control": "no-store" } });
  }
  try {
    const data = exportMyData(ctx);
    const date = new Date().toISOString().slice(0, 10);
    return new NextResponse(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="expertise-atlas-my-data-${date}.json"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (err) {
    const { status, body } = toErrorResponse(err);
    return NextResponse.json(body, { status, headers: { "Cache-Control": "no-store" } });
  }
}

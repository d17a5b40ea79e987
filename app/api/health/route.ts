import { NextResponse } from "next/server";
import { publicContext } from "@/lib/dal/context";
import { checkHealth } from "@/lib/dal/health";

export const dynamic = "force-dynamic";

export function GET() {
  let health;
  try {
    health = checkHealth(publicContext());
  } catch {
    health = { ok: false, database: { ok: false, error: "unavailable" } };
  }
  return NextResponse.json(health, { status: health.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}

import { landOutlineSvg } from "@/components/world-map-geometry";

// Rendered at build time: the outline never changes between deployments.
export const dynamic = "force-static";

export function GET() {
  return new Response(landOutlineSvg(), {
    headers: { "Content-Type": "image/svg+xml; charset=utf-8", "Cache-Control": "public, max-age=86400" },
  });
}

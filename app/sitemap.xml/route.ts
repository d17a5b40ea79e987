import { publicContext } from "@/lib/dal/context";
import { currentSitemapEntries } from "@/lib/dal/register/open-data";
import { appUrl } from "@/lib/env";
import { rootSitemapXml } from "@/lib/sitemap";

export const dynamic = "force-dynamic";

/** GET /sitemap.xml — every public page, or the index of numbered files past 50,000 URLs. */
export function GET() {
  return new Response(rootSitemapXml(appUrl(), currentSitemapEntries(publicContext())), {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}

import { publicContext } from "@/lib/dal/context";
import { currentSitemapEntries } from "@/lib/dal/register/open-data";
import { appUrl } from "@/lib/env";
import { sitemapFileXml } from "@/lib/sitemap";

export const dynamic = "force-dynamic";

/** GET /sitemaps/:n.xml — file n of the split sitemap (named by /sitemap.xml's index). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const match = /^(\d{1,4})\.xml$/.exec((await params).file);
  const xml = match ? sitemapFileXml(appUrl(), currentSitemapEntries(publicContext()), Number(match[1])) : null;
  if (!xml) return new Response("No such sitemap file.\n", { status: 404, headers: { "Content-Type": "text/plain" } });
  return new Response(xml, {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}

// Sitemaps (sitemaps.org protocol 0.9): one <urlset> while the register fits in one file, else a
// <sitemapindex> of numbered files, since one file may hold at most 50,000 URLs.

export const MAX_URLS_PER_SITEMAP = 50_000;

export interface SitemapUrl {
  path: string;
  lastModified: Date | null;
}

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
const xml = (s: string) => s.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
const lastmod = (d: Date | null) => (d ? `<lastmod>${d.toISOString()}</lastmod>` : "");
const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"';

export function sitemapFileCount(urlCount: number, perFile = MAX_URLS_PER_SITEMAP): number {
  return Math.max(1, Math.ceil(urlCount / perFile));
}

/** One <urlset> of absolute URLs. */
export function urlsetXml(baseUrl: string, urls: readonly SitemapUrl[]): string {
  const body = urls.map((u) => `<url><loc>${xml(baseUrl + u.path)}</loc>${lastmod(u.lastModified)}</url>`).join("\n");
  return `${HEAD}<urlset ${NS}>\n${body}\n</urlset>\n`;
}

/** The index of numbered sitemap files (/sitemaps/0.xml, …), each with its newest change. */
export function sitemapIndexXml(baseUrl: string, urls: readonly SitemapUrl[], perFile = MAX_URLS_PER_SITEMAP): string {
  const files = Array.from({ length: sitemapFileCount(urls.length, perFile) }, (_, n) => {
    const newest = urls
      .slice(n * perFile, (n + 1) * perFile)
      .reduce<Date | null>((a, u) => (u.lastModified && (!a || u.lastModified > a) ? u.lastModified : a), null);
    return `<sitemap><loc>${xml(`${baseUrl}/sitemaps/${n}.xml`)}</loc>${lastmod(newest)}</sitemap>`;
  });
  return `${HEAD}<sitemapindex ${NS}>\n${files.join("\n")}\n</sitemapindex>\n`;
}

/** What /sitemap.xml serves: every URL, or the index when they need more than one file. */
export function rootSitemapXml(baseUrl: string, urls: readonly SitemapUrl[], perFile = MAX_URLS_PER_SITEMAP): string {
  return urls.length <= perFile ? urlsetXml(baseUrl, urls) : sitemapIndexXml(baseUrl, urls, perFile);
}

/** File n of the split sitemap, or null past the last one. */
export function sitemapFileXml(
  baseUrl: string,
  urls: readonly SitemapUrl[],
  n: number,
  perFile = MAX_URLS_PER_SITEMAP,
): string | null {
  if (!Number.isInteger(n) || n < 0 || n >= sitemapFileCount(urls.length, perFile)) return null;
  return urlsetXml(baseUrl, urls.slice(n * perFile, (n + 1) * perFile));
}

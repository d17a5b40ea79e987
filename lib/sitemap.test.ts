import { describe, expect, it } from "vitest";
import { MAX_URLS_PER_SITEMAP, rootSitemapXml, sitemapFileXml, type SitemapUrl } from "./sitemap";

const urls = (n: number): SitemapUrl[] =>
  Array.from({ length: n }, (_, i) => ({
    path: `/teams/team-${i}`,
    lastModified: new Date(Date.UTC(2026, 0, 1 + (i % 300))),
  }));
const count = (xml: string, tag: string) => xml.split(`<${tag}>`).length - 1;

describe("sitemaps", () => {
  it("serve one urlset with absolute, escaped URLs and lastmod while the register fits", () => {
    const xml = rootSitemapXml("https://atlas.example", [
      { path: "/", lastModified: null },
      { path: "/teams/a&b", lastModified: new Date("2026-02-03T04:05:06Z") },
    ]);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain("<url><loc>https://atlas.example/</loc></url>");
    expect(xml).toContain(
      "<url><loc>https://atlas.example/teams/a&amp;b</loc><lastmod>2026-02-03T04:05:06.000Z</lastmod></url>",
    );
  });

  it("split 100,000 teams into files of at most 50,000 behind a sitemap index", () => {
    const all = urls(100_010);
    const root = rootSitemapXml("https://atlas.example", all);
    expect(root).toContain("<sitemapindex");
    expect(count(root, "sitemap")).toBe(3);
    expect(root).toContain("<loc>https://atlas.example/sitemaps/2.xml</loc>");
    const files = [0, 1, 2].map((n) => sitemapFileXml("https://atlas.example", all, n)!);
    expect(files.map((f) => count(f, "url"))).toEqual([MAX_URLS_PER_SITEMAP, MAX_URLS_PER_SITEMAP, 10]);
    expect(files[2]).toContain("/teams/team-100009<");
    expect(sitemapFileXml("https://atlas.example", all, 3)).toBeNull();
  });
});

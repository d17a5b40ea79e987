import type { MetadataRoute } from "next";
import { appUrl } from "@/lib/env";

export const dynamic = "force-dynamic";

/**
 * Crawlers may read every public page, search included, and the API description; private areas
 * (accounts, curation, requests) are kept out, and so are compare pages (endless combinations of
 * the same teams) and the JSON API. A crawler's searches never count as demand: the search page
 * records no search for a crawler's user agent (lib/demand/crawler.ts).
 */
const PRIVATE_PATHS = [
  "/account",
  "/admin",
  "/broker",
  "/curate",
  "/dashboard",
  "/introductions",
  "/saved-searches",
  "/shortlist",
  "/welcome",
  "/sign-in",
  "/sign-up",
  "/forgot-password",
  "/reset-password",
  "/compare",
  "/api/",
];

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: ["/", "/api/v1/openapi.json"], disallow: PRIVATE_PATHS },
    sitemap: `${appUrl()}/sitemap.xml`,
  };
}

import type { MetadataRoute } from "next";
import { appUrl } from "@/lib/env";

export const dynamic = "force-dynamic";

/**
 * Crawlers may read every public page and the API description; private areas (accounts, curation,
 * requests) are kept out, and so are search and compare pages: they are endless combinations of
 * the same teams, and a crawler's searches (on the pages or the JSON API) would count as demand.
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
  "/search",
  "/compare",
  "/api/",
];

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: ["/", "/api/v1/openapi.json"], disallow: PRIVATE_PATHS },
    sitemap: `${appUrl()}/sitemap.xml`,
  };
}
